/*
 * Opening files until the table is full ends with EMFILE (not a crash or
 * another error), and the failed open has no effect: O_CREAT creates no
 * file and O_TRUNC empties none, since Linux takes the fd first. Closing one fd makes exactly that number the next one
 * open returns (the lowest free), dup does the same, and everything can
 * be closed again. The test stops at 4096 fds if the limit is higher.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

#define MAX 4096

int main(void)
{
	int n = 0, fd, last = -1, err = 0;
	struct stat st;

	fd = open("fd-keep", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0 && write(fd, "keep", 4) == 4, "make a 4-byte file");
	close(fd);
	while (n < MAX) {
		fd = open(".", O_RDONLY);
		if (fd < 0) {
			err = errno;
			break;
		}
		last = fd;
		n++;
	}
	ASSERT_TRUE(n > 3 && last > 5, "opened some files");
	if (n < MAX) {
		EXPECT_EQ(err, EMFILE, "the table is full");
		EXPECT_ERRNO(dup(0), EMFILE, "dup with a full table");
		EXPECT_ERRNO(open("fd-new", O_RDWR | O_CREAT, 0644), EMFILE, "creat with a full table");
		EXPECT_ERRNO(open("fd-keep", O_WRONLY | O_TRUNC), EMFILE, "O_TRUNC with a full table");
	}
	EXPECT_EQ(close(5), 0, "close fd 5");
	EXPECT_ERRNO(open("fd-new", O_RDONLY), ENOENT, "the failed creat made no file");
	EXPECT_TRUE(stat("fd-keep", &st) == 0 && st.st_size == 4, "the failed O_TRUNC emptied nothing");
	EXPECT_EQ(open(".", O_RDONLY), 5, "the next open gets 5");
	EXPECT_EQ(close(4), 0, "close fd 4");
	EXPECT_EQ(dup(0), 4, "dup gets 4");
	for (fd = 3; fd <= last; fd++)
		EXPECT_EQ(close(fd), 0, "close it");
	EXPECT_EQ(open(".", O_RDONLY), 3, "all free again");
	close(3);
	unlink("fd-keep");
	return test_done();
}
