/*
 * Linux guarantees: the calls that act on a name act on a symbolic link in
 * the last component itself, never on its target: lstat, lchown,
 * fstatat/utimensat/fchownat with AT_SYMLINK_NOFOLLOW, unlink, and rename
 * (a moved link keeps its target text); mkdir and symlink over a link,
 * even a dangling one, are EEXIST; rmdir of a link to a directory is
 * ENOTDIR. The others follow it: stat, chmod, chown, truncate, and open,
 * which creates a dangling link's target under O_CREAT; O_CREAT|O_EXCL on
 * a link is EEXIST and O_NOFOLLOW is ELOOP (unless a trailing '/' asks
 * for the directory).
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static struct stat64 st;

int main(void)
{
	struct timespec ts[2] = { { 1000000000, 0 }, { 1000000000, 0 } };
	char buf[32];
	int fd;

	ASSERT_TRUE(mkdir("sll-dir", 0755) == 0, "mkdir");
	fd = open("sll-file", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(write(fd, "0123456789", 10), 10, "write");
	close(fd);
	ASSERT_TRUE(symlink("sll-file", "sll-tofile") == 0, "link to the file");
	ASSERT_TRUE(symlink("sll-dir", "sll-todir") == 0, "link to the directory");
	ASSERT_TRUE(symlink("sll-new", "sll-dangling") == 0, "dangling link");

	EXPECT_EQ(chmod("sll-tofile", 0600), 0, "chmod follows");
	EXPECT_EQ(stat64("sll-file", &st), 0, "stat the file");
	EXPECT_EQ(st.st_mode, S_IFREG | 0600, "the file's mode changed");
	EXPECT_EQ(lchown("sll-tofile", 5, 6), 0, "lchown");
	EXPECT_EQ(lstat64("sll-tofile", &st), 0, "lstat the link");
	EXPECT_TRUE(st.st_uid == 5 && st.st_gid == 6, "the link's owner changed");
	EXPECT_EQ(stat64("sll-file", &st), 0, "stat the file");
	EXPECT_TRUE(st.st_uid == 0 && st.st_gid == 0, "the file's did not");
	EXPECT_EQ(chown("sll-tofile", 7, 8), 0, "chown follows");
	EXPECT_EQ(stat64("sll-file", &st), 0, "stat the file");
	EXPECT_TRUE(st.st_uid == 7 && st.st_gid == 8, "the file's owner changed");
	EXPECT_EQ(fchownat(AT_FDCWD, "sll-tofile", 9, 9, AT_SYMLINK_NOFOLLOW), 0,
		  "fchownat AT_SYMLINK_NOFOLLOW");
	EXPECT_EQ(lstat64("sll-tofile", &st), 0, "lstat");
	EXPECT_EQ(st.st_uid, 9, "the link's owner");
	EXPECT_EQ(utimensat(AT_FDCWD, "sll-tofile", ts, AT_SYMLINK_NOFOLLOW), 0,
		  "utimensat AT_SYMLINK_NOFOLLOW");
	EXPECT_EQ(lstat64("sll-tofile", &st), 0, "lstat");
	EXPECT_EQ(st.st_mtime, 1000000000, "the link's time");
	EXPECT_EQ(stat64("sll-file", &st), 0, "stat the file");
	EXPECT_NE(st.st_mtime, 1000000000, "not the file's");
	EXPECT_EQ(fstatat64(AT_FDCWD, "sll-tofile", &st, AT_SYMLINK_NOFOLLOW), 0,
		  "fstatat64 AT_SYMLINK_NOFOLLOW");
	EXPECT_TRUE(S_ISLNK(st.st_mode), "the link");
	EXPECT_EQ(truncate("sll-tofile", 4), 0, "truncate follows");
	EXPECT_EQ(stat64("sll-file", &st), 0, "stat the file");
	EXPECT_EQ(st.st_size, 4, "the file was cut");

	EXPECT_ERRNO(mkdir("sll-dangling", 0755), EEXIST, "mkdir over a dangling link");
	EXPECT_ERRNO(mkdir("sll-dangling/", 0755), EEXIST, "... with a trailing slash");
	EXPECT_ERRNO(rmdir("sll-todir"), ENOTDIR, "rmdir a link to a directory");
	EXPECT_ERRNO(rmdir("sll-todir/"), ENOTDIR, "... with a trailing slash");
	EXPECT_ERRNO(unlink("sll-todir/"), ENOTDIR, "unlink with a trailing slash");

	EXPECT_ERRNO(open("sll-tofile", O_RDONLY | O_NOFOLLOW), ELOOP, "O_NOFOLLOW");
	EXPECT_ERRNO(open("sll-tofile", O_WRONLY | O_CREAT | O_NOFOLLOW, 0644), ELOOP,
		     "O_CREAT|O_NOFOLLOW");
	fd = open("sll-todir/", O_RDONLY | O_NOFOLLOW);
	EXPECT_TRUE(fd >= 0, "O_NOFOLLOW with a trailing slash opens the directory");
	close(fd);
	fd = open("sll-todir/x", O_WRONLY | O_CREAT | O_NOFOLLOW, 0644);
	EXPECT_TRUE(fd >= 0, "O_NOFOLLOW only looks at the last component");
	close(fd);
	EXPECT_ERRNO(open("sll-tofile", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST,
		     "O_CREAT|O_EXCL on a link");
	EXPECT_ERRNO(open("sll-dangling", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST,
		     "O_CREAT|O_EXCL on a dangling link");
	EXPECT_ERRNO(stat64("sll-new", &st), ENOENT, "made nothing");
	fd = open("sll-dangling", O_WRONLY | O_CREAT, 0640);
	EXPECT_TRUE(fd >= 0, "O_CREAT through a dangling link");
	EXPECT_EQ(write(fd, "ab", 2), 2, "write");
	close(fd);
	EXPECT_EQ(stat64("sll-new", &st), 0, "created the target");
	EXPECT_EQ(st.st_size, 2, "with the bytes written");
	EXPECT_EQ(lstat64("sll-dangling", &st), 0, "the link stays");
	EXPECT_TRUE(S_ISLNK(st.st_mode), "a link");

	EXPECT_EQ(rename("sll-tofile", "sll-dir/moved"), 0, "rename a link");
	EXPECT_EQ(readlink("sll-dir/moved", buf, sizeof(buf)), 8, "the same target text");
	EXPECT_ERRNO(stat64("sll-dir/moved", &st), ENOENT, "now relative to its new directory");
	EXPECT_EQ(stat64("sll-file", &st), 0, "the file did not move");
	EXPECT_EQ(unlink("sll-todir"), 0, "unlink a link to a directory");
	EXPECT_EQ(stat64("sll-dir", &st), 0, "the directory stays");

	unlink("sll-dir/moved");
	unlink("sll-dir/x");
	rmdir("sll-dir");
	unlink("sll-dangling");
	unlink("sll-new");
	unlink("sll-file");
	return test_done();
}
