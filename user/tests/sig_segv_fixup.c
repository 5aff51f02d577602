/*
 * A SIGSEGV handler may repair the cause and return: the faulting
 * instruction runs again and succeeds. Here the handler makes a PROT_NONE
 * or read-only page writable, so the interrupted store completes; si_addr
 * lies in that page each time. Doing it 500 times in a row works too.
 */
#include "fault_util.h"

static volatile int fixes;
static char *volatile fix_page;	/* volatile: set before the faulting store */

static void fixer(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	fixes++;
	if ((char *)si->si_addr < fix_page || (char *)si->si_addr >= fix_page + PAGE)
		_exit(5);
	mprotect(fix_page, PAGE, PROT_READ | PROT_WRITE);
}

int main(void)
{
	struct sigaction sa;
	volatile char *a = mmap(NULL, PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int i;

	ASSERT_TRUE(a != MAP_FAILED, "mmap a PROT_NONE page");
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fixer;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	fix_page = (char *)a;
	a[100] = 42;
	EXPECT_EQ(fixes, 1, "one fault repaired");
	EXPECT_EQ(a[100], 42, "the store completed");
	for (i = 0; i < 500; i++) {
		mprotect((void *)a, PAGE, i & 1 ? PROT_READ : PROT_NONE);
		a[i] = (char)i;
	}
	EXPECT_EQ(fixes, 501, "500 more repairs");
	EXPECT_EQ(a[499], (char)499, "the last store");
	munmap((void *)a, PAGE);
	return test_done();
}
