/*
 * A load from a page of a file mapping that lies wholly past the end of the
 * file kills the process with SIGBUS; caught with SA_SIGINFO, si_code is
 * BUS_ADRERR and si_addr the address. The tail of the last page of the
 * file reads as zeros.
 */
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <sys/mman.h>
#include <test.h>

static sigjmp_buf env;
static volatile int seen_code;
static void *volatile seen_addr;

static void on_bus(int sig, siginfo_t *si, void *ctx)
{
	seen_code = si->si_code;
	seen_addr = si->si_addr;
	siglongjmp(env, 1);
}

static void touch(void *arg)
{
	volatile char c = *(volatile char *)arg;

	(void)c;
}

int main(void)
{
	struct sigaction sa;
	char *map;
	int fd = open("short-file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create a file");
	EXPECT_EQ(write(fd, "0123456789", 10), 10, "write 10 bytes");
	map = mmap(NULL, 2 * 4096, PROT_READ, MAP_SHARED, fd, 0);
	ASSERT_TRUE(map != MAP_FAILED, "map two pages of it");

	EXPECT_EQ(map[9], '9', "last byte of the file");
	EXPECT_EQ(map[10], 0, "past EOF in the last page reads 0");
	EXPECT_EQ(map[4095], 0, "end of the last page reads 0");
	EXPECT_SIGNALED(test_run_child(touch, map + 4096), SIGBUS, "load a page past EOF");

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_bus;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGBUS, &sa, NULL);
	if (sigsetjmp(env, 1) == 0) {
		touch(map + 4096 + 8);
		test_fail(__FILE__, __LINE__, "no SIGBUS for a page past EOF");
	}
	EXPECT_EQ(seen_code, BUS_ADRERR, "si_code");
	EXPECT_PTR_EQ(seen_addr, map + 4096 + 8, "si_addr");
	munmap(map, 2 * 4096);
	close(fd);
	unlink("short-file");
	return test_done();
}
