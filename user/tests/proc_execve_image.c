/*
 * execve replaces the whole address space: a mapping made before it is
 * gone afterwards, and the new program's data and bss start from the file
 * (initialised data has its initial value, bss is zero), whatever the old
 * image held there. The test re-executes itself with the old mapping's
 * address as an argument.
 */
#include <stdlib.h>
#include <sys/mman.h>
#include <test.h>

static int data_var = 1234;
static int bss_var;

static int after_exec(unsigned long old_map)
{
	EXPECT_EQ(data_var, 1234, "initialised data from the file");
	EXPECT_EQ(bss_var, 0, "bss is zero");
	EXPECT_EQ(test_user_readable((void *)old_map), 0, "old mapping gone");
	return test_done();
}

int main(int argc, char **argv)
{
	char arg[32];
	char *map;
	int status;
	pid_t pid;

	if (argc == 3 && !strcmp(argv[1], "after-exec"))
		return after_exec(strtoul(argv[2], NULL, 16));

	/*
	 * At a fixed address far from where either kernel places the new
	 * image's own mappings: with address-space randomization the new
	 * program could otherwise map something at the old address by chance.
	 */
	map = mmap((void *)0x30000000, 4096, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	ASSERT_TRUE(map != MAP_FAILED, "mmap");
	map[0] = 'x';
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		char *args[] = { argv[0], "after-exec", arg, NULL };

		data_var = 99;
		bss_var = 99;
		snprintf(arg, sizeof(arg), "%lx", (unsigned long)map);
		execve(argv[0], args, environ);
		_exit(99);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, "checks after execve (99: execve failed)");
	EXPECT_EQ(map[0], 'x', "the parent's mapping is untouched");
	return test_done();
}
