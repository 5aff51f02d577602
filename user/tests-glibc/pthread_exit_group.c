/*
 * exit (glibc's exit is exit_group) in one thread ends every thread of
 * the process, also those asleep in FUTEX_WAIT with no timeout, and the
 * parent gets that thread's status. A fatal signal sent to the process
 * ends all threads too, and the parent sees the signal. pthread_exit of
 * the main thread leaves the others running; the process's status then
 * comes from the last thread's exit_group.
 */
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static uint32_t word;

static void *waiter(void *arg)
{
	for (;;)
		syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	return arg;
}

static void *exiter(void *arg)
{
	usleep(20000);
	exit(3);
}

static void *late_exiter(void *arg)
{
	usleep(50000);
	exit(5);
}

static pid_t start(int how)
{
	pthread_t th;
	pid_t pid = fork();
	int i;

	if (pid)
		return pid;
	for (i = 0; i < 4; i++)
		pthread_create(&th, NULL, waiter, NULL);
	if (how == 0)
		pthread_create(&th, NULL, exiter, NULL);
	if (how == 2) {
		pthread_create(&th, NULL, late_exiter, NULL);
		pthread_exit(NULL);
	}
	waiter(NULL);
	return 0;
}

int main(void)
{
	int status;
	pid_t pid;

	pid = start(0);
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid (exit in a thread)");
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 3,
	      "exit in one thread ends the futex waiters; its status is the process's");

	pid = start(1);
	usleep(20000);
	kill(pid, SIGTERM);
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid (SIGTERM)");
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM,
	      "a fatal signal ends every thread");

	pid = start(2);
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid (main thread gone first)");
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 5,
	      "after pthread_exit of the main thread the others ran on; the last one's status");
	return check_done();
}
