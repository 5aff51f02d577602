/*
 * After mlockall(MCL_FUTURE) every later mapping and heap growth is
 * locked, so for an unprivileged process it counts against
 * RLIMIT_MEMLOCK (Linux's mlock_future_check): an mmap past the limit is
 * EAGAIN and brk past it leaves the break where it was, while what fits
 * still succeeds and is resident at once.
 */
#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <test.h>

#define RLIMIT_MEMLOCK	8
#define LIMIT		(64UL << 10)

struct rlim { unsigned long cur, max; };

static void locked_child(void *arg)
{
	struct rlim r = { LIMIT, LIMIT };
	unsigned char vec[1];
	void *brk0, *p;

	(void)arg;
	ASSERT_TRUE(syscall(__NR_setrlimit, RLIMIT_MEMLOCK, &r) == 0, "RLIMIT_MEMLOCK 64 KiB");
	ASSERT_TRUE(syscall(__NR_setresuid32, 65534, 65534, 65534) == 0, "drop to nobody");
	ASSERT_TRUE(mlockall(MCL_FUTURE) == 0, "mlockall(MCL_FUTURE)");
	errno = 0;
	p = mmap(NULL, 2 * LIMIT, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	EXPECT_TRUE(p == MAP_FAILED && errno == EAGAIN, "an mmap past RLIMIT_MEMLOCK is EAGAIN");
	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	EXPECT_TRUE(p != MAP_FAILED, "one page fits");
	EXPECT_TRUE(p != MAP_FAILED && mincore(p, 4096, vec) == 0 && (vec[0] & 1),
		    "and is resident without a touch");
	brk0 = sbrk(0);
	EXPECT_TRUE(sbrk(2 * LIMIT) == (void *)-1, "brk past RLIMIT_MEMLOCK fails");
	EXPECT_PTR_EQ(sbrk(0), brk0, "and leaves the break");
	_exit(test_done());
}

int main(void)
{
	EXPECT_EXITED(test_run_child(locked_child, NULL), 0, "the locked child's checks");
	return test_done();
}
