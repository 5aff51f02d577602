/*
 * A forked child shares its parent's open files, position included: what
 * the child writes moves the offset the parent sees, so their writes land
 * one after the other. Closing a descriptor in the child leaves the
 * parent's open.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	char buf[16] = { 0 };
	int fd = open("fork-fds", O_RDWR | O_CREAT | O_TRUNC, 0644), status;
	pid_t pid;

	ASSERT_TRUE(fd >= 0, "create a file");
	EXPECT_EQ(write(fd, "one,", 4), 4, "parent writes first");
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		int ok = write(fd, "two,", 4) == 4;

		close(fd);
		_exit(ok ? 0 : 1);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, "child's write");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 8, "parent's offset moved by the child");
	EXPECT_EQ(write(fd, "three", 5), 5, "parent writes after the child, fd still open");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "rewind");
	EXPECT_EQ(read(fd, buf, sizeof(buf) - 1), 13, "read everything");
	EXPECT_STREQ(buf, "one,two,three", "writes in order");
	close(fd);
	unlink("fork-fds");
	return test_done();
}
