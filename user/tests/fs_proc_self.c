/*
 * Linux guarantees: /proc/self is a symbolic link whose target is the
 * caller's pid, so each process that follows it reaches its own
 * /proc/PID: lstat shows a link, readlink gives the pid as text, stat
 * and paths through it reach the directory, and a child of fork reads its
 * own pid there. getdents of /proc lists it as DT_LNK.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <test.h>

/* The target of /proc/self as a number, or -1. */
static long self_pid(void)
{
	char buf[16];
	ssize_t n = readlink("/proc/self", buf, sizeof(buf) - 1);

	if (n <= 0)
		return -1;
	buf[n] = 0;
	return strtol(buf, NULL, 10);
}

int main(void)
{
	struct stat64 st, real;
	char path[32];
	struct dirent *de;
	int fd, status, type = -1;
	pid_t pid;
	DIR *d;

	EXPECT_EQ(lstat64("/proc/self", &st), 0, "lstat64 /proc/self");
	EXPECT_TRUE(S_ISLNK(st.st_mode), "a symbolic link");
	EXPECT_EQ(self_pid(), getpid(), "readlink gives the pid");
	snprintf(path, sizeof(path), "/proc/%d", getpid());
	EXPECT_EQ(stat64("/proc/self", &st), 0, "stat64 follows it");
	EXPECT_EQ(stat64(path, &real), 0, "stat64 /proc/PID");
	EXPECT_TRUE(S_ISDIR(st.st_mode) && st.st_ino == real.st_ino, "to /proc/PID");
	fd = open("/proc/self/maps", O_RDONLY);
	EXPECT_TRUE(fd >= 0, "open through it");
	close(fd);

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0)
		_exit(self_pid() == getpid() ? 0 : 1);
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "wait");
	EXPECT_EXITED(status, 0, "the child reads its own pid");

	d = opendir("/proc");
	ASSERT_TRUE(d != NULL, "opendir /proc");
	while ((de = readdir(d)))
		if (!strcmp(de->d_name, "self"))
			type = de->d_type;
	closedir(d);
	EXPECT_EQ(type, DT_LNK, "listed as a link");
	return test_done();
}
