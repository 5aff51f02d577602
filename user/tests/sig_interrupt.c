/*
 * A signal handled while a process sleeps in a system call interrupts it:
 * nanosleep returns -1/EINTR with the time left in *rem (nanosleep is never
 * restarted), and waitpid returns EINTR when the handler was installed
 * without SA_RESTART. The signal comes from a child after a short delay.
 */
#include <signal.h>
#include <test.h>
#include <time.h>

static volatile int got;

static void on_usr1(int sig)
{
	got++;
}

/* A child that sends SIGUSR1 to the parent after 100 ms, then lives on. */
static pid_t poke_later(int then_exit)
{
	pid_t parent = getpid(), pid = fork();

	if (pid == 0) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };

		nanosleep(&ts, NULL);
		kill(parent, SIGUSR1);
		if (then_exit)
			_exit(0);
		ts.tv_sec = 2;
		nanosleep(&ts, NULL);
		_exit(0);
	}
	return pid;
}

int main(void)
{
	struct sigaction sa;
	struct timespec req = { 5, 0 }, rem = { 0, 0 };
	int status;
	pid_t pid;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;	/* no SA_RESTART */
	sigaction(SIGUSR1, &sa, NULL);

	pid = poke_later(1);
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_ERRNO(nanosleep(&req, &rem), EINTR, "nanosleep interrupted");
	EXPECT_EQ(got, 1, "handler ran");
	EXPECT_TRUE(rem.tv_sec >= 3 && rem.tv_sec <= 5, "most of the 5 s left in rem");
	waitpid(pid, &status, 0);

	pid = poke_later(0);
	EXPECT_ERRNO(waitpid(pid, &status, 0), EINTR, "waitpid interrupted");
	EXPECT_EQ(got, 2, "handler ran again");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid again");
	return test_done();
}
