/*
 * Linux guarantees: a closed or never-opened descriptor is EBADF for
 * read, write, close, fstat, fsync, dup and dup2; write on an O_RDONLY
 * descriptor and read on an O_WRONLY one are EBADF; read on a directory
 * is EISDIR.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	char c = 'c';
	struct stat st;
	int ro, wo, dir;

	wo = open("fde-file", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(wo >= 0, "create");
	ro = open("fde-file", O_RDONLY);
	dir = open(".", O_RDONLY);
	EXPECT_ERRNO(write(ro, &c, 1), EBADF, "write on O_RDONLY");
	EXPECT_ERRNO(read(wo, &c, 1), EBADF, "read on O_WRONLY");
	EXPECT_ERRNO(read(dir, &c, 1), EISDIR, "read on a directory");
	EXPECT_ERRNO(read(200, &c, 1), EBADF, "read bad fd");
	EXPECT_ERRNO(write(200, &c, 1), EBADF, "write bad fd");
	EXPECT_ERRNO(close(200), EBADF, "close bad fd");
	EXPECT_ERRNO(fstat(200, &st), EBADF, "fstat bad fd");
	EXPECT_ERRNO(fsync(200), EBADF, "fsync bad fd");
	EXPECT_ERRNO(dup(200), EBADF, "dup bad fd");
	EXPECT_ERRNO(dup2(200, 5), EBADF, "dup2 bad fd");
	EXPECT_ERRNO(close(-1), EBADF, "close -1");
	EXPECT_EQ(close(ro), 0, "close");
	EXPECT_ERRNO(close(ro), EBADF, "close twice");
	close(wo);
	close(dir);
	unlink("fde-file");
	return test_done();
}
