/*
 * A MAP_PRIVATE file mapping is copy-on-write. Linux guarantees that stores
 * into it never reach the file or other mappings, that each forked child
 * gets its own copy at its first store, and that pages nobody stored to
 * keep showing the file.
 */
#include "fault_util.h"

#define NPAGES 8
#define NCHILD 6
#define SIZE (NPAGES * PAGE)

static int matches_file(const char *p, unsigned long from, unsigned long to)
{
	unsigned long i;

	for (i = from; i < to; i++)
		if (p[i] != file_byte(i))
			return 0;
	return 1;
}

int main(void)
{
	int fd = make_test_file("fault_cow_file.dat", SIZE);
	char *p = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	char buf[64];
	int c, status;

	ASSERT_TRUE(p != MAP_FAILED, "mmap the file MAP_PRIVATE");
	EXPECT_TRUE(matches_file(p, 0, SIZE), "the mapping shows the file");
	p[PAGE + 10] = '#';	/* the parent's own copy of page 1 */

	for (c = 0; c < NCHILD; c++) {
		pid_t pid = fork();

		ASSERT_TRUE(pid >= 0, "fork");
		if (pid == 0) {
			int ok = p[PAGE + 10] == '#' && matches_file(p, 2 * PAGE, SIZE);

			p[c * PAGE] = (char)('a' + c);		/* each child its own page */
			p[PAGE + 10] = (char)('0' + c);
			ok = ok && p[c * PAGE] == 'a' + c && p[PAGE + 10] == '0' + c;
			_exit(ok ? 0 : 1);
		}
	}
	for (c = 0; c < NCHILD; c++) {
		ASSERT_TRUE(wait(&status) > 0, "wait");
		EXPECT_EXITED(status, 0, "a child storing into its private copy");
	}
	EXPECT_EQ(p[PAGE + 10], '#', "the parent's private byte after the children");
	EXPECT_TRUE(matches_file(p, 2 * PAGE, SIZE), "pages 2.. still show the file");
	EXPECT_EQ(p[0], file_byte(0), "page 0 in the parent");

	/* Nothing reached the file. */
	ASSERT_TRUE(read_at(fd, PAGE, buf, sizeof(buf)) == 0, "read page 1 of the file");
	EXPECT_EQ(buf[10], file_byte(PAGE + 10), "file byte under the private store");
	ASSERT_TRUE(read_at(fd, 0, buf, sizeof(buf)) == 0, "read page 0 of the file");
	EXPECT_EQ(buf[0], file_byte(0), "file byte under the children's stores");

	munmap(p, SIZE);
	close(fd);
	unlink("fault_cow_file.dat");
	return test_done();
}
