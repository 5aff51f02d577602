/*
 * read, write, getdents, fstat and fstat64 given a buffer the process may
 * not use return -EFAULT, and the process goes on: NULL, an unmapped page,
 * a PROT_NONE page, the page above the stack (the kernel on i386), the last page of the
 * address space, and, for calls that store into the buffer, a read-only
 * page (this program's own code).
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <test.h>

int main(int argc, char **argv)
{
	void *noaccess = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	void *bad[] = { NULL, test_unmapped_page(), noaccess, (void *)test_stack_top(),
			(void *)0xfffff000UL, (void *)main };
	int nbad = sizeof(bad) / sizeof(bad[0]);
	int file = open(argv[0], O_RDONLY);
	int out = open("efault-out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	int dir = open(".", O_RDONLY | O_DIRECTORY);
	int i;

	ASSERT_TRUE(file >= 0 && out >= 0 && dir >= 0, "open the test's files");
	for (i = 0; i < nbad; i++) {
		long p = (long)bad[i];
		char what[96];

		/* The last pointer is read-only: fine for write, bad for the rest. */
		if (i < nbad - 1) {
			snprintf(what, sizeof(what), "write from %#lx", p);
			EXPECT_EQ(__syscall(__NR_write, out, p, 16, 0, 0, 0), -EFAULT, what);
		}
		snprintf(what, sizeof(what), "read into %#lx", p);
		EXPECT_EQ(__syscall(__NR_read, file, p, 16, 0, 0, 0), -EFAULT, what);
		snprintf(what, sizeof(what), "getdents into %#lx", p);
		EXPECT_EQ(__syscall(__NR_getdents, dir, p, 1024, 0, 0, 0), -EFAULT, what);
		snprintf(what, sizeof(what), "fstat into %#lx", p);
		EXPECT_EQ(__syscall(__NR_fstat, file, p, 0, 0, 0, 0), -EFAULT, what);
		snprintf(what, sizeof(what), "fstat64 into %#lx", p);
		EXPECT_EQ(__syscall(__NR_fstat64, file, p, 0, 0, 0, 0), -EFAULT, what);
	}
	EXPECT_EQ(lseek(out, 0, SEEK_END), 0, "nothing was written by the failed writes");
	close(file);
	close(out);
	close(dir);
	unlink("efault-out");
	return test_done();
}
