/*
 * Past the end of a mapped file. Linux maps whole pages: bytes past EOF in
 * the file's last page read as zeros, but a page wholly past EOF has no
 * data behind it, and touching it raises SIGBUS (si_code BUS_ADRERR,
 * si_addr = the address) even though the mapping covers it. Truncating a
 * mapped file makes the pages past the new end SIGBUS too.
 */
#include "fault_util.h"

static void load(void *arg)
{
	(void)*(volatile char *)arg;
}

int main(void)
{
	int fd = make_test_file("fault_file_sigbus.dat", PAGE + 10);
	char *p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	struct caught_fault f;
	int status;

	ASSERT_TRUE(p != MAP_FAILED, "mmap 4 pages of a 1-page file");
	EXPECT_EQ(p[PAGE + 9], file_byte(PAGE + 9), "last byte of the file");
	EXPECT_EQ(p[PAGE + 10], 0, "first byte past EOF, same page");

	status = test_run_child(load, p + 2 * PAGE);
	EXPECT_SIGNALED(status, SIGBUS, "child loading a page past EOF");

	catch_faults();
	f = touch(p + 3 * PAGE + 8, 0);
	EXPECT_EQ(f.signo, SIGBUS, "signal from a load past EOF");
	EXPECT_EQ(f.code, BUS_ADRERR, "its si_code");
	EXPECT_PTR_EQ(f.addr, p + 3 * PAGE + 8, "its si_addr");
	f = touch(p + 2 * PAGE, 1);
	EXPECT_EQ(f.signo, SIGBUS, "signal from a store past EOF");

	/* Extending the file makes the page reachable; shrinking it takes it away. */
	EXPECT_EQ(ftruncate(fd, 3 * PAGE), 0, "ftruncate to 3 pages");
	f = touch(p + 2 * PAGE, 0);
	EXPECT_EQ(f.signo, 0, "signal from a load after extending the file");
	EXPECT_EQ(p[2 * PAGE + 1], 0, "the new page reads zeros");
	EXPECT_EQ(ftruncate(fd, PAGE), 0, "ftruncate to 1 page");
	f = touch(p + PAGE + 1, 0);
	EXPECT_EQ(f.signo, SIGBUS, "signal from a load past the truncated end");
	f = touch(p + 5, 0);
	EXPECT_EQ(f.signo, 0, "signal from a load before the truncated end");

	munmap(p, 4 * PAGE);
	close(fd);
	unlink("fault_file_sigbus.dat");
	return test_done();
}
