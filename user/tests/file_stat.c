/*
 * Linux guarantees: stat, fstat and stat64 report a regular file's size,
 * type and link count, and a directory's type; stat on a missing name is
 * ENOENT and through a file is ENOTDIR.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	struct stat st, fst;
	struct stat64 st64;
	int fd = open("stat-file", O_RDWR | O_CREAT | O_TRUNC, 0640);

	ASSERT_TRUE(fd >= 0, "open");
	EXPECT_EQ(write(fd, "12345", 5), 5, "write");
	EXPECT_EQ(stat("stat-file", &st), 0, "stat");
	EXPECT_EQ(fstat(fd, &fst), 0, "fstat");
	EXPECT_EQ(stat64("stat-file", &st64), 0, "stat64");
	EXPECT_EQ(st.st_size, 5, "size");
	EXPECT_EQ(st64.st_size, 5, "size (stat64)");
	EXPECT_TRUE(S_ISREG(st.st_mode), "regular file");
	EXPECT_EQ(st.st_mode & 0700, 0600, "owner mode bits");
	EXPECT_EQ(st.st_nlink, 1, "one link");
	EXPECT_EQ(st.st_ino, fst.st_ino, "same inode via fstat");
	EXPECT_EQ(st64.st_ino, st.st_ino, "same inode via stat64");
	EXPECT_TRUE(st.st_blksize > 0, "st_blksize");
	EXPECT_EQ(stat(".", &st), 0, "stat .");
	EXPECT_TRUE(S_ISDIR(st.st_mode), "directory");
	EXPECT_ERRNO(stat("stat-missing", &st), ENOENT, "missing");
	EXPECT_ERRNO(stat("stat-file/x", &st), ENOTDIR, "through a file");
	close(fd);
	unlink("stat-file");
	return test_done();
}
