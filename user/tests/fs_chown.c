/*
 * Linux guarantees: chown, fchown, lchown and fchownat (the 32-bit-id
 * calls) set a file's owner and group, which stat reports; -1 leaves an
 * id unchanged; ids above 65535 are kept whole (the old struct stat, with
 * 16-bit fields, shows them as 65534). Changing the owner of a
 * file that is not a directory clears its set-user-ID bit, and its
 * set-group-ID bit when the group may execute it (a set-group-ID bit
 * without group execute marks mandatory locking and stays); a directory
 * keeps both. fchownat walks from a dirfd and takes AT_SYMLINK_NOFOLLOW
 * and AT_EMPTY_PATH; another flag is EINVAL.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static struct stat64 st;

static int owner_is(const char *path, unsigned int uid, unsigned int gid)
{
	return stat64(path, &st) == 0 && st.st_uid == uid && st.st_gid == gid;
}

int main(void)
{
	int fd = open("chown-file", O_RDWR | O_CREAT | O_TRUNC, 0644), dir;
	struct stat old;

	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_TRUE(owner_is("chown-file", 0, 0), "root's file");
	EXPECT_EQ(chown("chown-file", 100, 200), 0, "chown");
	EXPECT_TRUE(owner_is("chown-file", 100, 200), "the new owner and group");
	EXPECT_EQ(chown("chown-file", -1, 300), 0, "chown the group only");
	EXPECT_TRUE(owner_is("chown-file", 100, 300), "the owner kept");
	EXPECT_EQ(chown("chown-file", 400, -1), 0, "chown the owner only");
	EXPECT_TRUE(owner_is("chown-file", 400, 300), "the group kept");
	EXPECT_EQ(chown("chown-file", 70000, 70001), 0, "ids above 65535");
	EXPECT_TRUE(owner_is("chown-file", 70000, 70001), "kept whole");
	EXPECT_EQ(stat("chown-file", &old), 0, "the old stat");
	EXPECT_TRUE(old.st_uid == 65534 && old.st_gid == 65534, "shows them as 65534");
	EXPECT_EQ(fchown(fd, 1, 2), 0, "fchown");
	EXPECT_TRUE(owner_is("chown-file", 1, 2), "fchown's ids");
	EXPECT_EQ(lchown("chown-file", 3, 4), 0, "lchown");
	EXPECT_TRUE(owner_is("chown-file", 3, 4), "lchown's ids");

	EXPECT_EQ(fchmod(fd, 06755), 0, "set-id bits, group execute");
	EXPECT_EQ(fchown(fd, 0, 0), 0, "chown it");
	EXPECT_EQ(fstat64(fd, &st), 0, "fstat64");
	EXPECT_EQ(st.st_mode, S_IFREG | 0755, "both set-id bits cleared");
	EXPECT_EQ(fchmod(fd, 06745), 0, "set-id bits, no group execute");
	EXPECT_EQ(fchown(fd, 0, -1), 0, "chown it");
	EXPECT_EQ(fstat64(fd, &st), 0, "fstat64");
	EXPECT_EQ(st.st_mode, S_IFREG | 02745, "set-user-ID cleared, set-group-ID kept");
	EXPECT_EQ(fchmod(fd, 04755), 0, "set-user-ID");
	EXPECT_EQ(fchown(fd, -1, -1), 0, "chown to the same ids");
	EXPECT_EQ(fstat64(fd, &st), 0, "fstat64");
	EXPECT_EQ(st.st_mode, S_IFREG | 0755, "clears set-user-ID even so");

	ASSERT_TRUE(mkdir("chown-dir", 0755) == 0, "mkdir");
	EXPECT_EQ(chmod("chown-dir", 06755), 0, "set-id bits on a directory");
	EXPECT_EQ(chown("chown-dir", 5, 6), 0, "chown the directory");
	EXPECT_TRUE(owner_is("chown-dir", 5, 6), "the directory's ids");
	EXPECT_EQ(st.st_mode, S_IFDIR | 06755, "a directory keeps its set-id bits");

	dir = open("chown-dir", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "open the directory");
	close(openat(dir, "f", O_WRONLY | O_CREAT, 0600));
	EXPECT_EQ(fchownat(dir, "f", 7, 8, 0), 0, "fchownat from dirfd");
	EXPECT_TRUE(owner_is("chown-dir/f", 7, 8), "fchownat's ids");
	EXPECT_EQ(fchownat(dir, "f", 9, 10, AT_SYMLINK_NOFOLLOW), 0, "AT_SYMLINK_NOFOLLOW");
	EXPECT_TRUE(owner_is("chown-dir/f", 9, 10), "on a file: the file");
	EXPECT_EQ(fchownat(fd, "", 11, 12, AT_EMPTY_PATH), 0, "AT_EMPTY_PATH");
	EXPECT_TRUE(owner_is("chown-file", 11, 12), "the fd's file");
	EXPECT_ERRNO(fchownat(dir, "f", 0, 0, 0x1), EINVAL, "unknown flag");
	EXPECT_ERRNO(fchownat(dir, "", 0, 0, 0), ENOENT, "empty path without AT_EMPTY_PATH");
	EXPECT_ERRNO(chown("chown-missing", 0, 0), ENOENT, "missing name");
	EXPECT_ERRNO(fchown(999, 0, 0), EBADF, "bad fd");

	close(dir);
	close(fd);
	unlink("chown-dir/f");
	rmdir("chown-dir");
	unlink("chown-file");
	return test_done();
}
