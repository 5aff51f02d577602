/*
 * A read() into a page that is present but read-only only because it is
 * shared copy-on-write must copy it first, exactly like a store from user
 * mode: after read() into a never-written anonymous page (which maps the
 * shared zero page), other zero pages still read as zero; after fork,
 * read() in the parent into a page shared with the child leaves the
 * child's copy unchanged; read() into a private file mapping leaves the
 * file unchanged.
 */
#include "fault_util.h"

#define TEXT "written by read()"

static int data_fd;

static int refill(const char *text)
{
	lseek(data_fd, 0, SEEK_SET);
	return write(data_fd, text, strlen(text)) == (long)strlen(text) &&
	       lseek(data_fd, 0, SEEK_SET) == 0;
}

int main(void)
{
	char *a = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *f, back[32];
	volatile char sink;
	int status, pid, fd;

	data_fd = open("kwc-data", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(a != MAP_FAILED && data_fd >= 0, "mmap and the data file");
	ASSERT_TRUE(refill(TEXT), "fill the data file");

	/* The zero page. */
	sink = a[0];
	sink = a[PAGE];
	(void)sink;
	EXPECT_EQ(read(data_fd, a, sizeof(TEXT) - 1), (long)sizeof(TEXT) - 1, "read into a read-faulted page");
	EXPECT_TRUE(memcmp(a, TEXT, sizeof(TEXT) - 1) == 0, "the page holds the bytes");
	EXPECT_EQ(a[PAGE], 0, "another read-faulted page still reads zero");
	f = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	EXPECT_EQ(f[0], 0, "a fresh mapping reads zero");
	munmap(f, PAGE);

	/* Copy-on-write after fork. */
	memcpy(a + 2 * PAGE, "parent-original", 16);
	pid = fork();
	if (pid == 0) {
		usleep(200000);
		_exit(memcmp(a + 2 * PAGE, "parent-original", 16) == 0 ? 0 : 9);
	}
	ASSERT_TRUE(refill("PARENT-READ-INTO"), "refill");
	EXPECT_EQ(read(data_fd, a + 2 * PAGE, 16), 16, "parent read() into the shared page");
	waitpid(pid, &status, 0);
	EXPECT_EXITED(status, 0, "the child still sees its own copy");

	pid = fork();
	if (pid == 0) {
		refill("CHILD-READ-INTO!");
		_exit(read(data_fd, a + 2 * PAGE, 16) == 16 ? 0 : 8);
	}
	waitpid(pid, &status, 0);
	EXPECT_EXITED(status, 0, "child read() into the shared page");
	EXPECT_TRUE(memcmp(a + 2 * PAGE, "PARENT-READ-INTO", 16) == 0, "the parent keeps its copy");

	/* A private file mapping. */
	fd = open("kwc-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0 && write(fd, "file-contents-xx", 16) == 16, "make a file");
	f = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	ASSERT_TRUE(f != MAP_FAILED, "map it privately");
	sink = f[0];
	refill("PRIVATE-STORE!!!");
	EXPECT_EQ(read(data_fd, f, 16), 16, "read() into the private mapping");
	EXPECT_TRUE(memcmp(f, "PRIVATE-STORE!!!", 16) == 0, "the mapping holds it");
	lseek(fd, 0, SEEK_SET);
	EXPECT_EQ(read(fd, back, 16), 16, "read the file");
	EXPECT_TRUE(memcmp(back, "file-contents-xx", 16) == 0, "the file is unchanged");
	munmap(f, PAGE);
	close(fd);
	unlink("kwc-file");
	close(data_fd);
	unlink("kwc-data");
	munmap(a, 4 * PAGE);
	return test_done();
}
