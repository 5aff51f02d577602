/*
 * fork shares anonymous memory copy-on-write. Linux guarantees each child
 * starts with an exact copy of the parent's memory, and from then on
 * neither side sees the other's stores, however many children there are;
 * pages nobody writes stay shared (and cost nothing).
 */
#include "fault_util.h"

#define NPAGES 32
#define NCHILD 8

static unsigned char expected(int page, int who)
{
	return (unsigned char)(page * 7 + who * 31 + 1);
}

static int check_all(unsigned char *p, int who)
{
	int i, bad = 0;

	for (i = 0; i < NPAGES; i++)
		bad += p[i * PAGE] != expected(i, who) || p[i * PAGE + PAGE - 1] != expected(i, who);
	return bad;
}

static void fill(unsigned char *p, int who, int from, int to)
{
	int i;

	for (i = from; i < to; i++) {
		p[i * PAGE] = expected(i, who);
		p[i * PAGE + PAGE - 1] = expected(i, who);
	}
}

/* Child c: sees the parent's data, overwrites half, and still sees the rest. */
static int child(unsigned char *p, int c)
{
	int i, bad = check_all(p, 0);

	fill(p, c, 0, NPAGES / 2);
	for (i = 0; i < NPAGES / 2; i++)
		bad += p[i * PAGE] != expected(i, c);
	for (i = NPAGES / 2; i < NPAGES; i++)
		bad += p[i * PAGE] != expected(i, 0);
	return bad ? 1 : 0;
}

int main(void)
{
	unsigned char *p = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	static int on_bss = 5;
	int c, status;

	ASSERT_TRUE(p != MAP_FAILED, "mmap");
	fill(p, 0, 0, NPAGES);
	for (c = 1; c <= NCHILD; c++) {
		pid_t pid = fork();

		ASSERT_TRUE(pid >= 0, "fork");
		if (pid == 0) {
			on_bss = c;
			_exit(child(p, c) + (on_bss != c));
		}
	}
	/* The parent writes too, while the children run. */
	fill(p, 0, NPAGES - 4, NPAGES);
	for (c = 1; c <= NCHILD; c++) {
		ASSERT_TRUE(wait(&status) > 0, "wait");
		EXPECT_EXITED(status, 0, "a child checking its copy");
	}
	EXPECT_EQ(check_all(p, 0), 0, "pages of the parent changed by a child");
	EXPECT_EQ(on_bss, 5, "parent's static variable after the children wrote theirs");

	/* A grandchild of a child: COW of COW. */
	if (fork() == 0) {
		p[0] = 99;
		if (fork() == 0)
			_exit(p[0] == 99 && (p[0] = 100) == 100 ? 0 : 1);
		wait(&status);
		_exit(WIFEXITED(status) && WEXITSTATUS(status) == 0 && p[0] == 99 ? 0 : 1);
	}
	wait(&status);
	EXPECT_EXITED(status, 0, "child and grandchild writing the same page");
	EXPECT_EQ(p[0], expected(0, 0), "parent's page 0 after both wrote");
	return test_done();
}
