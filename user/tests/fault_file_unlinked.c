/*
 * A mapping keeps its file alive. Linux guarantees that closing the file
 * descriptor, and even unlinking the file, leaves an existing mapping
 * working: it holds its own reference to the file, so pages never touched
 * before the close can still be faulted in afterwards.
 */
#include "fault_util.h"

#define NPAGES 6

int main(void)
{
	int fd = make_test_file("fault_file_unlinked.dat", NPAGES * PAGE);
	char *shared = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	char *priv = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	unsigned long i;
	int bad = 0;

	ASSERT_TRUE(shared != MAP_FAILED && priv != MAP_FAILED, "mmap shared and private");
	EXPECT_EQ(priv[0], file_byte(0), "page 0 touched before close");
	EXPECT_EQ(close(fd), 0, "close");
	EXPECT_EQ(unlink("fault_file_unlinked.dat"), 0, "unlink");

	for (i = 0; i < NPAGES * PAGE; i += 97)
		bad += priv[i] != file_byte(i) || shared[i] != file_byte(i);
	EXPECT_EQ(bad, 0, "bytes differing from the file after close and unlink");

	shared[2 * PAGE] = '!';
	EXPECT_EQ(priv[2 * PAGE], '!', "private page not yet copied sees the shared store");
	priv[3 * PAGE] = '?';
	EXPECT_EQ(shared[3 * PAGE], file_byte(3 * PAGE), "shared mapping after a private store");
	EXPECT_EQ(msync(shared, NPAGES * PAGE, MS_SYNC), 0, "msync of an unlinked file");
	EXPECT_EQ(munmap(shared, NPAGES * PAGE), 0, "munmap shared");
	EXPECT_EQ(munmap(priv, NPAGES * PAGE), 0, "munmap private");
	return test_done();
}
