/*
 * /sbin/init, the first user process (pid 1).
 *
 * The kernel starts it with fds 0, 1 and 2 open on the console and with
 *	argv = { "/sbin/init", NULL }			normal boot
 *	argv = { "/sbin/init", "test", NULL }		boot with "test"
 *	argv = { "/sbin/init", "test", "NAME", NULL }	boot with "test=NAME"
 *
 * Normal boot: runs a login shell on the console (busybox sh if there is
 * one, else /bin/sh; see exec_login_shell), starting it again when it
 * exits, and reaps every orphan the kernel re-parents to init meanwhile.
 *
 * Test boot: runs each file of /tests in name order (or only NAME) with
 * fork+execve, argv[0] = "/tests/NAME", in /tmp, its output going to the
 * console, and prints one verdict per test:
 *	ok N - NAME
 *	not ok N - NAME (exit S)	or (signal S) or (timed out after 120 s)
 * then "P passed, F failed". A test still running after the time limit is
 * killed with SIGKILL. If /proc/meminfo exists, a comment line before the
 * summary gives MemFree before and after the suite, each measured after
 * sync and dropping the clean caches, so a single leaked frame shows. Finally init calls sync() and
 *	reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_POWER_OFF)
 * which the kernel turns into a QEMU power-off (the exit status tells the
 * test layer how the run ended). Only pid 1 does this: the same binary run
 * by hand on Linux never powers off the machine.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/reboot.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TEST_DIR	"/tests"
#define TEST_CWD	"/tmp"
#ifndef TEST_TIMEOUT
#define TEST_TIMEOUT	120		/* seconds */
#endif
#define POLL_MS		10		/* how often a running test is polled */
#define MAX_TESTS	1024

static char *const test_env[] = { "PATH=/bin", "HOME=/tmp", "TERM=vt100", NULL };

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* Reaps every child that has already ended (orphans included). */
static void reap_zombies(void)
{
	int status;

	while (waitpid(-1, &status, WNOHANG) > 0)
		;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Fills names with the sorted regular entries of TEST_DIR; returns how many. */
static int list_tests(char **names, int max)
{
	DIR *d = opendir(TEST_DIR);
	struct dirent *e;
	int n = 0;

	if (!d) {
		perror("init: " TEST_DIR);
		return 0;
	}
	while ((e = readdir(d)) && n < max) {
		if (e->d_name[0] == '.')
			continue;
		names[n] = strdup(e->d_name);
		if (names[n])
			n++;
	}
	closedir(d);
	qsort(names, (size_t)n, sizeof(names[0]), cmp_names);
	return n;
}

/* Child side: becomes the test program. */
static __attribute__((noreturn)) void exec_test(const char *path)
{
	char *argv[] = { (char *)path, NULL };

	if (chdir(TEST_CWD) < 0)
		perror("init: chdir " TEST_CWD);
	execve(path, argv, test_env);
	dprintf(2, "init: execve %s: %s\n", path, strerror(errno));
	_exit(127);
}

/*
 * Waits for the test pid, reaping any other child that ends meanwhile.
 * Returns its wait status, or -1 if it hit the time limit (it is killed).
 */
static int wait_test(pid_t pid)
{
	long waited_ms = 0;
	int status;

	for (;;) {
		pid_t r = waitpid(-1, &status, WNOHANG);

		if (r == pid)
			return status;
		if (r > 0)
			continue;	/* an orphan of an earlier test */
		if (r < 0 && errno != EINTR)
			return -2;
		if (waited_ms >= TEST_TIMEOUT * 1000L) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			return -1;
		}
		sleep_ms(POLL_MS);
		waited_ms += POLL_MS;
	}
}

/* Runs one test and prints its verdict; returns 1 if it passed. */
static int run_test(int num, const char *name)
{
	char path[256];
	int status;
	pid_t pid;

	snprintf(path, sizeof(path), "%s/%s", TEST_DIR, name);
	pid = fork();
	if (pid < 0) {
		printf("not ok %d - %s (fork: %s)\n", num, name, strerror(errno));
		return 0;
	}
	if (pid == 0)
		exec_test(path);
	status = wait_test(pid);
	if (status == 0) {
		printf("ok %d - %s\n", num, name);
		return 1;
	}
	if (status == -1)
		printf("not ok %d - %s (timed out after %d s)\n", num, name, TEST_TIMEOUT);
	else if (status == -2)
		printf("not ok %d - %s (lost: %s)\n", num, name, strerror(errno));
	else if (WIFSIGNALED(status))
		printf("not ok %d - %s (signal %d)\n", num, name, WTERMSIG(status));
	else
		printf("not ok %d - %s (exit %d)\n", num, name, WEXITSTATUS(status));
	return 0;
}

static void power_off(void)
{
	sync();
	if (getpid() != 1)
		return;		/* run by hand: never power the machine off */
	reboot(LINUX_REBOOT_CMD_POWER_OFF);
	perror("init: reboot");
	for (;;)
		sleep_ms(1000);
}

/*
 * MemFree from /proc/meminfo in kB, or -1 if it is not there. First the
 * caches go, as root does on Linux with "sync; echo 3 >
 * /proc/sys/vm/drop_caches": dirty pages are written back, then every
 * clean unused page-cache page and every empty slab is freed, so what is
 * not free is held by something.
 */
static long free_kb_after_drop_caches(void)
{
	char buf[1024], *p;
	int fd;

	sync();
	fd = open("/proc/sys/vm/drop_caches", O_WRONLY);
	if (fd >= 0) {
		if (write(fd, "3\n", 2) != 2)
			perror("init: drop_caches");
		close(fd);
	}
	if (read_file("/proc/meminfo", buf, sizeof(buf)) <= 0)
		return -1;
	for (p = buf; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
		if (!strncmp(p, "MemFree:", 8))
			return strtol(p + 8, NULL, 10);
	}
	return -1;
}

/* Committed_AS of /proc/meminfo in kB, or -1: the commit leak check's figure. */
static long committed_kb(void)
{
	char buf[1024], *p;

	if (read_file("/proc/meminfo", buf, sizeof(buf)) <= 0 || !(p = strstr(buf, "Committed_AS:")))
		return -1;
	return strtol(p + 13, NULL, 10);
}

static void lock_own_memory(void);

static int run_tests(const char *only)
{
	static char *names[MAX_TESTS];
	int n, i, passed = 0, failed = 0;
	long mem_before, mem_after, commit_before, commit_after;

	if (only) {
		names[0] = (char *)only;
		n = 1;
	} else {
		n = list_tests(names, MAX_TESTS);
	}
	printf("1..%d\n", n);
	if (!only)
		lock_own_memory();
	/* After the list and the first printf: init's own heap and stdio buffer are in place. */
	mem_before = free_kb_after_drop_caches();
	commit_before = committed_kb();
	for (i = 0; i < n; i++) {
		if (run_test(i + 1, names[i]))
			passed++;
		else
			failed++;
	}
	reap_zombies();
	mem_after = free_kb_after_drop_caches();
	commit_after = committed_kb();
	if (mem_before >= 0 && mem_after >= 0)
		printf("# memory: MemFree %ld kB before the tests, %ld kB after (caches dropped)\n",
		       mem_before, mem_after);
	if (commit_before >= 0 && commit_after >= 0)
		printf("# memory: Committed_AS %ld kB before the tests, %ld kB after\n",
		       commit_before, commit_after);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}

/*
 * The login shell, in a session of its own with the console as its
 * controlling terminal (taken from init's session, TIOCSCTTY with 1, as
 * root may), so it has job control: ^C, ^Z and fg/bg act on its jobs.
 * Debian's busybox sh when the image has it (its applets run as built-in
 * commands, ahead of our own programs of the same name), else our /bin/sh.
 */
static void exec_login_shell(void)
{
	static char *const busybox[] = { "-sh", NULL };
	static char *const ours[] = { "/bin/sh", NULL };

	setsid();
	ioctl(0, TIOCSCTTY, 1);
	if (access("/bin/busybox", X_OK) == 0)
		execve("/bin/busybox", busybox, test_env);
	execve(ours[0], ours, test_env);
	perror("init: execve /bin/sh");
	_exit(127);
}

/* Keeps a shell on the console, reaping orphans while it runs. */
static void run_shell(void)
{
	for (;;) {
		pid_t sh = fork(), r;
		int status = 0;

		if (sh == 0)
			exec_login_shell();
		if (sh < 0) {
			perror("init: fork");
			sleep_ms(1000);
			continue;
		}
		while ((r = waitpid(-1, &status, 0)) != sh)
			if (r < 0 && errno == ECHILD)
				break;
		if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
			sleep_ms(1000);	/* no shell: do not spin */
	}
}

int main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "test")) {
		int rc = run_tests(argc >= 3 ? argv[2] : NULL);

		power_off();
		return rc;
	}
	run_shell();
	return 0;
}

/*
 * The whole suite: init locks its pages so they stay resident. Reclaim
 * under a test's memory pressure could otherwise evict one of them (a
 * text page init does not touch again), and the leak check would count
 * it as memory gained. (Kept last in the file, so the code before it
 * stays where the GDB walkthroughs show it.)
 */
static void __attribute__((noinline)) lock_own_memory(void)
{
	mlockall(MCL_CURRENT | MCL_FUTURE);
}
