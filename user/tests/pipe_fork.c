/*
 * A pipe shared across fork carries data between processes: the reader
 * blocks until the writer sends, and a write of more than the pipe holds
 * (200,000 bytes against Linux's 64 KiB) completes as the reader drains it,
 * with every byte arriving once and in order. The reader sees end of file
 * only when the last write end, in every process, is closed.
 */
#include <sys/wait.h>
#include <test.h>

#define TOTAL 200000

static void writer(int wfd)
{
	static unsigned char big[TOTAL];
	int i;

	for (i = 0; i < TOTAL; i++)
		big[i] = (unsigned char)(i * 7 + i / 251);
	_exit(write(wfd, big, TOTAL) == TOTAL ? 0 : 1);
}

int main(void)
{
	static unsigned char got[TOTAL + 1];
	int fds[2], status, bad = 0, i;
	long n, total = 0;
	pid_t child;

	ASSERT_TRUE(pipe(fds) == 0, "pipe");
	child = fork();
	ASSERT_TRUE(child >= 0, "fork");
	if (child == 0) {
		close(fds[0]);
		writer(fds[1]);
	}
	close(fds[1]);
	while ((n = read(fds[0], got + total, sizeof(got) - total)) > 0)
		total += n;
	EXPECT_EQ(n, 0, "end of file after the writer exits");
	EXPECT_EQ(total, TOTAL, "every byte arrived");
	for (i = 0; i < TOTAL; i++)
		bad += got[i] != (unsigned char)(i * 7 + i / 251);
	EXPECT_EQ(bad, 0, "bytes in order");
	EXPECT_EQ(waitpid(child, &status, 0), child, "reap the writer");
	EXPECT_EXITED(status, 0, "the writer's write returned the whole count");
	close(fds[0]);
	return test_done();
}
