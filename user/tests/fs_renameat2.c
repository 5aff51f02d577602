/*
 * Linux guarantees: renameat2 with RENAME_NOREPLACE renames only if the
 * new name does not exist (EEXIST otherwise); with RENAME_EXCHANGE it
 * swaps two existing names atomically (ENOENT if one is missing), a file
 * with a directory too, across directories, each directory's ".." then
 * naming its new parent and the parents' link counts following. Both
 * flags at once, or an unknown flag, is EINVAL; flags 0 is rename.
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

static long nlink_of(const char *path)
{
	if (stat64(path, &st))
		return -errno;
	return st.st_nlink;
}

static void make(const char *name)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create");
	close(fd);
}

int main(void)
{
	unsigned long long a, b;

	make("r2-a");
	make("r2-b");
	a = ino_of("r2-a");
	b = ino_of("r2-b");
	EXPECT_ERRNO(renameat2(AT_FDCWD, "r2-a", AT_FDCWD, "r2-b", RENAME_NOREPLACE), EEXIST,
		     "NOREPLACE over an existing name");
	EXPECT_EQ(ino_of("r2-b"), b, "b untouched");
	EXPECT_EQ(renameat2(AT_FDCWD, "r2-a", AT_FDCWD, "r2-c", RENAME_NOREPLACE), 0,
		  "NOREPLACE to a free name");
	EXPECT_EQ(ino_of("r2-c"), a, "moved");

	EXPECT_EQ(renameat2(AT_FDCWD, "r2-c", AT_FDCWD, "r2-b", RENAME_EXCHANGE), 0,
		  "EXCHANGE two files");
	EXPECT_EQ(ino_of("r2-b"), a, "b names a's file");
	EXPECT_EQ(ino_of("r2-c"), b, "c names b's file");
	EXPECT_ERRNO(renameat2(AT_FDCWD, "r2-c", AT_FDCWD, "r2-missing", RENAME_EXCHANGE),
		     ENOENT, "EXCHANGE with a missing name");

	ASSERT_TRUE(mkdir("r2-p", 0755) == 0 && mkdir("r2-q", 0755) == 0, "mkdir p, q");
	ASSERT_TRUE(mkdir("r2-p/dir", 0755) == 0, "mkdir p/dir");
	make("r2-q/file");
	EXPECT_EQ(renameat2(AT_FDCWD, "r2-p/dir", AT_FDCWD, "r2-q/file", RENAME_EXCHANGE), 0,
		  "EXCHANGE a directory and a file across directories");
	EXPECT_TRUE(S_ISDIR(lstat64("r2-q/file", &st) ? 0 : st.st_mode), "q/file is the directory");
	EXPECT_TRUE(S_ISREG(lstat64("r2-p/dir", &st) ? 0 : st.st_mode), "p/dir is the file");
	EXPECT_EQ(ino_of("r2-q/file/.."), ino_of("r2-q"), "its \"..\" names q");
	EXPECT_EQ(nlink_of("r2-p"), 2, "p lost the subdirectory link");
	EXPECT_EQ(nlink_of("r2-q"), 3, "q gained it");
	ASSERT_TRUE(mkdir("r2-p/dir2", 0755) == 0, "mkdir p/dir2");
	EXPECT_EQ(renameat2(AT_FDCWD, "r2-p/dir2", AT_FDCWD, "r2-q/file", RENAME_EXCHANGE), 0,
		  "EXCHANGE two directories");
	EXPECT_EQ(ino_of("r2-q/file/.."), ino_of("r2-q"), "q/file/.. is q");
	EXPECT_EQ(ino_of("r2-p/dir2/.."), ino_of("r2-p"), "p/dir2/.. is p");
	EXPECT_EQ(nlink_of("r2-p"), 3, "p's links");
	EXPECT_EQ(nlink_of("r2-q"), 3, "q's links");
	EXPECT_ERRNO(renameat2(AT_FDCWD, "r2-p", AT_FDCWD, "r2-p/dir2", RENAME_EXCHANGE), EINVAL,
		     "EXCHANGE a directory with its own subdirectory");

	EXPECT_ERRNO(renameat2(AT_FDCWD, "r2-b", AT_FDCWD, "r2-c",
			       RENAME_NOREPLACE | RENAME_EXCHANGE), EINVAL, "both flags");
	EXPECT_ERRNO(renameat2(AT_FDCWD, "r2-b", AT_FDCWD, "r2-c", 1 << 5), EINVAL,
		     "an unknown flag");
	EXPECT_EQ(renameat2(AT_FDCWD, "r2-b", AT_FDCWD, "r2-c", 0), 0, "flags 0: rename");
	EXPECT_EQ(ino_of("r2-c"), a, "c replaced by b's file");

	rmdir("r2-p/dir2");
	unlink("r2-p/dir");
	rmdir("r2-q/file");
	rmdir("r2-p");
	rmdir("r2-q");
	unlink("r2-c");
	return test_done();
}
