/*
 * A signal handled while a process sleeps in a system call interrupts it:
 * nanosleep returns -1/EINTR with the time left in *rem (nanosleep is never
 * restarted), and waitpid returns EINTR when the handler was installed
 * without SA_RESTART. The signals come from a child that sends SIGUSR1
 * every 100 ms until it is killed, so the test does not depend on timing.
 */
#include <signal.h>
#include <test.h>
#include <time.h>

static volatile int got;

static void on_usr1(int sig)
{
	got++;
}

static pid_t start_poking(void)
{
	pid_t parent = getpid(), pid = fork();

	if (pid == 0) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };
		int i;

		for (i = 0; i < 100; i++) {
			nanosleep(&ts, NULL);
			kill(parent, SIGUSR1);
		}
		_exit(0);
	}
	return pid;
}

static void stop_poking(pid_t pid)
{
	kill(pid, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
}

int main(void)
{
	struct sigaction sa;
	struct timespec req = { 5, 0 }, rem = { 0, 0 };
	pid_t pid;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;	/* no SA_RESTART */
	sigaction(SIGUSR1, &sa, NULL);

	pid = start_poking();
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_ERRNO(nanosleep(&req, &rem), EINTR, "nanosleep interrupted");
	EXPECT_TRUE(got >= 1, "handler ran");
	EXPECT_TRUE(rem.tv_sec >= 3 && rem.tv_sec <= 5, "most of the 5 s left in rem");
	EXPECT_TRUE(rem.tv_nsec >= 0 && rem.tv_nsec < 1000000000, "rem.tv_nsec in range");

	got = 0;
	EXPECT_ERRNO(waitpid(pid, NULL, 0), EINTR, "waitpid interrupted");
	EXPECT_TRUE(got >= 1, "handler ran again");
	stop_poking(pid);
	return test_done();
}
