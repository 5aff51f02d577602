/*
 * Signals and threads: a signal sent to the process (kill) is taken by a
 * thread that does not block it - here the only one - while the others
 * block it; tgkill and pthread_kill reach exactly the thread named;
 * handlers are the process's (set in one thread, run in another); a
 * blocked process-directed signal shows as pending in every thread.
 */
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

static volatile pid_t got_usr1, got_usr2;
static pid_t receiver_tid;
static volatile int stop;

static void on_usr1(int sig) { got_usr1 = syscall(SYS_gettid); }
static void on_usr2(int sig) { got_usr2 = syscall(SYS_gettid); }

static void *receiver(void *arg)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	receiver_tid = syscall(SYS_gettid);
	while (!stop)
		usleep(1000);
	return arg;
}

static void *bystander(void *arg)
{
	while (!stop)
		usleep(1000);
	return arg;
}

int main(void)
{
	pthread_t r, b;
	sigset_t set, pend;
	int i;

	signal(SIGUSR1, on_usr1);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, NULL);	/* inherited by the threads */
	pthread_create(&b, NULL, bystander, NULL);
	pthread_create(&r, NULL, receiver, NULL);
	pthread_create(&b, NULL, bystander, NULL);
	while (!receiver_tid)
		usleep(1000);
	signal(SIGUSR2, on_usr2);	/* after the threads exist: the handler is shared */
	kill(getpid(), SIGUSR1);
	for (i = 0; i < 1000 && !got_usr1; i++)
		usleep(1000);
	CHECK(got_usr1 == receiver_tid, "kill's signal went to the thread that does not block it");

	CHECK(pthread_kill(r, SIGUSR2) == 0, "pthread_kill");
	for (i = 0; i < 1000 && !got_usr2; i++)
		usleep(1000);
	CHECK(got_usr2 == receiver_tid, "pthread_kill's signal ran in the thread named");
	got_usr2 = 0;
	CHECK(syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR2) == 0, "tgkill to itself");
	CHECK(got_usr2 == syscall(SYS_gettid), "tgkill's signal ran in the calling thread at once");
	CHECK(syscall(SYS_tgkill, getpid() + 100000, receiver_tid, SIGUSR2) == -1 && errno == ESRCH,
	      "tgkill with the wrong group is ESRCH");

	stop = 1;
	pthread_join(r, NULL);
	got_usr1 = 0;
	kill(getpid(), SIGUSR1);	/* every thread left blocks it now */
	sigpending(&pend);
	CHECK(sigismember(&pend, SIGUSR1) && !got_usr1, "a signal all threads block stays pending");
	return check_done();
}
