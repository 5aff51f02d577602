/*
 * Open files survive execve (same descriptor number, same file position)
 * unless opened with O_CLOEXEC, which execve closes. The test re-executes
 * itself with the descriptor numbers as arguments.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <test.h>

static int after_exec(int keep, int cloexec)
{
	char buf[8] = { 0 };

	EXPECT_EQ(lseek(keep, 0, SEEK_CUR), 5, "position kept across execve");
	EXPECT_EQ(write(keep, "world", 5), 5, "write to the kept descriptor");
	EXPECT_EQ(lseek(keep, 0, SEEK_SET), 0, "rewind");
	EXPECT_EQ(read(keep, buf, 5), 5, "read it back");
	EXPECT_STREQ(buf, "hello", "contents");
	EXPECT_ERRNO(lseek(cloexec, 0, SEEK_CUR), EBADF, "O_CLOEXEC descriptor closed");
	return test_done();
}

int main(int argc, char **argv)
{
	char a[16], b[16], buf[16] = { 0 };
	int keep, cloexec, status;
	pid_t pid;

	if (argc == 4 && !strcmp(argv[1], "after-exec"))
		return after_exec(atoi(argv[2]), atoi(argv[3]));

	keep = open("exec-fds", O_RDWR | O_CREAT | O_TRUNC, 0644);
	cloexec = open("exec-fds", O_RDONLY | O_CLOEXEC);
	ASSERT_TRUE(keep >= 0 && cloexec >= 0, "open the file twice");
	EXPECT_EQ(write(keep, "hello", 5), 5, "write hello");

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		char *args[] = { argv[0], "after-exec", a, b, NULL };

		snprintf(a, sizeof(a), "%d", keep);
		snprintf(b, sizeof(b), "%d", cloexec);
		execve(argv[0], args, environ);
		_exit(99);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, "checks after execve (99: execve failed)");
	EXPECT_EQ(lseek(keep, 0, SEEK_SET), 0, "rewind in the parent");
	EXPECT_EQ(read(keep, buf, 10), 10, "the parent reads what the child wrote");
	EXPECT_STREQ(buf, "helloworld", "contents after both");
	close(keep);
	close(cloexec);
	unlink("exec-fds");
	return test_done();
}
