/*
 * Linux guarantees: symlink makes a symbolic link holding its target as
 * given, whether or not the target exists; lstat shows the link itself
 * (S_IFLNK, mode 0777, size the target's length) and stat what it points
 * to; readlink copies the target without a NUL, cut to the buffer, and is
 * EINVAL on anything but a link or for a buffer size of 0. Short targets
 * (kept in the inode on ext2) and long ones (kept in a block) read back
 * the same. An empty target is ENOENT and an existing name EEXIST;
 * symlinkat and readlinkat walk from a dirfd. unlink removes the link,
 * not its target.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

/* The target of link as a string, or "(error)". */
static const char *target_of(const char *link)
{
	static char buf[4096];
	ssize_t n = readlink(link, buf, sizeof(buf) - 1);

	if (n < 0)
		return "(error)";
	buf[n] = 0;
	return buf;
}

int main(void)
{
	char buf[8], t59[60], t60[61], t300[301];
	struct stat64 st;
	int fd = open("sl-file", O_WRONLY | O_CREAT | O_TRUNC, 0640), dir;

	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(write(fd, "hello", 5), 5, "write");
	close(fd);
	EXPECT_EQ(symlink("sl-file", "sl-link"), 0, "symlink");
	EXPECT_EQ(lstat64("sl-link", &st), 0, "lstat64");
	EXPECT_EQ(st.st_mode, S_IFLNK | 0777, "a link, mode 0777");
	EXPECT_EQ(st.st_size, 7, "size: the target's length");
	EXPECT_EQ(st.st_nlink, 1, "one name");
	EXPECT_EQ(stat64("sl-link", &st), 0, "stat64 follows");
	EXPECT_EQ(st.st_mode, S_IFREG | 0640, "the file's mode");
	EXPECT_EQ(st.st_size, 5, "the file's size");
	EXPECT_STREQ(target_of("sl-link"), "sl-file", "readlink");
	EXPECT_EQ(readlink("sl-link", buf, 3), 3, "readlink into 3 bytes");
	EXPECT_TRUE(!memcmp(buf, "sl-", 3), "the first 3 bytes, no NUL");
	EXPECT_ERRNO(readlink("sl-link", buf, 0), EINVAL, "a buffer of 0 bytes");
	EXPECT_ERRNO(readlink("sl-file", buf, sizeof(buf)), EINVAL, "readlink a file");
	EXPECT_ERRNO(readlink(".", buf, sizeof(buf)), EINVAL, "readlink a directory");
	EXPECT_ERRNO(readlink("sl-missing", buf, sizeof(buf)), ENOENT, "readlink a missing name");

	EXPECT_EQ(symlink("sl-nowhere/x", "sl-dangling"), 0, "a link to nothing");
	EXPECT_STREQ(target_of("sl-dangling"), "sl-nowhere/x", "its target");
	EXPECT_ERRNO(stat64("sl-dangling", &st), ENOENT, "stat64 of a dangling link");
	EXPECT_EQ(lstat64("sl-dangling", &st), 0, "lstat64 of a dangling link");
	EXPECT_EQ(symlink("/an/absolute/target", "sl-abs"), 0, "an absolute target");
	EXPECT_STREQ(target_of("sl-abs"), "/an/absolute/target", "kept as given");

	memset(t59, 'a', 59);
	t59[59] = 0;
	memset(t60, 'b', 60);
	t60[60] = 0;
	memset(t300, 'c', 300);
	t300[300] = 0;
	EXPECT_EQ(symlink(t59, "sl-59"), 0, "a 59-byte target");
	EXPECT_EQ(symlink(t60, "sl-60"), 0, "a 60-byte target");
	EXPECT_EQ(symlink(t300, "sl-300"), 0, "a 300-byte target");
	EXPECT_STREQ(target_of("sl-59"), t59, "59 bytes read back");
	EXPECT_STREQ(target_of("sl-60"), t60, "60 bytes read back");
	EXPECT_STREQ(target_of("sl-300"), t300, "300 bytes read back");
	EXPECT_EQ(lstat64("sl-300", &st), 0, "lstat64 the long one");
	EXPECT_EQ(st.st_size, 300, "its size");

	EXPECT_ERRNO(symlink("", "sl-empty"), ENOENT, "an empty target");
	EXPECT_ERRNO(symlink("x", "sl-file"), EEXIST, "over an existing file");
	EXPECT_ERRNO(symlink("x", "sl-dangling"), EEXIST, "over a dangling link");
	EXPECT_ERRNO(symlink("x", "sl-nodir/l"), ENOENT, "in a missing directory");
	EXPECT_ERRNO(symlink("x", "sl-newdir/"), ENOENT, "a trailing slash");

	ASSERT_TRUE(mkdir("sl-dir", 0755) == 0, "mkdir");
	dir = open("sl-dir", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "open the directory");
	EXPECT_EQ(symlinkat("../sl-file", dir, "up"), 0, "symlinkat");
	EXPECT_EQ(readlinkat(dir, "up", buf, sizeof(buf)), 8, "readlinkat");
	EXPECT_TRUE(!memcmp(buf, "../sl-fi", 8), "its bytes");
	EXPECT_EQ(stat64("sl-dir/up", &st), 0, "the relative target from the link's directory");
	EXPECT_EQ(st.st_size, 5, "is the file");
	EXPECT_ERRNO(readlinkat(dir, "", buf, sizeof(buf)), ENOENT, "readlinkat an empty path");

	EXPECT_EQ(unlink("sl-link"), 0, "unlink the link");
	EXPECT_ERRNO(lstat64("sl-link", &st), ENOENT, "the link is gone");
	EXPECT_EQ(stat64("sl-file", &st), 0, "the file is still there");
	close(dir);
	unlink("sl-dir/up");
	rmdir("sl-dir");
	unlink("sl-dangling");
	unlink("sl-abs");
	unlink("sl-59");
	unlink("sl-60");
	unlink("sl-300");
	unlink("sl-file");
	return test_done();
}
