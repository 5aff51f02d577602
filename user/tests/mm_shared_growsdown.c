/*
 * An anonymous MAP_SHARED mapping cannot grow down: Linux refuses
 * MAP_SHARED | MAP_ANONYMOUS | MAP_GROWSDOWN with EINVAL (a shared
 * anonymous region has a fixed shmem object behind it).
 */
#include <sys/mman.h>
#include <test.h>

int main(void)
{
	EXPECT_ERRNO(mmap(NULL, 4096, PROT_READ, MAP_SHARED | MAP_ANONYMOUS | MAP_GROWSDOWN, -1, 0),
		     EINVAL, "shared anonymous MAP_GROWSDOWN");
	return test_done();
}
