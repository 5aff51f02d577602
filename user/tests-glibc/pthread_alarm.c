/*
 * alarm is the process's, not the thread's: an alarm set by a thread that
 * then exits still fires, SIGALRM goes to a thread that does not block it
 * (here the main thread), and alarm in another thread sees and replaces
 * the same alarm (it returns the seconds left of it).
 */
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

static volatile pid_t alarm_tid;
static volatile unsigned int left;

static void on_alarm(int sig)
{
	alarm_tid = syscall(SYS_gettid);
}

static void *set_alarm(void *arg)
{
	alarm(1);
	return arg;
}

static void *read_alarm(void *arg)
{
	left = alarm(1);
	return arg;
}

int main(void)
{
	pthread_t th;
	int i;

	signal(SIGALRM, on_alarm);
	pthread_create(&th, NULL, set_alarm, NULL);
	pthread_join(th, NULL);
	pthread_create(&th, NULL, read_alarm, NULL);
	pthread_join(th, NULL);
	CHECK(left == 1, "another thread sees the alarm the first one set");
	for (i = 0; i < 300 && !alarm_tid; i++)
		usleep(10000);
	CHECK(alarm_tid == getpid(), "the alarm of exited threads fired, in the main thread");
	CHECK(alarm(0) == 0, "and is gone");
	return check_done();
}
