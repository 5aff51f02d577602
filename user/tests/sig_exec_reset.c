/*
 * Across fork a child keeps its parent's handlers and mask. Across execve
 * caught signals go back to SIG_DFL, ignored ones stay SIG_IGN, and the
 * blocked mask is kept. The test re-executes itself (argv[0]) to look.
 */
#include <signal.h>
#include <stdlib.h>
#include <test.h>

static void handler(int sig)
{
}

static int after_exec(void)
{
	struct sigaction sa;
	sigset_t mask;

	sigaction(SIGUSR1, NULL, &sa);
	EXPECT_PTR_EQ(sa.sa_handler, SIG_DFL, "caught SIGUSR1 is SIG_DFL after exec");
	sigaction(SIGUSR2, NULL, &sa);
	EXPECT_PTR_EQ(sa.sa_handler, SIG_IGN, "ignored SIGUSR2 stays SIG_IGN");
	sigprocmask(SIG_BLOCK, NULL, &mask);
	EXPECT_EQ(sigismember(&mask, SIGTERM), 1, "blocked SIGTERM stays blocked");
	return test_done();
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	sigset_t mask;
	int status;
	pid_t pid;

	if (argc > 1 && !strcmp(argv[1], "after-exec"))
		return after_exec();

	signal(SIGUSR1, handler);
	signal(SIGUSR2, SIG_IGN);
	sigemptyset(&mask);
	sigaddset(&mask, SIGTERM);
	sigprocmask(SIG_BLOCK, &mask, NULL);

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		char *args[] = { argv[0], "after-exec", NULL };

		sigaction(SIGUSR1, NULL, &sa);
		if (sa.sa_handler != handler)
			_exit(10);	/* fork did not keep the handler */
		sigprocmask(SIG_BLOCK, NULL, &mask);
		if (!sigismember(&mask, SIGTERM))
			_exit(11);	/* fork did not keep the mask */
		execve(argv[0], args, environ);
		_exit(12);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, "child checks (10: handler lost by fork, "
		      "11: mask lost by fork, 12: execve failed)");
	return test_done();
}
