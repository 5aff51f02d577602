/*
 * A process stopped and continued while it sleeps in a system call goes
 * on sleeping in it: no handler ran, so nothing was interrupted. pause()
 * and sigsuspend() return (EINTR) only once a handler has run, and a read
 * of an empty pipe returns the data written after the continue.
 */
#include "job_util.h"

static volatile int handled;
static int data[2];

static void on_usr1(int sig)
{
	handled = 1;
}

static void in_pause(void)
{
	EXPECT_ERRNO(pause(), EINTR, "pause returns EINTR after the handler");
	EXPECT_EQ(handled, 1, "the handler ran");
}

static void in_sigsuspend(void)
{
	sigset_t none;

	sigemptyset(&none);
	EXPECT_ERRNO(sigsuspend(&none), EINTR, "sigsuspend returns EINTR after the handler");
	EXPECT_EQ(handled, 1, "the handler ran");
}

static void in_read(void)
{
	char c = 0;

	EXPECT_EQ(read(data[0], &c, 1), 1, "read gets the byte written after the continue");
	EXPECT_EQ(c, 'd', "the byte");
}

/* Stop and continue the sleeping child; it must still be asleep after. */
static void stop_and_continue(pid_t pid)
{
	int status;

	job_sleep_ms(50);	/* let it get into its call */
	kill(pid, SIGSTOP);
	EXPECT_EQ(job_wait(pid, &status, WUNTRACED), pid, "stopped");
	kill(pid, SIGCONT);
	EXPECT_EQ(job_wait(pid, &status, WCONTINUED), pid, "continued");
	job_sleep_ms(100);
	EXPECT_EQ(waitpid(pid, &status, WNOHANG), 0, "still in its call");
}

static void run(void (*fn)(void), const char *what)
{
	int status;
	pid_t pid = job_fork_group(-1, 0, fn);

	stop_and_continue(pid);
	if (fn == in_read)
		write(data[1], "d", 1);
	else
		kill(pid, SIGUSR1);
	EXPECT_EQ(job_wait(pid, &status, 0), pid, "the child ends");
	EXPECT_EXITED(status, 0, what);
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;	/* no SA_RESTART */
	sigaction(SIGUSR1, &sa, NULL);
	ASSERT_TRUE(pipe(data) == 0, "pipe");
	run(in_pause, "pause");
	run(in_sigsuspend, "sigsuspend");
	run(in_read, "read of a pipe");
	return test_done();
}
