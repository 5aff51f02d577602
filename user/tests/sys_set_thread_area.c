/*
 * set_thread_area with entry_number -1 picks a free TLS slot of the GDT
 * and writes its number back; a data segment loaded from it into %gs reads
 * memory at the base given, and keeps doing so across a sleep (a context
 * switch). A slot number outside the TLS range is EINVAL, a bad pointer
 * EFAULT.
 */
#include <sys/syscall.h>
#include <test.h>
#include <time.h>

struct user_desc {
	unsigned int entry_number, base_addr, limit;
	unsigned int seg_32bit:1, contents:2, read_exec_only:1, limit_in_pages:1,
		     seg_not_present:1, useable:1;
};

static unsigned long tls_word = 0x12345678;

static unsigned long read_gs0(void)
{
	unsigned long v;

	asm volatile("movl %%gs:0, %0" : "=r"(v));
	return v;
}

int main(void)
{
	struct user_desc d;
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	unsigned short sel;

	memset(&d, 0, sizeof(d));
	d.entry_number = -1;
	d.base_addr = (unsigned long)&tls_word;
	d.limit = 0xfffff;
	d.seg_32bit = 1;
	d.limit_in_pages = 1;
	d.useable = 1;
	EXPECT_EQ(syscall(__NR_set_thread_area, &d), 0, "set_thread_area(-1)");
	EXPECT_NE(d.entry_number, (unsigned int)-1, "a slot number was written back");

	sel = d.entry_number * 8 + 3;
	asm volatile("movw %w0, %%gs" : : "r"(sel));
	EXPECT_EQ(read_gs0(), 0x12345678, "%gs:0 reads the word at the base");
	nanosleep(&ts, NULL);
	EXPECT_EQ(read_gs0(), 0x12345678, "still after a sleep");
	asm volatile("movw %w0, %%gs" : : "r"(0));

	d.entry_number = 5;
	EXPECT_ERRNO(syscall(__NR_set_thread_area, &d), EINVAL, "entry 5 is not a TLS slot");
	EXPECT_ERRNO(syscall(__NR_set_thread_area, (void *)16), EFAULT, "bad descriptor pointer");
	return test_done();
}
