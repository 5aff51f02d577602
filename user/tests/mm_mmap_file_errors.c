/*
 * mmap of file descriptors that cannot be mapped, and msync's argument
 * checks, as Linux reports them: a directory -> ENODEV; a file opened
 * O_WRONLY -> EACCES even for a private read-only mapping (mapping needs
 * read access); old mmap with an offset that is not a page multiple ->
 * EINVAL; msync with both MS_ASYNC and MS_SYNC, with unknown flags or at
 * an unaligned address -> EINVAL, over an unmapped range -> ENOMEM.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(void)
{
	char page[PAGE];
	int dir = open(".", O_RDONLY | O_DIRECTORY);
	int wr = open("mfe-file", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	int rd;
	char *m;

	ASSERT_TRUE(dir >= 0 && wr >= 0, "open . and the file");
	memset(page, 'x', sizeof(page));
	EXPECT_EQ(write(wr, page, PAGE), PAGE, "write a page");
	EXPECT_EQ(write(wr, page, PAGE), PAGE, "write a second page");
	rd = open("mfe-file", O_RDONLY);
	ASSERT_TRUE(rd >= 0, "open the file for reading");

	EXPECT_ERRNO(mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, dir, 0), ENODEV, "a directory");
	EXPECT_ERRNO(mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, wr, 0), EACCES,
		     "MAP_PRIVATE of an O_WRONLY fd");
	EXPECT_ERRNO(mmap(NULL, PAGE, PROT_READ, MAP_SHARED, wr, 0), EACCES,
		     "MAP_SHARED of an O_WRONLY fd");
	EXPECT_ERRNO(old_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, rd, 100), EINVAL,
		     "old mmap at offset 100");
	m = old_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, rd, PAGE);
	EXPECT_TRUE(m != MAP_FAILED, "old mmap at offset 4096");
	if (m != MAP_FAILED) {
		EXPECT_EQ(m[0], 'x', "its first byte");
		munmap(m, PAGE);
	}

	m = mmap(NULL, 2 * PAGE, PROT_READ, MAP_SHARED, rd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "MAP_SHARED of the file");
	EXPECT_ERRNO(msync(m, PAGE, MS_ASYNC | MS_SYNC), EINVAL, "MS_ASYNC|MS_SYNC");
	EXPECT_ERRNO(msync(m, PAGE, 0x100), EINVAL, "unknown msync flag");
	EXPECT_ERRNO(msync(m + 1, PAGE, MS_SYNC), EINVAL, "unaligned msync");
	EXPECT_EQ(msync(m, 2 * PAGE, MS_SYNC), 0, "msync of the mapping");
	munmap(m + PAGE, PAGE);
	EXPECT_ERRNO(msync(m, 2 * PAGE, MS_SYNC), ENOMEM, "msync over an unmapped page");
	munmap(m, PAGE);
	close(dir);
	close(wr);
	close(rd);
	unlink("mfe-file");
	return test_done();
}
