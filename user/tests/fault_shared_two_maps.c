/*
 * Two MAP_SHARED mappings of one file are the same memory. Linux guarantees
 * a store through one is seen at once through the other, in the same
 * process and in another process (both map the one page-cache page).
 */
#include "fault_util.h"

#define SIZE (3 * PAGE)

int main(void)
{
	int fd = make_test_file("fault_shared_two_maps.dat", SIZE);
	volatile char *a = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	volatile char *b = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	volatile char *tail = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 2 * PAGE);
	int status;

	ASSERT_TRUE(a != MAP_FAILED && b != MAP_FAILED && tail != MAP_FAILED, "three mmaps");
	ASSERT_TRUE(a != b, "two distinct addresses");
	a[100] = '1';
	EXPECT_EQ(b[100], '1', "b after a store through a");
	b[2 * PAGE + 1] = '2';
	EXPECT_EQ(a[2 * PAGE + 1], '2', "a after a store through b");
	EXPECT_EQ(tail[1], '2', "a mapping at offset 2 pages after the store");

	/* Across processes: each side sees the other's stores without syncing. */
	if (fork() == 0) {
		b[PAGE + 50] = 'k';
		_exit(a[100] == '1' ? 0 : 1);
	}
	wait(&status);
	EXPECT_EXITED(status, 0, "child seeing the parent's earlier store");
	EXPECT_EQ(a[PAGE + 50], 'k', "parent sees the child's store");
	a[PAGE + 51] = 'p';
	if (fork() == 0)
		_exit(b[PAGE + 51] == 'p' && tail[1] == '2' ? 0 : 1);
	wait(&status);
	EXPECT_EXITED(status, 0, "a second child seeing the parent's later store");

	munmap((void *)a, SIZE);
	munmap((void *)b, SIZE);
	munmap((void *)tail, PAGE);
	close(fd);
	unlink("fault_shared_two_maps.dat");
	return test_done();
}
