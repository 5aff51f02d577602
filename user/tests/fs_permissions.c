/*
 * File permissions for an unprivileged process (uid 65534), as Linux
 * checks them: reading or writing (truncate too) needs the class's r or w
 * bit (EACCES);
 * walking into a directory needs x (EACCES, stat and chdir too); creating or
 * removing a name needs w and x on its directory; in a sticky directory
 * only a file's owner (or the directory's, or root) may remove it (EPERM);
 * chmod and chown of someone else's file are EPERM; access() answers with
 * the real ids. Root passes all of these.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <test.h>

static int child(void)
{
	struct stat st;

	ASSERT_TRUE(syscall(__NR_setresuid32, 65534, 65534, 65534) == 0, "become nobody");
	EXPECT_ERRNO(open("p/secret", O_RDONLY), EACCES, "a 0600 file of root's");
	EXPECT_ERRNO(open("p/readonly", O_WRONLY), EACCES, "writing a 0644 file");
	EXPECT_TRUE(open("p/readonly", O_RDONLY) >= 0, "but reading it is fine");
	EXPECT_ERRNO(truncate("p/readonly", 0), EACCES, "truncate needs w too");
	EXPECT_ERRNO(stat("closed/inside", &st), EACCES, "stat through a 0700 directory");
	EXPECT_ERRNO(chdir("closed"), EACCES, "chdir into it");
	EXPECT_ERRNO(open("p/new", O_CREAT | O_WRONLY, 0644), EACCES, "create in a 0755 directory");
	EXPECT_ERRNO(unlink("p/readonly"), EACCES, "unlink from it");
	EXPECT_ERRNO(mkdir("p/d", 0755), EACCES, "mkdir in it");
	EXPECT_ERRNO(unlink("sticky/roots"), EPERM, "another's file in a sticky directory");
	EXPECT_TRUE(open("sticky/mine", O_CREAT | O_WRONLY, 0644) >= 0, "my own file there");
	EXPECT_EQ(unlink("sticky/mine"), 0, "which I may remove");
	EXPECT_ERRNO(chmod("p/readonly", 0777), EPERM, "chmod of root's file");
	EXPECT_ERRNO(chown("p/readonly", 65534, 65534), EPERM, "chown of it");
	EXPECT_ERRNO(access("p/secret", R_OK), EACCES, "access(R_OK)");
	EXPECT_EQ(access("p/readonly", R_OK), 0, "access(R_OK) of a readable one");
	return test_done();
}

int main(void)
{
	int fd, status;
	pid_t pid;

	ASSERT_TRUE(mkdir("p", 0755) == 0 && chmod("p", 0755) == 0, "a 0755 directory");
	fd = open("p/secret", O_CREAT | O_WRONLY, 0600);
	ASSERT_TRUE(fd >= 0, "a 0600 file");
	close(fd);
	fd = open("p/readonly", O_CREAT | O_WRONLY, 0644);
	ASSERT_TRUE(fd >= 0 && chmod("p/readonly", 0644) == 0, "a 0644 file");
	close(fd);
	ASSERT_TRUE(mkdir("closed", 0700) == 0 && chmod("closed", 0700) == 0, "a 0700 directory");
	fd = open("closed/inside", O_CREAT | O_WRONLY, 0644);
	close(fd);
	ASSERT_TRUE(mkdir("sticky", 0777) == 0 && chmod("sticky", 01777) == 0, "a sticky directory");
	fd = open("sticky/roots", O_CREAT | O_WRONLY, 0666);
	ASSERT_TRUE(fd >= 0 && chmod("sticky/roots", 0666) == 0, "root's file in it");
	close(fd);

	pid = fork();
	if (pid == 0)
		_exit(child());
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "the unprivileged checks");
	EXPECT_TRUE((fd = open("p/secret", O_RDWR)) >= 0, "root opens the 0600 file");
	close(fd);
	EXPECT_EQ(unlink("sticky/roots"), 0, "root removes from the sticky directory");
	unlink("p/secret");
	unlink("p/readonly");
	unlink("closed/inside");
	rmdir("closed");
	rmdir("p");
	rmdir("sticky");
	return test_done();
}
