/*
 * The other calls that read or write user memory return -EFAULT for a bad
 * pointer: uname, getcwd, wait4/waitpid's status, rt_sigaction's new and
 * old action, rt_sigprocmask's new and old set, nanosleep's request, the
 * old mmap's argument block, mincore's vector, set_thread_area's
 * descriptor. (Where NULL means "no
 * argument", NULL is not tried. Linux may reap the child before it finds a
 * bad status pointer; the test only asks for the error.)
 */
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <test.h>

static long bad_status_wait(int nr, long p)
{
	pid_t pid = fork();
	long r;

	if (pid == 0)
		_exit(0);
	r = __syscall(nr, pid, p, 0, 0, 0, 0);
	while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
		;
	return r;
}

int main(void)
{
	char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	void *bad[] = { NULL, test_unmapped_page(), (void *)test_stack_top(),
			(void *)0xfffff000UL, (void *)main };
	unsigned nbad = sizeof(bad) / sizeof(bad[0]), i;

	ASSERT_TRUE(page != MAP_FAILED, "mmap");
	for (i = 0; i < nbad; i++) {
		long p = (long)bad[i];
		int readonly = i == nbad - 1;	/* only bad for stores */
		char what[96];

#define EXPECT_FAULT(call, name) do {					\
		snprintf(what, sizeof(what), name " with %#lx", p);	\
		EXPECT_EQ(call, -EFAULT, what);				\
	} while (0)
		EXPECT_FAULT(__syscall(__NR_uname, p, 0, 0, 0, 0, 0), "uname");
		EXPECT_FAULT(__syscall(__NR_getcwd, p, 4096, 0, 0, 0, 0), "getcwd");
		EXPECT_FAULT(__syscall(__NR_mincore, (long)page, 4096, p, 0, 0, 0),
			     "mincore vector");
		if (p == 0)
			continue;	/* NULL means "not wanted" for the rest */
		EXPECT_FAULT(bad_status_wait(__NR_wait4, p), "wait4 status");
		EXPECT_FAULT(bad_status_wait(__NR_waitpid, p), "waitpid status");
		EXPECT_FAULT(__syscall(__NR_rt_sigaction, SIGUSR1, 0, p, 8, 0, 0),
			     "rt_sigaction old action");
		EXPECT_FAULT(__syscall(__NR_rt_sigprocmask, SIG_BLOCK, 0, p, 8, 0, 0),
			     "rt_sigprocmask old set");
		if (readonly)
			continue;
		EXPECT_FAULT(__syscall(__NR_rt_sigaction, SIGUSR1, p, 0, 8, 0, 0),
			     "rt_sigaction new action");
		EXPECT_FAULT(__syscall(__NR_rt_sigprocmask, SIG_BLOCK, p, 0, 8, 0, 0),
			     "rt_sigprocmask new set");
		EXPECT_FAULT(__syscall(__NR_nanosleep, p, 0, 0, 0, 0, 0), "nanosleep request");
		EXPECT_FAULT(__syscall(__NR_mmap, p, 0, 0, 0, 0, 0), "old mmap argument block");
		EXPECT_FAULT(__syscall(__NR_set_thread_area, p, 0, 0, 0, 0, 0),
			     "set_thread_area descriptor");
#undef EXPECT_FAULT
	}
	munmap(page, 4096);
	return test_done();
}
