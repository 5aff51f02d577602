/* The reporting half of test.h. */
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <test.h>

int test_failures;

void test_fail(const char *file, int line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	dprintf(2, "FAIL: %s (%s:%d)\n", msg, file, line);
	test_failures++;
}

/* "5 (0x5)", or "-14 (-EFAULT)" for values that look like -errno. */
static void describe_value(char *buf, size_t size, long long v)
{
	if (v < 0 && v >= -4095 && strerrorname_np((int)-v)[1] != '?')
		snprintf(buf, size, "%lld (-%s)", v, strerrorname_np((int)-v));
	else
		snprintf(buf, size, "%lld (%#llx)", v, (unsigned long long)v);
}

void test_fail_eq(const char *file, int line, const char *what,
		  long long got, long long want, int equal_wanted)
{
	char g[64], w[64];

	describe_value(g, sizeof(g), got);
	describe_value(w, sizeof(w), want);
	if (equal_wanted)
		test_fail(file, line, "%s: expected %s, got %s", what, w, g);
	else
		test_fail(file, line, "%s: expected anything but %s", what, w);
}

void test_fail_errno(const char *file, int line, const char *what,
		     long got, int got_errno, int want_errno)
{
	test_fail(file, line, "%s: expected -1 with errno %s, got %ld with errno %s (%d)",
		  what, strerrorname_np(want_errno), got,
		  strerrorname_np(got_errno), got_errno);
}

char *test_describe_status(int status, char *buf, size_t size)
{
	if (WIFEXITED(status))
		snprintf(buf, size, "exit %d", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		snprintf(buf, size, "signal %d (%s)", WTERMSIG(status),
			 signame(WTERMSIG(status)));
	else
		snprintf(buf, size, "status %#x", status);
	return buf;
}

void test_fail_status(const char *file, int line, const char *what,
		      int status, const char *wanted)
{
	char got[64];

	test_fail(file, line, "%s: expected %s, got %s", what, wanted,
		  test_describe_status(status, got, sizeof(got)));
}

int test_run_child(void (*fn)(void *), void *arg)
{
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		test_fail(__FILE__, __LINE__, "fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		fn(arg);
		_exit(0);
	}
	if (waitpid(pid, &status, 0) != pid) {
		test_fail(__FILE__, __LINE__, "waitpid: %s", strerror(errno));
		return -1;
	}
	return status;
}

void *test_unmapped_page(void)
{
	void *p = mmap(NULL, PAGE_SIZE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED) {
		test_fail(__FILE__, __LINE__, "mmap: %s", strerror(errno));
		return (void *)PAGE_SIZE;	/* below 0x08048000: never mapped */
	}
	munmap(p, PAGE_SIZE);
	return p;
}

static int probe_fd = -1;

int test_user_readable(const void *p)
{
	if (probe_fd < 0) {
		probe_fd = open(".probe", O_RDWR | O_CREAT | O_TRUNC, 0600);
		if (probe_fd < 0) {
			test_fail(__FILE__, __LINE__, "create .probe in the cwd: %s",
				  strerror(errno));
			return 0;
		}
		unlink(".probe");
	}
	lseek(probe_fd, 0, SEEK_SET);
	return write(probe_fd, p, 1) == 1;
}

unsigned long test_stack_top(void)
{
	unsigned long page = (unsigned long)__builtin_frame_address(0) & ~(PAGE_SIZE - 1UL);

	while (page + PAGE_SIZE != 0 && test_user_readable((void *)(page + PAGE_SIZE)))
		page += PAGE_SIZE;
	return page + PAGE_SIZE;
}

int test_done(void)
{
	if (test_failures) {
		dprintf(2, "FAILED: %d expectation%s did not hold\n", test_failures,
			test_failures == 1 ? "" : "s");
		return 1;
	}
	return 0;
}
