/*
 * fork returns the child's pid in the parent and 0 in the child; the child's
 * getpid() is that pid and its getppid() the parent. The child starts with
 * a copy of the parent's memory (data, bss, heap, stack) and its writes stay
 * in the child.
 */
#include <stdlib.h>
#include <test.h>

static int data_var = 1;
static int bss_var;

int main(void)
{
	int stack_var = 3, status;
	int *heap_var = malloc(sizeof(int));
	pid_t parent = getpid(), pid;

	*heap_var = 4;
	bss_var = 2;
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		int bad = 0;

		if (getppid() != parent)
			bad |= 1;
		if (data_var != 1 || bss_var != 2 || stack_var != 3 || *heap_var != 4)
			bad |= 2;
		data_var = bss_var = stack_var = *heap_var = 99;
		if (data_var != 99 || *heap_var != 99)
			bad |= 4;
		_exit(bad);
	}
	EXPECT_TRUE(pid != parent, "child pid differs from the parent's");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid returns fork's value");
	EXPECT_EXITED(status, 0, "child checks (1: getppid, 2: copied memory, 4: own writes)");
	EXPECT_EQ(data_var, 1, "parent's data after the child wrote it");
	EXPECT_EQ(bss_var, 2, "parent's bss after the child wrote it");
	EXPECT_EQ(stack_var, 3, "parent's stack after the child wrote it");
	EXPECT_EQ(*heap_var, 4, "parent's heap after the child wrote it");
	EXPECT_EQ(getpid(), parent, "parent's pid unchanged");
	return test_done();
}
