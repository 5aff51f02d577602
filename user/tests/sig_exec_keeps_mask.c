/*
 * execve keeps the signal mask and the pending signals: a SIGUSR1 raised
 * while blocked is still pending in the new program, still blocked there,
 * and kills it (default action) as soon as the new program unblocks it.
 */
#include <stdlib.h>
#include <test.h>

static void stage2(void)
{
	sigset_t set;

	sigprocmask(SIG_SETMASK, NULL, &set);
	if (!sigismember(&set, SIGUSR1))
		_exit(3);	/* the mask was not kept */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	_exit(4);		/* the pending signal was lost */
}

static void stage1(void *arg)
{
	char **argv = arg;
	char *args[] = { argv[0], "stage2", NULL };
	char *env[] = { NULL };
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	raise(SIGUSR1);
	execve(argv[0], args, env);
	_exit(5);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "stage2") == 0)
		stage2();
	EXPECT_SIGNALED(test_run_child(stage1, argv), SIGUSR1, "pending SIGUSR1 after execve");
	return test_done();
}
