/*
 * futex(2) between processes through a shared mapping: FUTEX_WAIT sleeps
 * only while the word holds the expected value (else EAGAIN), until a
 * FUTEX_WAKE (which returns how many it woke) or its timeout (ETIMEDOUT,
 * relative for FUTEX_WAIT, absolute CLOCK_MONOTONIC for WAIT_BITSET).
 * A misaligned word is EINVAL, an unmapped one EFAULT, bitset 0 EINVAL,
 * CMP_REQUEUE with a changed word EAGAIN. set_robust_list takes only the
 * 12-byte i386 head, and get_robust_list gives it back.
 */
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <test.h>

#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_CMP_REQUEUE	4
#define FUTEX_WAIT_BITSET	9
#define FUTEX_PRIVATE_FLAG	128

static long futex(volatile int *uaddr, int op, int val, const struct timespec *t,
		  volatile int *uaddr2, int val3)
{
	return syscall(__NR_futex, uaddr, op, val, t, uaddr2, val3);
}

static long long ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

int main(void)
{
	volatile int *w = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	struct timespec t100 = { 0, 100000000 }, abs;
	int private_word = 5, status, head[3] = { 0, 0, 0 }, *got_head = NULL;
	unsigned int len = 0;
	long long t0;
	long woke;
	pid_t pid;

	ASSERT_TRUE(w != MAP_FAILED, "a shared page");
	w[0] = 1;
	EXPECT_ERRNO(futex(w, FUTEX_WAIT, 2, NULL, NULL, 0), EAGAIN, "the word is not 2");
	t0 = ms();
	EXPECT_ERRNO(futex(w, FUTEX_WAIT, 1, &t100, NULL, 0), ETIMEDOUT, "a 100 ms wait");
	EXPECT_TRUE(ms() - t0 >= 95, "lasted about 100 ms");
	EXPECT_EQ(futex(w, FUTEX_WAKE, 1, NULL, NULL, 0), 0, "nobody to wake");

	pid = fork();
	if (pid == 0)	/* waits until the parent changes the word and wakes it */
		_exit(futex(w, FUTEX_WAIT, 1, NULL, NULL, 0) == 0 && w[0] == 2 ? 0 : 1);
	ASSERT_TRUE(pid > 0, "fork");
	for (woke = 0, t0 = ms(); woke == 0 && ms() - t0 < 5000; ) {
		struct timespec nap = { 0, 20000000 };

		nanosleep(&nap, NULL);
		w[0] = 2;
		woke = futex(w, FUTEX_WAKE, 1, NULL, NULL, 0);
		if (!woke)
			w[0] = 1;	/* the child was not asleep yet: let it sleep */
	}
	EXPECT_EQ(woke, 1, "FUTEX_WAKE woke the child");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "the child's FUTEX_WAIT returned 0 and saw 2");

	EXPECT_EQ(futex(&private_word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1, NULL, NULL, 0), 0,
		  "a private futex");
	EXPECT_ERRNO(futex((volatile int *)((char *)w + 1), FUTEX_WAKE, 1, NULL, NULL, 0), EINVAL,
		     "a misaligned word");
	EXPECT_ERRNO(futex((volatile int *)8, FUTEX_WAIT, 0, NULL, NULL, 0), EFAULT, "no memory");
	EXPECT_ERRNO(futex(w, FUTEX_WAIT_BITSET, 2, NULL, NULL, 0), EINVAL, "bitset 0");
	EXPECT_ERRNO(futex(w, FUTEX_CMP_REQUEUE, 1, (const struct timespec *)1, w + 1, 7), EAGAIN,
		     "CMP_REQUEUE with a changed word");
	clock_gettime(CLOCK_MONOTONIC, &abs);
	abs.tv_nsec += 100000000;
	if (abs.tv_nsec >= 1000000000) {
		abs.tv_nsec -= 1000000000;
		abs.tv_sec++;
	}
	t0 = ms();
	EXPECT_ERRNO(futex(w, FUTEX_WAIT_BITSET, 2, &abs, NULL, -1), ETIMEDOUT,
		     "WAIT_BITSET until an absolute time");
	EXPECT_TRUE(ms() - t0 >= 95, "which came after about 100 ms");

	EXPECT_ERRNO(syscall(__NR_set_robust_list, head, 16), EINVAL, "a wrong head size");
	EXPECT_EQ(syscall(__NR_set_robust_list, head, 12), 0, "set_robust_list");
	EXPECT_EQ(syscall(__NR_get_robust_list, 0, &got_head, &len), 0, "get_robust_list");
	EXPECT_TRUE(got_head == head && len == 12, "gives it back");
	return test_done();
}
