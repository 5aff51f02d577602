/*
 * Robust futexes: a thread that dies holding a lock on its robust list
 * (set_robust_list) leaves the lock word marked FUTEX_OWNER_DIED with the
 * owner's tid gone (FUTEX_WAITERS kept), so the next locker knows; a lock
 * on the list that the thread no longer owns is left alone. The list is
 * glibc's layout: a head with the offset of each entry's lock word.
 */
#include <stddef.h>
#include <sys/wait.h>
#include <test.h>
#include "thread_util.h"

#define FUTEX_WAITERS		0x80000000u
#define FUTEX_OWNER_DIED	0x40000000u

struct robust_list {
	struct robust_list *next;
};
struct robust_list_head {
	struct robust_list list;
	long futex_offset;
	struct robust_list *list_op_pending;
};
struct lock {
	struct robust_list link;
	volatile unsigned int word;
};

static struct robust_list_head head;
static struct lock held, not_ours;
static volatile int tid_word = 1;

static int die_holding(void *arg)
{
	unsigned int me = syscall(__NR_gettid);

	held.word = me | FUTEX_WAITERS;
	not_ours.word = 12345;		/* some other thread's */
	head.list.next = &held.link;
	held.link.next = &not_ours.link;
	not_ours.link.next = &head.list;
	head.futex_offset = offsetof(struct lock, word) - offsetof(struct lock, link);
	head.list_op_pending = NULL;
	if (syscall(__NR_set_robust_list, &head, sizeof(head)))
		return 1;
	return 0;	/* exits with the lock held */
}

int main(void)
{
	long tid = __clone(die_holding, new_stack(), THREAD_FLAGS | CLONE_CHILD_CLEARTID, NULL,
			   NULL, NULL, (int *)&tid_word);

	ASSERT_TRUE(tid > 0, "clone a thread");
	while (tid_word)
		futex(&tid_word, FUTEX_WAIT, tid_word);
	EXPECT_EQ(held.word, FUTEX_OWNER_DIED | FUTEX_WAITERS,
		  "the dead owner's lock: FUTEX_OWNER_DIED, waiters bit kept, tid gone");
	EXPECT_EQ(not_ours.word, 12345, "a lock it did not own is untouched");
	return test_done();
}
