/*
 * Linux guarantees: a file of several MiB is stored and read back exactly.
 * On ext2 this reaches past the 12 direct blocks and the indirect block
 * into the double-indirect tree (at 268 KiB with 1 KiB blocks, at about
 * 4 MiB with 4 KiB blocks).
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

#define SIZE ((5 << 20) + 3333)

static unsigned char byte_at(long i)
{
	return (unsigned char)(i * 13 + (i >> 10));
}

int main(void)
{
	static unsigned char buf[65536];
	struct stat st;
	long pos, bad = -1;
	int fd = open("large-file", O_RDWR | O_CREAT | O_TRUNC, 0644), i;

	ASSERT_TRUE(fd >= 0, "open");
	for (pos = 0; pos < SIZE; pos += sizeof(buf)) {
		long n = SIZE - pos < (long)sizeof(buf) ? SIZE - pos : (long)sizeof(buf);

		for (i = 0; i < n; i++)
			buf[i] = byte_at(pos + i);
		if (write(fd, buf, n) != n)
			break;
	}
	EXPECT_EQ(fstat(fd, &st), 0, "fstat");
	EXPECT_EQ(st.st_size, SIZE, "size");
	EXPECT_EQ(fsync(fd), 0, "fsync");
	close(fd);
	fd = open("large-file", O_RDONLY);
	for (pos = 0; pos < SIZE && bad < 0;) {
		long n = read(fd, buf, 50000);

		if (n <= 0)
			break;
		for (i = 0; i < n && bad < 0; i++)
			if (buf[i] != byte_at(pos + i))
				bad = pos + i;
		pos += n;
	}
	EXPECT_EQ(pos, SIZE, "read everything back");
	EXPECT_EQ(bad, -1, "first wrong byte");
	EXPECT_EQ(lseek(fd, (4 << 20) + 17, SEEK_SET), (4 << 20) + 17, "seek deep");
	EXPECT_EQ(read(fd, buf, 1), 1, "read deep");
	EXPECT_EQ(buf[0], byte_at((4 << 20) + 17), "byte deep in the file");
	close(fd);
	EXPECT_EQ(unlink("large-file"), 0, "unlink");
	return test_done();
}
