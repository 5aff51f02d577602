/*
 * A thread bomb ends cleanly: a process that makes threads (each asleep
 * for good) until pthread_create fails gets EAGAIN - the task limit,
 * threads-max or RLIMIT_NPROC - never a hang or a crash, and once it exits
 * all its threads are gone and creating threads works again. (On a host
 * with a limit far above MAX_TRIES the bomb simply stops there.)
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define MAX_TRIES 4000

static void *sleeper(void *arg)
{
	for (;;)
		pause();
	return arg;
}

static void *nothing(void *arg)
{
	return arg;
}

static int bomb(void)
{
	pthread_attr_t attr;
	pthread_t th;
	int i, err = 0;

	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 16 * 1024);
	for (i = 0; i < MAX_TRIES && !err; i++)
		err = pthread_create(&th, &attr, sleeper, NULL);
	fprintf(stderr, "%d threads made, then %s\n", i - !!err, err ? strerror(err) : "no failure");
	if (i == MAX_TRIES && !err)
		return 0;
	return err == EAGAIN ? 0 : 1;
}

int main(void)
{
	pthread_t th;
	int status;
	pid_t pid;

	pid = fork();
	if (pid == 0) {
		alarm(120);	/* a hang fails the test instead of the suite */
		_exit(bomb());
	}
	CHECK(pid > 0, "fork");
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid");
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	      "making threads until it fails ends in EAGAIN");
	CHECK(pthread_create(&th, NULL, nothing, NULL) == 0 && pthread_join(th, NULL) == 0,
	      "afterwards a thread can be made again");
	return check_done();
}
