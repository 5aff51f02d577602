/*
 * fork and execve from inside a signal handler. The child of a fork made
 * in the handler returns from the handler too (its own copy of the signal
 * frame) and carries on in main, with the mask restored by sigreturn. A
 * program executed from inside the handler starts with the handler's mask,
 * so the signal being handled is still blocked there.
 */
#include <stdlib.h>
#include <test.h>

static volatile int in_child, handled;
static char **args0;

static void forker(int sig)
{
	(void)sig;
	handled++;
	if (fork() == 0)
		in_child = 1;
}

static void execer(int sig)
{
	char *args[] = { args0[0], "stage2", NULL };
	char *env[] = { NULL };

	(void)sig;
	execve(args0[0], args, env);
	_exit(6);
}

static void exec_from_handler(void *arg)
{
	(void)arg;
	signal(SIGUSR2, execer);
	raise(SIGUSR2);
	_exit(7);
}

int main(int argc, char **argv)
{
	sigset_t set;
	int status;

	if (argc > 1) {
		sigprocmask(SIG_SETMASK, NULL, &set);
		return sigismember(&set, SIGUSR2) ? 0 : 3;
	}
	args0 = argv;
	signal(SIGUSR1, forker);
	raise(SIGUSR1);
	sigprocmask(SIG_SETMASK, NULL, &set);
	if (in_child)
		_exit(handled == 1 && !sigismember(&set, SIGUSR1) ? 40 : 41);
	EXPECT_TRUE(wait(&status) > 0, "wait for the child forked in the handler");
	EXPECT_EXITED(status, 40, "the child returned from the handler into main");
	EXPECT_TRUE(!sigismember(&set, SIGUSR1), "the parent's mask is restored");
	EXPECT_EXITED(test_run_child(exec_from_handler, NULL), 0,
		      "a program run from the handler has the signal blocked");
	return test_done();
}
