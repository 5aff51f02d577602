/*
 * modify_ldt: a program writes a data descriptor into its LDT (entry 0,
 * base a variable of ours, limit 4), loads selector 7 (entry 0, the LDT,
 * ring 3) into %fs and reads and writes the variable through %fs:0. Read
 * back, the LDT holds that descriptor; a fork child has a copy and sees the
 * same bytes through %fs. Bad
 * calls: another func is ENOSYS, a size that is not a user_desc's, an
 * entry past 8191, or conforming code (contents 3) in the old call are
 * EINVAL.
 */
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

struct user_desc {
	unsigned int entry_number, base_addr, limit;
	unsigned int seg_32bit:1, contents:2, read_exec_only:1, limit_in_pages:1,
		     seg_not_present:1, useable:1;
};

static int variable = 42;

static int read_fs0(void)
{
	int v;

	__asm__ __volatile__("movl %%fs:0, %0" : "=r"(v));
	return v;
}

int main(void)
{
	struct user_desc d = { 0, (unsigned int)&variable, 4, 1, 0, 0, 0, 0, 1 };
	unsigned int table[4] = { 0 };
	int status;
	pid_t pid;

	ASSERT_TRUE(syscall(__NR_modify_ldt, 1, &d, sizeof(d)) == 0, "write LDT entry 0");
	__asm__ __volatile__("movw %w0, %%fs" : : "q"(7));
	EXPECT_EQ(read_fs0(), 42, "%fs:0 is our variable");
	__asm__ __volatile__("movl %0, %%fs:0" : : "r"(99));
	EXPECT_EQ(variable, 99, "a store through %fs reaches it");
	EXPECT_EQ(syscall(__NR_modify_ldt, 0, table, sizeof(table)), (long)sizeof(table), "read the LDT");
	EXPECT_EQ(table[0], (((unsigned int)&variable & 0xffff) << 16) | 4, "entry 0's low word");
	EXPECT_TRUE(table[2] == 0 && table[3] == 0, "and nothing past it");

	pid = fork();
	if (pid == 0)
		_exit(read_fs0() == 99 ? 0 : 1);
	ASSERT_TRUE(waitpid(pid, &status, 0) == pid, "wait");
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0, "a fork child has the LDT too");

	EXPECT_ERRNO(syscall(__NR_modify_ldt, 7, table, sizeof(table)), ENOSYS, "func 7");
	EXPECT_ERRNO(syscall(__NR_modify_ldt, 1, &d, sizeof(d) - 1), EINVAL, "a short user_desc");
	d.entry_number = 8192;
	EXPECT_ERRNO(syscall(__NR_modify_ldt, 1, &d, sizeof(d)), EINVAL, "entry 8192");
	d.entry_number = 1, d.contents = 3;
	EXPECT_ERRNO(syscall(__NR_modify_ldt, 1, &d, sizeof(d)), EINVAL, "conforming code, old call");
	__asm__ __volatile__("movw %w0, %%fs" : : "q"(0));
	return test_done();
}
