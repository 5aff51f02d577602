/*
 * Linux guarantees: sysinfo (116) writes its whole structure to the
 * caller's memory or fails with EFAULT: a NULL pointer, an unmapped
 * address, a read-only page and a kernel address are all EFAULT.
 */
#include <sys/mman.h>
#include "proc_fs_util.h"

int main(void)
{
	void *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_TRUE(ro != MAP_FAILED, "mmap a read-only page");
	EXPECT_ERRNO(get_sysinfo(NULL), EFAULT, "NULL");
	EXPECT_ERRNO(get_sysinfo((struct sysinfo_i386 *)16), EFAULT, "an unmapped address");
	EXPECT_ERRNO(get_sysinfo(ro), EFAULT, "a read-only page");
	EXPECT_ERRNO(get_sysinfo((struct sysinfo_i386 *)0xc0000000UL), EFAULT, "a kernel address");
	return test_done();
}
