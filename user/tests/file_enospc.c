/*
 * Filling the filesystem: writes go on until the disk is full, and then a
 * write fails with ENOSPC (after any short write) instead of corrupting
 * anything; the bytes that were accepted read back; unlinking the file
 * gives the space back, so the next file can be written at once. The
 * test stops after 40 MiB on a disk larger than that.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

#define CHUNK 65536
#define LIMIT (40L << 20)

static char chunk[CHUNK];

/* Writes until ENOSPC or LIMIT; returns the bytes accepted. */
static long fill(int fd, int *err)
{
	long total = 0, n;

	*err = 0;
	while (total < LIMIT) {
		n = write(fd, chunk, CHUNK);
		if (n < 0) {
			*err = errno;
			break;
		}
		total += n;
		if (n < CHUNK) {
			n = write(fd, chunk, CHUNK);
			*err = n < 0 ? errno : 0;
			break;
		}
	}
	return total;
}

int main(void)
{
	long total, again;
	char back[16];
	int fd, err, i;

	for (i = 0; i < CHUNK; i++)
		chunk[i] = (char)(i % 251);
	fd = open("full-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "create the file");
	total = fill(fd, &err);
	EXPECT_TRUE(total == LIMIT || err == ENOSPC, "filled up to the limit or ENOSPC");
	EXPECT_EQ(lseek(fd, 0, SEEK_END), total, "file size is what was accepted");
	EXPECT_EQ(lseek(fd, total - 16, SEEK_SET), total - 16, "seek to the last bytes");
	EXPECT_EQ(read(fd, back, 16), 16, "read them");
	EXPECT_EQ(back[15], chunk[(total - 1) % CHUNK], "the last byte accepted");
	close(fd);
	EXPECT_EQ(unlink("full-file"), 0, "unlink the full file");
	fd = open("full-file2", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "create a new file");
	again = 0;
	for (i = 0; i < 16; i++)
		again += write(fd, chunk, CHUNK);
	EXPECT_EQ(again, 16L * CHUNK, "1 MiB fits again after the unlink");
	close(fd);
	unlink("full-file2");
	return test_done();
}
