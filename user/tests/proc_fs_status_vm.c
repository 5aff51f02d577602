/*
 * Linux guarantees: the Vm lines of /proc/PID/status count kB of the
 * address space by kind, and /proc/PID/statm the same in pages ("size
 * resident shared text lib data dt"): VmSize is every mapping (statm's
 * size), VmRSS the pages present (statm's resident); a private writable
 * anonymous mapping adds its whole length to VmSize and VmData at once,
 * and to VmRSS once touched; an executable file mapping adds to VmLib;
 * the stack is VmStk and the program's text VmExe. statm's data is
 * VmData + VmStk. VmPeak is never below VmSize.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include "proc_fs_util.h"

#define MB (1024 * 1024)

static char status[4096];

struct vm {
	long long peak, size, rss, data, stk, exe, lib;
	unsigned long statm[7];
};

static void read_vm(struct vm *vm)
{
	char text[128], *p = text;
	int i;

	ASSERT_TRUE(read_file("/proc/self/status", status, sizeof(status)) > 0, "read status");
	vm->peak = proc_field(status, "VmPeak:");
	vm->size = proc_field(status, "VmSize:");
	vm->rss = proc_field(status, "VmRSS:");
	vm->data = proc_field(status, "VmData:");
	vm->stk = proc_field(status, "VmStk:");
	vm->exe = proc_field(status, "VmExe:");
	vm->lib = proc_field(status, "VmLib:");
	ASSERT_TRUE(read_file("/proc/self/statm", text, sizeof(text)) > 0, "read statm");
	for (i = 0; i < 7; i++)
		vm->statm[i] = strtoul(p, &p, 10);
}

int main(int argc, char **argv)
{
	struct vm a, b, c;
	char *mem, *code;
	int fd, i;

	read_vm(&a);
	EXPECT_TRUE(a.size > 0 && a.rss > 0 && a.rss <= a.size, "0 < VmRSS <= VmSize");
	EXPECT_TRUE(a.peak >= a.size, "VmPeak >= VmSize");
	EXPECT_TRUE(a.stk > 0, "a stack");
	EXPECT_TRUE(a.exe > 0, "the program's text");
	EXPECT_EQ(a.size, a.statm[0] * 4, "statm's size is VmSize in pages");
	EXPECT_EQ(a.data + a.stk, a.statm[5] * 4, "statm's data is VmData + VmStk");

	mem = mmap(NULL, MB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(mem != MAP_FAILED, "mmap 1 MB");
	read_vm(&b);
	EXPECT_EQ(b.size - a.size, 1024, "VmSize grows by 1024 kB");
	EXPECT_EQ(b.data - a.data, 1024, "and VmData, before a page is touched");
	EXPECT_TRUE(b.rss - a.rss < 64, "but not VmRSS");
	for (i = 0; i < MB; i += 4096)
		mem[i] = 1;
	read_vm(&c);
	EXPECT_TRUE(c.rss - b.rss >= 1024 && c.rss - b.rss < 1024 + 64,
		    "touching every page adds 1024 kB to VmRSS");
	/* Linux 6 counts statm's pages per CPU, off by up to 32 a CPU: allow 64. */
	EXPECT_TRUE(c.rss <= c.statm[1] * 4 + 256 && c.statm[1] * 4 <= c.rss + 256,
		    "statm's resident is VmRSS in pages");
	munmap(mem, MB);

	fd = open(argv[0], O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open the program");
	code = mmap(NULL, 8192, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
	ASSERT_TRUE(code != MAP_FAILED, "map 8 kB of it executable");
	read_vm(&b);
	EXPECT_EQ(b.lib - c.lib, 8, "an executable file mapping is VmLib");
	EXPECT_EQ(b.exe, c.exe, "VmExe is the program's text only");
	return test_done();
}
