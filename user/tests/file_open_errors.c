/*
 * Linux guarantees these open() errors: ENOENT for a missing file (or an
 * empty path), ENOTDIR when a path component is a file, EISDIR when a
 * directory is opened for writing, EEXIST for O_CREAT|O_EXCL on an
 * existing name, ENAMETOOLONG for a component over 255 bytes, ENOTDIR
 * for O_DIRECTORY on a file.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	char longname[300];
	int fd = open("oe-file", O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create");
	close(fd);
	memset(longname, 'n', sizeof(longname));
	longname[sizeof(longname) - 1] = 0;
	EXPECT_ERRNO(open("oe-missing", O_RDONLY), ENOENT, "missing file");
	EXPECT_ERRNO(open("", O_RDONLY), ENOENT, "empty path");
	EXPECT_ERRNO(open("oe-nodir/x", O_RDONLY | O_CREAT, 0644), ENOENT, "missing directory");
	EXPECT_ERRNO(open("oe-file/x", O_RDONLY), ENOTDIR, "file as a directory");
	EXPECT_ERRNO(open("oe-file/", O_RDONLY), ENOTDIR, "trailing slash on a file");
	EXPECT_ERRNO(open(".", O_WRONLY), EISDIR, "directory for writing");
	EXPECT_ERRNO(open(".", O_RDWR), EISDIR, "directory for read-write");
	EXPECT_ERRNO(open("oe-file", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST, "O_EXCL");
	EXPECT_ERRNO(open(".", O_RDONLY | O_CREAT | O_EXCL, 0644), EEXIST, "O_EXCL on a dir");
	EXPECT_ERRNO(open(longname, O_RDONLY), ENAMETOOLONG, "long component");
	EXPECT_ERRNO(open("oe-file", O_RDONLY | O_DIRECTORY), ENOTDIR, "O_DIRECTORY on a file");
	fd = open(".", O_RDONLY | O_DIRECTORY);
	EXPECT_TRUE(fd >= 0, "O_DIRECTORY on a directory");
	close(fd);
	unlink("oe-file");
	return test_done();
}
