/*
 * Linux guarantees: what symlink, link and rename do to a filesystem
 * leaves it consistent on the disk. This test leaves its work behind in
 * the current directory (the guest's /tmp), where the image check after
 * the suite (tools/test/31-image.sh, e2fsck -fn) reads it: a fast and a
 * slow symbolic link (the target in the inode and in a block), a file with
 * three names, a directory tree moved to another parent over an empty
 * directory, and a file and a directory swapped by RENAME_EXCHANGE.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static struct stat64 st;

static unsigned long long ino_of(const char *path)
{
	if (lstat64(path, &st))
		return 0;
	return st.st_ino;
}

int main(void)
{
	char slow[301];
	int fd;

	memset(slow, 's', 300);
	slow[300] = 0;
	ASSERT_TRUE(mkdir("np", 0755) == 0, "mkdir np");
	EXPECT_EQ(symlink("np/target-of-a-fast-link", "np/fast"), 0, "a fast link");
	EXPECT_EQ(symlink(slow, "np/slow"), 0, "a slow link");

	fd = open("np/three", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(write(fd, "three names\n", 12), 12, "write");
	close(fd);
	EXPECT_EQ(link("np/three", "np/two"), 0, "a second name");
	EXPECT_EQ(link("np/two", "np/one"), 0, "a third name");

	ASSERT_TRUE(mkdir("np/from", 0755) == 0 && mkdir("np/from/tree", 0755) == 0 &&
		    mkdir("np/from/tree/leaf", 0755) == 0 && mkdir("np/to", 0755) == 0 &&
		    mkdir("np/to/empty", 0755) == 0, "mkdir the trees");
	EXPECT_EQ(rename("np/from/tree", "np/to/empty"), 0, "move a tree over an empty dir");
	EXPECT_EQ(ino_of("np/to/empty/.."), ino_of("np/to"), "its \"..\"");

	fd = open("np/from/swapfile", O_WRONLY | O_CREAT, 0644);
	close(fd);
	ASSERT_TRUE(mkdir("np/to/swapdir", 0755) == 0, "mkdir swapdir");
	EXPECT_EQ(renameat2(AT_FDCWD, "np/from/swapfile", AT_FDCWD, "np/to/swapdir",
			    RENAME_EXCHANGE), 0, "swap a file and a directory");
	EXPECT_EQ(ino_of("np/from/swapfile/.."), ino_of("np/from"), "the swapped \"..\"");
	EXPECT_EQ(lstat64("np/one", &st), 0, "lstat");
	EXPECT_EQ(st.st_nlink, 3, "three links");
	sync();
	return test_done();
}
