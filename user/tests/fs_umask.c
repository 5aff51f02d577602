/*
 * Linux guarantees: umask sets the process's file-creation mask and
 * returns the old one; open with O_CREAT and mkdir clear the mask's bits
 * from the mode they are given. The mask is per process: a child of fork
 * starts with its parent's, and a change in the child leaves the parent's
 * alone.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <test.h>

static mode_t mode_of(const char *path)
{
	struct stat64 st;

	if (stat64(path, &st))
		return (mode_t)-1;
	return st.st_mode & 07777;
}

int main(void)
{
	mode_t old = umask(027);
	int fd, status;
	pid_t pid;

	EXPECT_EQ(umask(027), 027, "umask returns the mask just set");
	fd = open("umask-file", O_WRONLY | O_CREAT | O_EXCL, 0666);
	ASSERT_TRUE(fd >= 0, "create");
	close(fd);
	EXPECT_EQ(mode_of("umask-file"), 0640, "0666 & ~027");
	EXPECT_EQ(mkdir("umask-dir", 0777), 0, "mkdir");
	EXPECT_EQ(mode_of("umask-dir"), 0750, "0777 & ~027");
	fd = syscall(__NR_creat, "umask-creat", 0666);
	EXPECT_TRUE(fd >= 0, "creat");
	close(fd);
	EXPECT_EQ(mode_of("umask-creat"), 0640, "creat: 0666 & ~027");

	EXPECT_EQ(umask(0), 027, "umask(0)");
	fd = open("umask-file0", O_WRONLY | O_CREAT | O_EXCL, 0666);
	close(fd);
	EXPECT_EQ(mode_of("umask-file0"), 0666, "mask 0: the mode as given");
	EXPECT_EQ(umask(01777), 0, "set a mask with too many bits");
	EXPECT_EQ(umask(077), 0777, "only the permission bits are kept");

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0)
		_exit(umask(0) == 077 && umask(0) == 0 ? 0 : 1);
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "wait");
	EXPECT_EXITED(status, 0, "the child starts with the parent's mask");
	EXPECT_EQ(umask(old), 077, "the child's change is its own");

	unlink("umask-file");
	unlink("umask-file0");
	unlink("umask-creat");
	rmdir("umask-dir");
	return test_done();
}
