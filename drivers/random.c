/*
 * Random numbers: getrandom(2), /dev/random and /dev/urandom (Linux:
 * drivers/char/random.c, whose design since 5.17 this follows in
 * miniature).
 *
 * A ChaCha20 key of 32 bytes is the whole state. Each request runs the
 * ChaCha20 block function on the key with a counter and hands out the
 * output, after first using one block to replace the key ("fast key
 * erasure"): whoever later learns the key cannot recompute what was
 * handed out before. The key starts from what the machine offers at boot
 * (the time-stamp counter, the RTC's wall time, the tick count) and every
 * request stirs in the time-stamp counter again; writes to /dev/random
 * stir in the bytes written. That is unpredictable enough for a teaching
 * kernel, but it is not an audited entropy source: there is no entropy
 * estimate, so GRND_RANDOM and /dev/random never block (as in Linux
 * since 5.6 once seeded).
 */
#include <asm/irq.h>
#include <asm/page.h>
#include <asm/timex.h>
#include <asm/uaccess.h>
#include <fs/chrdev.h>
#include <kernel/init.h>
#include <kernel/random.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <kernel/time.h>
#include <lib/string.h>
#include <uapi/errno.h>

#define CHACHA_BLOCK_SIZE	64
#define GRND_NONBLOCK		0x0001
#define GRND_RANDOM		0x0002
#define GRND_INSECURE		0x0004
#define MAX_RW_COUNT		0x7ffff000	/* Linux's limit for one read */

static u32 crng_key[8];
static u64 crng_generation;	/* counts requests; part of each block's nonce */

static u32 rol32(u32 v, int s)
{
	return (v << s) | (v >> (32 - s));
}

#define QUARTERROUND(a, b, c, d) do {					\
	x[a] += x[b]; x[d] = rol32(x[d] ^ x[a], 16);			\
	x[c] += x[d]; x[b] = rol32(x[b] ^ x[c], 12);			\
	x[a] += x[b]; x[d] = rol32(x[d] ^ x[a], 8);			\
	x[c] += x[d]; x[b] = rol32(x[b] ^ x[c], 7);			\
} while (0)

/* The ChaCha20 block function (RFC 8439): 20 rounds over the 16-word state. */
static void chacha20_block(const u32 key[8], u32 counter, u64 nonce, u32 out[16])
{
	u32 x[16], in[16] = {
		0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,	/* "expand 32-byte k" */
		key[0], key[1], key[2], key[3], key[4], key[5], key[6], key[7],
		counter, 0, (u32)nonce, (u32)(nonce >> 32),
	};
	int i;

	memcpy(x, in, sizeof(x));
	for (i = 0; i < 10; i++) {
		QUARTERROUND(0, 4, 8, 12);	/* columns */
		QUARTERROUND(1, 5, 9, 13);
		QUARTERROUND(2, 6, 10, 14);
		QUARTERROUND(3, 7, 11, 15);
		QUARTERROUND(0, 5, 10, 15);	/* diagonals */
		QUARTERROUND(1, 6, 11, 12);
		QUARTERROUND(2, 7, 8, 13);
		QUARTERROUND(3, 4, 9, 14);
	}
	for (i = 0; i < 16; i++)
		out[i] = x[i] + in[i];
}

/* Mix n bytes into the key: the new key is ChaCha20 of (key XOR the bytes). */
static void crng_mix(const void *data, size_t n)
{
	const u8 *p = data;
	u32 block[16];
	size_t i;

	for (i = 0; i < n; i++)
		((u8 *)crng_key)[i % sizeof(crng_key)] ^= p[i];
	chacha20_block(crng_key, 0, ~crng_generation, block);
	memcpy(crng_key, block, sizeof(crng_key));
	memset(block, 0, sizeof(block));
}

/*
 * Start a request: stir in the cycle counter, take a fresh key for later
 * and return the key this request's blocks are made with (in *key).
 */
static void crng_begin(u32 key[8])
{
	u64 now = get_cycles();
	u32 block[16];

	crng_mix(&now, sizeof(now));
	crng_generation++;
	chacha20_block(crng_key, 0, crng_generation, block);
	memcpy(crng_key, block, sizeof(crng_key));	/* fast key erasure */
	memcpy(key, block + 8, 8 * sizeof(u32));
	memset(block, 0, sizeof(block));
}

/* get_random_bytes - fill buf with n random bytes, for the kernel's own use. */
void get_random_bytes(void *buf, size_t n)
{
	u32 key[8], block[16];
	u32 counter = 1;
	u8 *p = buf;

	crng_begin(key);
	while (n) {
		size_t chunk = min(n, (size_t)CHACHA_BLOCK_SIZE);

		chacha20_block(key, counter++, crng_generation, block);
		memcpy(p, block, chunk);
		p += chunk;
		n -= chunk;
	}
	memset(key, 0, sizeof(key));
	memset(block, 0, sizeof(block));
}

/*
 * Copy n random bytes to user ubuf. Returns the bytes copied: fewer if the
 * user buffer faults part way or a signal arrives during a long request;
 * -EFAULT if not one byte could be copied.
 */
static ssize_t get_random_bytes_user(char __user *ubuf, size_t n)
{
	u32 key[8], block[16];
	u32 counter = 1;
	size_t done = 0;

	crng_begin(key);
	while (done < n) {
		size_t chunk = min(n - done, (size_t)CHACHA_BLOCK_SIZE);
		size_t left;

		chacha20_block(key, counter++, crng_generation, block);
		left = copy_to_user(ubuf + done, block, chunk);
		done += chunk - left;
		if (left)
			break;
		/* Linux checks for signals every page of a long request. */
		if (!(done % PAGE_SIZE) && done < n && signal_pending(current))
			break;
		if (!counter)		/* 256 GiB from one key: take another */
			crng_begin(key);
	}
	memset(key, 0, sizeof(key));
	memset(block, 0, sizeof(block));
	return done || !n ? (ssize_t)done : -EFAULT;
}

/* Seed the key at boot from what this machine can tell us. */
static int rand_initialize(void)
{
	struct {
		u64 cycles;
		time64_t wall;
		unsigned long ticks;
	} seed = { get_cycles(), ktime_get_real_seconds(), jiffies };

	crng_mix(&seed, sizeof(seed));
	return 0;
}
core_initcall(rand_initialize);

/*
 * getrandom(buf, count, flags): count random bytes into buf (at most
 * MAX_RW_COUNT at a time); never blocks, since the generator is seeded at
 * boot. -EINVAL for unknown flags or GRND_INSECURE with GRND_RANDOM, as
 * Linux; -EFAULT for a bad buffer.
 */
SYSCALL_DEFINE3(getrandom, char __user *, buf, size_t, count, unsigned int, flags)
{
	if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE))
		return -EINVAL;
	if ((flags & (GRND_INSECURE | GRND_RANDOM)) == (GRND_INSECURE | GRND_RANDOM))
		return -EINVAL;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	return get_random_bytes_user(buf, count);
}

static ssize_t random_read(struct file *file, char *ubuf, size_t n, loff_t *pos)
{
	return get_random_bytes_user(ubuf, min(n, (size_t)MAX_RW_COUNT));
}

/* Bytes written are stirred into the key (Linux credits no entropy for them either). */
static ssize_t random_write(struct file *file, const char *ubuf, size_t n, loff_t *pos)
{
	char buf[CHACHA_BLOCK_SIZE];
	size_t done = 0;

	while (done < n) {
		size_t chunk = min(n - done, sizeof(buf));

		if (copy_from_user(buf, ubuf + done, chunk))
			return done ? (ssize_t)done : -EFAULT;
		crng_mix(buf, chunk);
		done += chunk;
	}
	return n;
}

static loff_t random_llseek(struct file *file, loff_t off, int whence)
{
	return 0;
}

const struct file_operations random_fops = {
	.llseek = random_llseek,
	.read = random_read,
	.write = random_write,
};
