/*
 * Linux guarantees: ftruncate shrinks or extends a file; bytes past a
 * shrink are gone, and extending again reads zeros there (not the old
 * data). ftruncate on a descriptor not open for writing is EINVAL, on a
 * bad descriptor EBADF.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	static char buf[8192];
	struct stat st;
	int fd = open("trunc-file", O_RDWR | O_CREAT | O_TRUNC, 0644), ro, i, zeros = 1;

	ASSERT_TRUE(fd >= 0, "open");
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(write(fd, buf, sizeof(buf)), sizeof(buf), "write");
	EXPECT_EQ(ftruncate(fd, 100), 0, "shrink");
	EXPECT_EQ(fstat(fd, &st), 0, "fstat");
	EXPECT_EQ(st.st_size, 100, "size after shrink");
	EXPECT_EQ(ftruncate(fd, 6000), 0, "extend");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "rewind");
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 6000, "read the extended file");
	EXPECT_EQ(buf[99], 'x', "data before the cut stays");
	for (i = 100; i < 6000; i++)
		zeros &= buf[i] == 0;
	EXPECT_TRUE(zeros, "the extension reads as zeros");
	EXPECT_EQ(ftruncate(fd, 0), 0, "truncate to 0");
	EXPECT_EQ(fstat(fd, &st), 0, "fstat");
	EXPECT_EQ(st.st_size, 0, "empty");
	ro = open("trunc-file", O_RDONLY);
	EXPECT_ERRNO(ftruncate(ro, 10), EINVAL, "ftruncate read-only fd");
	EXPECT_ERRNO(ftruncate(999, 10), EBADF, "ftruncate bad fd");
	close(ro);
	close(fd);
	fd = open("trunc-file", O_WRONLY | O_TRUNC);
	EXPECT_EQ(fstat(fd, &st), 0, "fstat");
	EXPECT_EQ(st.st_size, 0, "O_TRUNC empties");
	close(fd);
	unlink("trunc-file");
	return test_done();
}
