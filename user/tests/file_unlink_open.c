/*
 * Linux guarantees: unlinking an open file removes its name at once
 * (open gives ENOENT, fstat shows 0 links) but the data stays readable
 * through the descriptor until it is closed. unlink on a directory is
 * EISDIR, on a missing name ENOENT.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	char buf[16] = { 0 };
	struct stat st;
	int fd = open("ul-file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "open");
	EXPECT_EQ(write(fd, "still here", 10), 10, "write");
	EXPECT_EQ(unlink("ul-file"), 0, "unlink");
	EXPECT_ERRNO(open("ul-file", O_RDONLY), ENOENT, "the name is gone");
	EXPECT_EQ(fstat(fd, &st), 0, "fstat");
	EXPECT_EQ(st.st_nlink, 0, "no links left");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "rewind");
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 10, "read through the fd");
	EXPECT_STREQ(buf, "still here", "data intact");
	EXPECT_EQ(close(fd), 0, "close frees it");
	EXPECT_ERRNO(unlink("ul-file"), ENOENT, "unlink again");
	EXPECT_ERRNO(unlink("."), EISDIR, "unlink a directory");
	return test_done();
}
