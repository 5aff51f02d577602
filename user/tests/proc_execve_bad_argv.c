/*
 * execve checks every argv and envp pointer: an array that runs into an
 * unmapped page without its NULL, a string pointer into the kernel half or
 * to an unmapped page, all give EFAULT, and the caller keeps running. An
 * envp of NULL is allowed and means an empty environment.
 */
#include <stdlib.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(int argc, char **argv)
{
	char **arr;
	char *page;
	char *args[] = { argv[0], NULL, NULL };
	int status, pid;

	if (argc > 1)
		return strcmp(argv[1], "child") == 0 ? 42 : 7;
	page = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(page != MAP_FAILED, "mmap");
	munmap(page + PAGE, PAGE);
	/* argv fills the end of the page with no NULL before the unmapped one. */
	arr = (char **)(page + PAGE) - 2;
	arr[0] = argv[0];
	arr[1] = argv[0];
	EXPECT_ERRNO(execve(argv[0], arr, NULL), EFAULT, "argv without NULL before a hole");
	EXPECT_ERRNO(execve(argv[0], args, arr), EFAULT, "envp without NULL before a hole");
	args[1] = (char *)0xfffff000UL;
	EXPECT_ERRNO(execve(argv[0], args, NULL), EFAULT, "an argument in the kernel half");
	args[1] = page + PAGE;
	EXPECT_ERRNO(execve(argv[0], args, NULL), EFAULT, "an argument on an unmapped page");
	EXPECT_ERRNO(execve(argv[0], (char **)(page + PAGE), NULL), EFAULT, "argv on an unmapped page");
	args[1] = "child";
	pid = fork();
	if (pid == 0) {
		execve(argv[0], args, NULL);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	EXPECT_EXITED(status, 42, "execve with envp NULL runs");
	return test_done();
}
