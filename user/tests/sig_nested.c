/*
 * Signal frames nest: a handler that raises another signal runs that
 * signal's handler on top of its own frame, and both return in order to the
 * interrupted code, whose locals are intact.
 */
#include <signal.h>
#include <test.h>

static volatile int order[4], n;

static void on_usr2(int sig)
{
	order[n++] = 2;
}

static void on_usr1(int sig)
{
	volatile int local = 1234;

	order[n++] = 1;
	raise(SIGUSR2);
	order[n++] = local == 1234 ? 3 : -3;
}

int main(void)
{
	volatile unsigned long canary = 0xcafef00d;

	signal(SIGUSR1, on_usr1);
	signal(SIGUSR2, on_usr2);
	raise(SIGUSR1);
	EXPECT_EQ(n, 3, "handlers run");
	EXPECT_EQ(order[0], 1, "SIGUSR1 handler first");
	EXPECT_EQ(order[1], 2, "SIGUSR2 handler inside it");
	EXPECT_EQ(order[2], 3, "back in the SIGUSR1 handler, its local intact");
	EXPECT_EQ(canary, 0xcafef00d, "main's local intact");
	return test_done();
}
