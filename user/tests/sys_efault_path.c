/*
 * Every call that takes a path name returns -EFAULT for a path pointer the
 * process may not use (NULL, an unmapped page, above the stack, the last
 * page), and stat/stat64 also for a bad result buffer; execve also for a
 * bad argv or envp array or a bad string in them, and the caller goes on.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <test.h>

int main(void)
{
	void *bad[] = { NULL, test_unmapped_page(), (void *)test_stack_top(),
			(void *)0xfffff000UL };
	char *args[] = { "x", NULL }, *env[] = { NULL };
	struct stat st;
	struct stat64 st64;
	unsigned i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		long p = (long)bad[i];
		char what[96];

#define BAD_PATH(nr, name, a2, a3) do {					\
		snprintf(what, sizeof(what), name " path %#lx", p);	\
		EXPECT_EQ(__syscall(nr, p, (long)(a2), (long)(a3), 0, 0, 0), -EFAULT, what); \
	} while (0)
		BAD_PATH(__NR_open, "open", O_RDONLY, 0);
		BAD_PATH(__NR_open, "open O_CREAT", O_WRONLY | O_CREAT, 0644);
		BAD_PATH(__NR_stat, "stat", &st, 0);
		BAD_PATH(__NR_stat64, "stat64", &st64, 0);
		BAD_PATH(__NR_chdir, "chdir", 0, 0);
		BAD_PATH(__NR_mkdir, "mkdir", 0755, 0);
		BAD_PATH(__NR_unlink, "unlink", 0, 0);
		BAD_PATH(__NR_rmdir, "rmdir", 0, 0);
		BAD_PATH(__NR_execve, "execve", args, env);
#undef BAD_PATH
		/*
		 * Linux opens the file before it reads argv and envp, so these
		 * need a real program; /bin/false, should the call wrongly
		 * succeed, ends the test with a failure.
		 */
		if (p) {	/* NULL argv/envp are allowed (as empty) on Linux */
			char *bad_args[] = { "x", (char *)p, NULL };

			snprintf(what, sizeof(what), "execve argv array %#lx", p);
			EXPECT_EQ(__syscall(__NR_execve, (long)"/bin/false", p, (long)env, 0, 0, 0),
				  -EFAULT, what);
			snprintf(what, sizeof(what), "execve envp array %#lx", p);
			EXPECT_EQ(__syscall(__NR_execve, (long)"/bin/false", (long)args, p, 0, 0, 0),
				  -EFAULT, what);
			snprintf(what, sizeof(what), "execve argv[1] string %#lx", p);
			EXPECT_EQ(__syscall(__NR_execve, (long)"/bin/false", (long)bad_args, (long)env,
					    0, 0, 0), -EFAULT, what);
		}
		snprintf(what, sizeof(what), "stat result %#lx", p);
		EXPECT_EQ(__syscall(__NR_stat, (long)".", p, 0, 0, 0, 0), -EFAULT, what);
		snprintf(what, sizeof(what), "stat64 result %#lx", p);
		EXPECT_EQ(__syscall(__NR_stat64, (long)".", p, 0, 0, 0, 0), -EFAULT, what);
	}
	EXPECT_EQ(stat(".", &st), 0, "a good stat still works");
	return test_done();
}
