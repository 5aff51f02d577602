/*
 * poll on a pipe: the read end is not ready while empty (a zero timeout
 * returns 0 at once, a 200 ms one after about that long), ready with
 * POLLIN once data is queued, and reports POLLHUP when the writer is gone;
 * the write end is POLLOUT while there is room and POLLERR once the reader
 * is gone. A closed descriptor is POLLNVAL, a negative one is skipped.
 */
#include <poll.h>
#include <time.h>
#include <test.h>

static long long ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

int main(void)
{
	struct pollfd p[3];
	int fds[2];
	long long t0;

	ASSERT_TRUE(pipe(fds) == 0, "pipe");
	p[0] = (struct pollfd){ .fd = fds[0], .events = POLLIN };
	p[1] = (struct pollfd){ .fd = fds[1], .events = POLLOUT };
	EXPECT_EQ(poll(p, 1, 0), 0, "empty: nothing to read");
	EXPECT_EQ(p[0].revents, 0, "no events");
	t0 = ms();
	EXPECT_EQ(poll(p, 1, 200), 0, "a timeout");
	EXPECT_TRUE(ms() - t0 >= 190, "after about 200 ms");
	EXPECT_EQ(poll(&p[1], 1, 0), 1, "the write end is ready");
	EXPECT_EQ(p[1].revents, POLLOUT, "POLLOUT");
	write(fds[1], "x", 1);
	EXPECT_EQ(poll(p, 2, -1), 2, "both ready");
	EXPECT_EQ(p[0].revents, POLLIN, "POLLIN");
	close(fds[1]);
	EXPECT_EQ(poll(p, 1, -1), 1, "still ready");
	EXPECT_EQ(p[0].revents, POLLIN | POLLHUP, "data and a hang-up");

	ASSERT_TRUE(pipe(fds) == 0, "another pipe");
	close(fds[0]);
	p[0] = (struct pollfd){ .fd = fds[1], .events = POLLOUT };
	p[1] = (struct pollfd){ .fd = 99, .events = POLLIN };
	p[2] = (struct pollfd){ .fd = -1, .events = POLLIN };
	EXPECT_EQ(poll(p, 3, 0), 2, "two entries with events");
	EXPECT_EQ(p[0].revents, POLLOUT | POLLERR, "no reader: POLLERR");
	EXPECT_EQ(p[1].revents, POLLNVAL, "a closed fd: POLLNVAL");
	EXPECT_EQ(p[2].revents, 0, "a negative fd is skipped");
	EXPECT_ERRNO(poll((struct pollfd *)8, 1, 0), EFAULT, "a bad array");
	return test_done();
}
