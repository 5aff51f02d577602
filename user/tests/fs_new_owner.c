/*
 * A new file or directory belongs to its creator's (filesystem) uid and
 * gid - unless its directory has the set-group-ID bit: then it takes the
 * directory's group, and a new directory inherits the bit.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

static int child(void)
{
	struct stat st;
	int fd;

	ASSERT_TRUE(syscall(__NR_setresgid32, 3, 3, 3) == 0, "setresgid");
	ASSERT_TRUE(syscall(__NR_setresuid32, 65534, 65534, 65534) == 0, "setresuid");
	fd = open("plain/f", O_CREAT | O_WRONLY, 0644);
	ASSERT_TRUE(fd >= 0, "create in a plain directory");
	close(fd);
	ASSERT_TRUE(stat("plain/f", &st) == 0, "stat");
	EXPECT_EQ(st.st_uid, 65534, "owner: the creator");
	EXPECT_EQ(st.st_gid, 3, "group: the creator's");
	fd = open("sgid/f", O_CREAT | O_WRONLY, 0644);
	ASSERT_TRUE(fd >= 0, "create in a set-group-ID directory");
	close(fd);
	ASSERT_TRUE(stat("sgid/f", &st) == 0, "stat");
	EXPECT_EQ(st.st_uid, 65534, "owner: the creator");
	EXPECT_EQ(st.st_gid, 5, "group: the directory's");
	ASSERT_TRUE(mkdir("sgid/d", 0777) == 0, "mkdir there");
	ASSERT_TRUE(stat("sgid/d", &st) == 0, "stat");
	EXPECT_EQ(st.st_gid, 5, "the new directory's group too");
	EXPECT_TRUE(st.st_mode & S_ISGID, "and it inherits the bit");
	return test_done();
}

int main(void)
{
	int status;
	pid_t pid;

	ASSERT_TRUE(mkdir("plain", 0777) == 0 && chmod("plain", 0777) == 0, "a plain directory");
	ASSERT_TRUE(mkdir("sgid", 0777) == 0 && chown("sgid", 0, 5) == 0 &&
		    chmod("sgid", 02777) == 0, "a set-group-ID directory of group 5");
	pid = fork();
	if (pid == 0)
		_exit(child());
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "the child's checks");
	unlink("plain/f");
	unlink("sgid/f");
	rmdir("sgid/d");
	rmdir("sgid");
	rmdir("plain");
	return test_done();
}
