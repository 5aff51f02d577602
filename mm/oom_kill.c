/*
 * The out-of-memory killer: when a fault cannot get a page even after
 * reclaim (memory and swap are both full), some process must die so that
 * the others can go on. Not necessarily the one that faulted - that may be
 * init, or a small process that had the bad luck to ask last - but the
 * one whose death frees the most: Linux's badness(), here the resident
 * pages plus the pages it has out on swap. Init and kernel threads are
 * never chosen. While a chosen victim is still dying, nobody else is
 * killed: its memory is about to come back.
 */
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <mm/mm.h>
#include <mm/oom.h>
#include <uapi/siginfo.h>

/* How much killing p would free, in pages (0: never p). */
static unsigned long badness(struct task_struct *p)
{
	struct mm_struct *mm = p->mm;

	if (!mm || p->pid == 1 || p->state == TASK_ZOMBIE || p->state == TASK_DEAD)
		return 0;
	return mm->rss[MM_ANONPAGES] + mm->rss[MM_FILEPAGES] + mm->rss[MM_SWAPENTS] + 1;
}

/* Is p already dying of a SIGKILL it has not acted on yet? */
static bool sigkill_pending(const struct task_struct *p)
{
	return p->pending & (1ULL << (SIGKILL - 1));
}

/* The process with the highest badness, or NULL; *dying if one is already being killed. */
static struct task_struct *select_bad_process(bool *dying)
{
	struct task_struct *p, *chosen = NULL;
	unsigned long best = 0;

	*dying = false;
	for_each_process(p) {
		unsigned long points = badness(p);

		if (points && sigkill_pending(p))
			*dying = true;
		if (points > best) {
			best = points;
			chosen = p;
		}
	}
	return chosen;
}

/*
 * A user fault of current got VM_FAULT_OOM. Kill the process with the
 * highest badness (SIGKILL), or current when there is no other candidate
 * (current being init included, as before: nothing else can be done). If
 * the victim is another process, current gives it the CPU, so that it
 * exits and frees its memory; the fault is then retried. If a victim is
 * already dying, only wait for it.
 */
void pagefault_out_of_memory(unsigned long address)
{
	bool dying;
	struct task_struct *victim = select_bad_process(&dying);

	if (!dying) {
		if (!victim)
			victim = current;
		printk(KERN_ERR "Out of memory: Killed process %d (%s), %lu pages "
		       "(fault of pid %d at %08lx)\n", victim->pid, victim->comm,
		       victim->mm ? badness(victim) : 0UL, current->pid, address);
		send_sig_info(SIGKILL, NULL, victim);
	}
	if (victim != current)
		schedule();
}
