/*
 * MAP_SHARED_VALIDATE (MAP_SHARED | MAP_PRIVATE, 0x03) is a shared file
 * mapping whose flags are checked strictly: with known flags it works
 * like MAP_SHARED (a store reaches the file), while an unknown flag bit
 * makes it fail with EOPNOTSUPP (plain MAP_SHARED ignores that bit). An
 * anonymous mapping must be MAP_SHARED or MAP_PRIVATE: 0x03 is EINVAL.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

#define MAP_SHARED_VALIDATE_	0x03
#define UNKNOWN_FLAG		0x01000000
#ifndef EOPNOTSUPP
#define EOPNOTSUPP		95	/* Linux i386 value */
#endif

int main(void)
{
	int prot = PROT_READ | PROT_WRITE;
	int fd = open("msv-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	char page[4096], back[4];
	char *m, *u;

	ASSERT_TRUE(fd >= 0, "create the file");
	memset(page, 'f', sizeof(page));
	EXPECT_EQ(write(fd, page, sizeof(page)), 4096, "write a page");
	m = mmap(NULL, 4096, prot, MAP_SHARED_VALIDATE_, fd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "MAP_SHARED_VALIDATE of the file");
	m[0] = 'S';
	munmap(m, 4096);
	lseek(fd, 0, SEEK_SET);
	EXPECT_EQ(read(fd, back, 1), 1, "read the first byte");
	EXPECT_EQ(back[0], 'S', "the store reached the file");
	EXPECT_ERRNO(mmap(NULL, 4096, prot, MAP_SHARED_VALIDATE_ | UNKNOWN_FLAG, fd, 0),
		     EOPNOTSUPP, "an unknown flag with MAP_SHARED_VALIDATE");
	u = mmap(NULL, 4096, prot, MAP_SHARED | UNKNOWN_FLAG, fd, 0);
	EXPECT_TRUE(u != MAP_FAILED, "the unknown flag is ignored with MAP_SHARED");
	if (u != MAP_FAILED)
		munmap(u, 4096);
	EXPECT_ERRNO(mmap(NULL, 4096, prot, MAP_SHARED_VALIDATE_ | MAP_ANONYMOUS, -1, 0), EINVAL,
		     "anonymous with both MAP_SHARED and MAP_PRIVATE");
	close(fd);
	unlink("msv-file");
	return test_done();
}
