/*
 * prctl(PR_SET_NAME) renames the task (what /proc/self/stat shows in
 * parentheses), keeping at most 15 bytes; PR_GET_NAME reads it back;
 * PR_SET_PDEATHSIG's signal arrives when the parent exits; an unknown
 * option is EINVAL.
 */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

#define PR_SET_PDEATHSIG 1
#define PR_GET_PDEATHSIG 2
#define PR_SET_NAME 15
#define PR_GET_NAME 16

static volatile int got_hup;

static void on_hup(int sig)
{
	got_hup = 1;
}

int main(void)
{
	char name[16], stat[256], verdict = 0;
	int fd, n, sig = -1, status, report[2];
	struct pollfd p;
	pid_t mid;

	EXPECT_EQ(syscall(__NR_prctl, PR_SET_NAME, "renamed", 0, 0, 0), 0, "PR_SET_NAME");
	EXPECT_EQ(syscall(__NR_prctl, PR_GET_NAME, name, 0, 0, 0), 0, "PR_GET_NAME");
	EXPECT_STREQ(name, "renamed", "read back");
	fd = open("/proc/self/stat", O_RDONLY);
	n = read(fd, stat, sizeof(stat) - 1);
	close(fd);
	stat[n > 0 ? n : 0] = '\0';
	EXPECT_TRUE(strstr(stat, "(renamed)") != NULL, "/proc/self/stat shows it");
	EXPECT_EQ(syscall(__NR_prctl, PR_SET_NAME, "a-name-longer-than-fifteen", 0, 0, 0), 0,
		  "a long name");
	syscall(__NR_prctl, PR_GET_NAME, name, 0, 0, 0);
	EXPECT_STREQ(name, "a-name-longer-t", "is cut to 15 bytes");
	EXPECT_ERRNO(syscall(__NR_prctl, 12345, 0, 0, 0, 0), EINVAL, "an unknown option");

	/* A grandchild asks for SIGHUP when its parent (mid) exits, and reports. */
	ASSERT_TRUE(pipe(report) == 0, "pipe");
	mid = fork();
	if (mid == 0) {
		pid_t grandchild = fork();

		if (grandchild == 0) {
			signal(SIGHUP, on_hup);
			syscall(__NR_prctl, PR_SET_PDEATHSIG, SIGHUP, 0, 0, 0);
			syscall(__NR_prctl, PR_GET_PDEATHSIG, &sig, 0, 0, 0);
			kill(getppid(), SIGUSR1);	/* ready: let the parent exit */
			while (!got_hup)
				syscall(__NR_pause);
			write(report[1], sig == SIGHUP ? "H" : "?", 1);
			_exit(0);
		}
		signal(SIGUSR1, SIG_DFL);
		syscall(__NR_pause);	/* killed by the grandchild's SIGUSR1 */
		_exit(1);
	}
	ASSERT_TRUE(mid > 0, "fork");
	EXPECT_EQ(waitpid(mid, &status, 0), mid, "the middle process");
	EXPECT_SIGNALED(status, SIGUSR1, "exits when the grandchild is ready");
	close(report[1]);
	p = (struct pollfd){ .fd = report[0], .events = POLLIN };
	EXPECT_EQ(poll(&p, 1, 5000), 1, "the grandchild reports within 5 s");
	read(report[0], &verdict, 1);
	EXPECT_EQ(verdict, 'H', "it got SIGHUP, and PR_GET_PDEATHSIG said SIGHUP");
	return test_done();
}
