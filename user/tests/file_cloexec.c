/*
 * Linux guarantees: a descriptor opened with O_CLOEXEC is closed by
 * execve, one opened without it stays open (same file, same offset).
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <test.h>

static int child(int keep, int gone)
{
	struct stat st;

	EXPECT_EQ(fstat(keep, &st), 0, "the plain fd survives execve");
	EXPECT_EQ(lseek(keep, 0, SEEK_CUR), 3, "with its offset");
	EXPECT_ERRNO(fstat(gone, &st), EBADF, "the O_CLOEXEC fd is closed");
	return test_done();
}

int main(int argc, char **argv)
{
	char keep_s[16], gone_s[16];
	char *args[] = { argv[0], "child", keep_s, gone_s, NULL };
	int keep, gone, status;
	pid_t pid;

	if (argc == 4 && !strcmp(argv[1], "child"))
		return child(atoi(argv[2]), atoi(argv[3]));
	keep = open("cloexec-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	gone = open("cloexec-file", O_RDONLY | O_CLOEXEC);
	ASSERT_TRUE(keep >= 0 && gone >= 0, "open");
	EXPECT_EQ(write(keep, "abc", 3), 3, "write");
	snprintf(keep_s, sizeof(keep_s), "%d", keep);
	snprintf(gone_s, sizeof(gone_s), "%d", gone);
	pid = fork();
	if (pid == 0) {
		execve(argv[0], args, NULL);
		_exit(99);
	}
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, "the re-executed child");
	close(keep);
	close(gone);
	unlink("cloexec-file");
	return test_done();
}
