/*
 * /proc/PID/fd: a symbolic link per open fd, named by its number. A file's
 * link names its absolute path (opening the link opens the file), a
 * pipe's says "pipe:[INODE]"; once the fd is closed the link is gone
 * (ENOENT); the directory lists exactly the open fds.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <test.h>

/* Is fd in the listing of d (a fresh opendir of /proc/self/fd if NULL)? */
static int listed_in(DIR *d, int fd)
{
	char want[12];
	struct dirent *e;
	int found = 0;

	if (!d && !(d = opendir("/proc/self/fd")))
		return -1;
	snprintf(want, sizeof(want), "%d", fd);
	while ((e = readdir(d)))
		found |= !strcmp(e->d_name, want);
	closedir(d);
	return found;
}

static int listed(int fd)
{
	return listed_in(NULL, fd);
}

int main(void)
{
	char path[64], target[512] = "", cwd[400], want[512], buf[8] = "";
	int fd = open("fdfile", O_RDWR | O_CREAT | O_TRUNC, 0644), p[2], again;
	struct stat st;
	DIR *dir;

	ASSERT_TRUE(fd >= 0 && write(fd, "hello", 5) == 5, "a file");
	ASSERT_TRUE(pipe(p) == 0, "a pipe");
	ASSERT_TRUE(getcwd(cwd, sizeof(cwd)) != NULL, "getcwd");
	EXPECT_EQ(listed(fd), 1, "the file's fd is listed");
	EXPECT_EQ(listed(p[0]), 1, "so is the pipe's");

	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	EXPECT_TRUE(lstat(path, &st) == 0 && S_ISLNK(st.st_mode), "a symbolic link");
	snprintf(want, sizeof(want), "%s/fdfile", cwd);
	EXPECT_EQ(readlink(path, target, sizeof(target) - 1), (long)strlen(want), "readlink");
	EXPECT_STREQ(target, want, "it names the file's absolute path");
	again = open(path, O_RDONLY);
	EXPECT_TRUE(again >= 0 && read(again, buf, 5) == 5 && !strcmp(buf, "hello"),
		    "opening the link opens the file");
	close(again);

	snprintf(path, sizeof(path), "/proc/self/fd/%d", p[0]);
	memset(target, 0, sizeof(target));
	EXPECT_TRUE(readlink(path, target, sizeof(target) - 1) > 0 && !strncmp(target, "pipe:[", 6),
		    "a pipe's link says pipe:[...]");

	dir = opendir("/proc/self/fd");		/* before the close: its own fd is another */
	close(p[0]);
	EXPECT_ERRNO(readlink(path, target, sizeof(target)), ENOENT, "a closed fd's link is gone");
	EXPECT_EQ(listed_in(dir, p[0]), 0, "and no longer listed");
	EXPECT_ERRNO(readlink("/proc/self/fd/999", target, sizeof(target)), ENOENT, "an fd never open");
	return test_done();
}
