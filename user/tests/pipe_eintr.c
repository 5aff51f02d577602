/*
 * A read blocked on an empty pipe is broken by a caught signal: without
 * SA_RESTART it fails with EINTR; with SA_RESTART it is restarted and
 * returns the data written later (here by a child after the signal).
 */
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <test.h>

static volatile int caught;

static void on_alarm(int sig)
{
	caught++;
}

static void catch_alarm(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sa.sa_flags = flags;
	ASSERT_TRUE(sigaction(SIGALRM, &sa, NULL) == 0, "sigaction");
}

int main(void)
{
	int fds[2], status;
	char c;
	pid_t child;

	ASSERT_TRUE(pipe(fds) == 0, "pipe");
	catch_alarm(0);
	alarm(1);
	EXPECT_ERRNO(read(fds[0], &c, 1), EINTR, "read interrupted without SA_RESTART");
	EXPECT_EQ(caught, 1, "the handler ran");

	catch_alarm(SA_RESTART);
	alarm(1);
	child = fork();
	ASSERT_TRUE(child >= 0, "fork");
	if (child == 0) {
		struct timespec ts = { 2, 0 };

		nanosleep(&ts, NULL);	/* well after the parent's alarm */
		_exit(write(fds[1], "z", 1) == 1 ? 0 : 1);
	}
	EXPECT_EQ(read(fds[0], &c, 1), 1, "read restarted after the handler");
	EXPECT_EQ(c, 'z', "and got the child's byte");
	EXPECT_EQ(caught, 2, "the handler ran again");
	EXPECT_EQ(waitpid(child, &status, 0), child, "reap the child");
	EXPECT_EXITED(status, 0, "the child wrote");
	return test_done();
}
