/*
 * A raw thread (pthread_create's flags with CLONE_PARENT_SETTID and
 * CLONE_CHILD_CLEARTID): it runs in our address space with our process id
 * and its own tid, which clone returns and also stores in the parent's
 * word; it is nobody's child (wait finds nothing); when it exits the
 * kernel zeroes the CHILD_CLEARTID word and wakes a FUTEX_WAIT on it -
 * how pthread_join waits.
 */
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <test.h>
#include <time.h>
#include "thread_util.h"

static volatile int tid_word, seen_pid, seen_tid;

static int body(void *arg)
{
	struct timespec ts = { 0, 30 * 1000 * 1000 };

	seen_pid = getpid();
	seen_tid = syscall(__NR_gettid);
	nanosleep(&ts, NULL);	/* the parent is asleep in FUTEX_WAIT by now */
	return 0;
}

int main(void)
{
	int ptid = 0, waits = 0;
	long tid;

	tid = __clone(body, new_stack(), THREAD_FLAGS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID,
		      NULL, &ptid, NULL, (int *)&tid_word);
	ASSERT_TRUE(tid > 0, "clone a thread");
	EXPECT_EQ(ptid, tid, "CLONE_PARENT_SETTID: the tid in our word");
	tid_word = tid;	/* as glibc's pthread struct holds it (the child may not have run yet) */
	while (tid_word) {
		long r = futex(&tid_word, FUTEX_WAIT, tid);

		if (r && errno != EAGAIN && errno != EINTR)
			break;
		waits++;
	}
	EXPECT_EQ(tid_word, 0, "CLONE_CHILD_CLEARTID zeroed the word at exit and woke us");
	EXPECT_EQ(seen_pid, getpid(), "the thread's getpid is the process's");
	EXPECT_EQ(seen_tid, tid, "its gettid is what clone returned");
	EXPECT_NE(tid, getpid(), "and is not the process id");
	EXPECT_ERRNO(waitpid(-1, NULL, __WALL | WNOHANG), ECHILD, "a thread is nobody's child");
	return test_done();
}
