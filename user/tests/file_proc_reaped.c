/*
 * A /proc/PID file kept open after its process has exited and been
 * reaped is harmless: a read that starts the text over (at offset 0)
 * fails with ESRCH, for /proc/PID/maps and /proc/PID/stat alike (a read
 * continuing text begun earlier may still finish it); closing works, and
 * opening them afresh is ENOENT.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	char path[64], buf[4096];
	int maps, stat, status, pid = fork();

	if (pid == 0) {
		for (;;)
			sleep(1);
	}
	ASSERT_TRUE(pid > 0, "fork");
	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	maps = open(path, O_RDONLY);
	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	stat = open(path, O_RDONLY);
	ASSERT_TRUE(maps >= 0 && stat >= 0, "open the child's maps and stat");
	EXPECT_TRUE(read(maps, buf, 64) == 64, "read 64 bytes of maps while it lives");
	EXPECT_EQ(kill(pid, SIGKILL), 0, "kill it");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap it");
	EXPECT_SIGNALED(status, SIGKILL, "it died of SIGKILL");
	(void)read(maps, buf, sizeof(buf));
	EXPECT_EQ(lseek(maps, 0, SEEK_SET), 0, "lseek to 0");
	EXPECT_ERRNO(read(maps, buf, sizeof(buf)), ESRCH, "maps of a reaped process from the start");
	EXPECT_ERRNO(read(stat, buf, sizeof(buf)), ESRCH, "stat of a reaped process");
	EXPECT_EQ(close(maps), 0, "close maps");
	EXPECT_EQ(close(stat), 0, "close stat");
	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	EXPECT_ERRNO(open(path, O_RDONLY), ENOENT, "open after the reap");
	return test_done();
}
