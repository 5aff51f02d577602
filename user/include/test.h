/*
 * Assertions for the user tests (user/tests/), implemented in user/lib/test.c.
 *
 * A test is one program checking one behaviour; exit status 0 means pass.
 * Each EXPECT_* that fails prints
 *     FAIL: what: expected X, got Y (file.c:LINE)
 * on stderr and counts the failure; the test ends with `return test_done();`.
 * ASSERT_TRUE stops the test at once (for conditions the rest depends on).
 *
 * Conventions the runners keep (init in the guest, tools/test/linux.sh on
 * Linux): argv[0] is a path execve can run again, so a test may re-execute
 * itself as a helper; the current directory is writable and private to the
 * run (/tmp in the guest, a scratch directory on Linux); stdout and stderr go
 * to the log. Tests never print a line beginning with "ok " or "not ok ".
 */
#ifndef _TEST_H
#define _TEST_H

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern int test_failures;

void test_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void test_fail_eq(const char *file, int line, const char *what,
		  long long got, long long want, int equal_wanted);
void test_fail_errno(const char *file, int line, const char *what,
		     long got, int got_errno, int want_errno);
void test_fail_status(const char *file, int line, const char *what,
		      int status, const char *wanted);

#define EXPECT_EQ(got, want, what) do {					\
	long long __g = (long long)(got), __w = (long long)(want);	\
	if (__g != __w)							\
		test_fail_eq(__FILE__, __LINE__, what, __g, __w, 1);	\
} while (0)

#define EXPECT_NE(got, unwanted, what) do {				\
	long long __g = (long long)(got), __w = (long long)(unwanted);	\
	if (__g == __w)							\
		test_fail_eq(__FILE__, __LINE__, what, __g, __w, 0);	\
} while (0)

#define EXPECT_PTR_EQ(got, want, what) \
	EXPECT_EQ((unsigned long)(got), (unsigned long)(want), what)

#define EXPECT_TRUE(cond, what) do {					\
	if (!(cond))							\
		test_fail(__FILE__, __LINE__, "%s: expected true: %s",	\
			  what, #cond);					\
} while (0)

#define EXPECT_STREQ(got, want, what) do {				\
	const char *__g = (got), *__w = (want);				\
	if (!__g || strcmp(__g, __w) != 0)				\
		test_fail(__FILE__, __LINE__,				\
			  "%s: expected \"%s\", got \"%s\"", what, __w,	\
			  __g ? __g : "(null)");			\
} while (0)

/* A libc call that must fail with -1 (or MAP_FAILED) and errno == err. */
#define EXPECT_ERRNO(call, err, what) do {				\
	errno = 0;							\
	long __r = (long)(call);					\
	int __e = errno;						\
	if (__r != -1 || __e != (err))					\
		test_fail_errno(__FILE__, __LINE__, what, __r, __e, err); \
} while (0)

/* A wait status that must be a normal exit with this code. */
#define EXPECT_EXITED(status, code, what) do {				\
	int __s = (status);						\
	if (!WIFEXITED(__s) || WEXITSTATUS(__s) != (code))		\
		test_fail_status(__FILE__, __LINE__, what, __s,		\
				 "exit " #code);			\
} while (0)

/* A wait status that must be death by this signal. */
#define EXPECT_SIGNALED(status, sig, what) do {				\
	int __s = (status);						\
	if (!WIFSIGNALED(__s) || WTERMSIG(__s) != (sig))		\
		test_fail_status(__FILE__, __LINE__, what, __s,		\
				 "killed by " #sig);			\
} while (0)

#define ASSERT_TRUE(cond, what) do {					\
	if (!(cond)) {							\
		test_fail(__FILE__, __LINE__, "%s: expected true: %s",	\
			  what, #cond);					\
		_exit(1);						\
	}								\
} while (0)

/*
 * Runs fn(arg) in a forked child that then exits 0, and returns the child's
 * wait status (so a test can expect a fatal signal), or -1 if fork or wait
 * failed (already reported as a failure).
 */
int test_run_child(void (*fn)(void *), void *arg);

/* "exit 3", "signal 11 (SIGSEGV)" ... into buf; returns buf. */
char *test_describe_status(int status, char *buf, size_t size);

/*
 * An address no mapping covers: a page mapped and unmapped again. It stays
 * unmapped only until the next mmap, so call it after the test's own mmaps.
 */
void *test_unmapped_page(void);

/*
 * 1 if the kernel can read the byte at p on this process's behalf (a
 * one-byte write() from p to a scratch file in the cwd succeeds), 0 if that
 * write fails with EFAULT.
 */
int test_user_readable(const void *p);

/*
 * The end of the stack: the first page above the current stack pointer
 * that the kernel refuses to read from (test_user_readable). User space
 * ends there or higher; everything from it to 4 GiB is out of reach.
 */
unsigned long test_stack_top(void);

/* 0 if every expectation held, else 1 after a one-line summary. */
int test_done(void);

#endif
