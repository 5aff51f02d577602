/*
 * Linux guarantees: rename moves a directory with everything in it; moved
 * to another parent, its ".." names the new parent, the old parent loses
 * a link and the new one gains one. A directory may replace an empty
 * directory (ENOTEMPTY if it is not) but not a file (ENOTDIR), and cannot
 * move into itself or below itself (EINVAL). A process whose cwd is moved
 * stays in it, and getcwd gives the new path.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static struct stat64 st;

static long nlink_of(const char *path)
{
	if (stat64(path, &st))
		return -errno;
	return st.st_nlink;
}

static unsigned long long ino_of(const char *path)
{
	if (stat64(path, &st))
		return 0;
	return st.st_ino;
}

int main(void)
{
	char top[512], cwd[600], want[600];
	int fd;

	ASSERT_TRUE(getcwd(top, sizeof(top)) != NULL, "getcwd");
	ASSERT_TRUE(mkdir("rd-p", 0755) == 0 && mkdir("rd-q", 0755) == 0, "mkdir p, q");
	ASSERT_TRUE(mkdir("rd-p/d", 0755) == 0 && mkdir("rd-p/d/sub", 0755) == 0, "mkdir d/sub");
	fd = open("rd-p/d/sub/f", O_WRONLY | O_CREAT, 0644);
	close(fd);
	EXPECT_EQ(nlink_of("rd-p"), 3, "p: its name, \".\", d's \"..\"");
	EXPECT_EQ(nlink_of("rd-q"), 2, "q: empty");

	EXPECT_EQ(rename("rd-p/d", "rd-p/d2"), 0, "rename within the parent");
	EXPECT_EQ(nlink_of("rd-p"), 3, "p's links unchanged");
	EXPECT_EQ(rename("rd-p/d2", "rd-q/d"), 0, "move to another parent");
	EXPECT_EQ(nlink_of("rd-p"), 2, "the old parent lost a link");
	EXPECT_EQ(nlink_of("rd-q"), 3, "the new parent gained one");
	EXPECT_EQ(ino_of("rd-q/d/.."), ino_of("rd-q"), "\"..\" names the new parent");
	EXPECT_EQ(ino_of("rd-q/d/sub/.."), ino_of("rd-q/d"), "the subtree moved along");
	EXPECT_EQ(stat64("rd-q/d/sub/f", &st), 0, "with its files");

	ASSERT_TRUE(mkdir("rd-p/empty", 0755) == 0, "mkdir an empty directory");
	EXPECT_EQ(rename("rd-q/d", "rd-p/empty"), 0, "over an empty directory");
	EXPECT_EQ(nlink_of("rd-p"), 3, "p: one subdirectory");
	EXPECT_EQ(nlink_of("rd-q"), 2, "q: none");
	EXPECT_EQ(ino_of("rd-p/empty/.."), ino_of("rd-p"), "\"..\" follows again");
	ASSERT_TRUE(mkdir("rd-q/full", 0755) == 0 && mkdir("rd-q/full/x", 0755) == 0,
		    "mkdir a non-empty directory");
	EXPECT_ERRNO(rename("rd-p/empty", "rd-q/full"), ENOTEMPTY, "over a non-empty one");
	fd = open("rd-q/file", O_WRONLY | O_CREAT, 0644);
	close(fd);
	EXPECT_ERRNO(rename("rd-p/empty", "rd-q/file"), ENOTDIR, "a directory over a file");
	EXPECT_ERRNO(rename("rd-p", "rd-p/empty/sub/below"), EINVAL, "below itself");
	EXPECT_ERRNO(rename("rd-p/empty", "rd-p/empty/x"), EINVAL, "into itself");
	EXPECT_ERRNO(rename("rd-q/full/x", "rd-q"), ENOTEMPTY, "over its own ancestor");
	EXPECT_EQ(rename("rd-p/", "rd-p2/"), 0, "trailing slashes on directories");
	EXPECT_EQ(rename("rd-p2", "rd-p"), 0, "and back");

	EXPECT_EQ(chdir("rd-p/empty/sub"), 0, "chdir into the tree");
	EXPECT_EQ(rename("../../../rd-p", "../../../rd-q/moved"), 0, "move the tree away");
	EXPECT_TRUE(getcwd(cwd, sizeof(cwd)) != NULL, "getcwd");
	snprintf(want, sizeof(want), "%s/rd-q/moved/empty/sub", strcmp(top, "/") ? top : "");
	EXPECT_STREQ(cwd, want, "the cwd's new path");
	EXPECT_EQ(stat64("f", &st), 0, "still in the same directory");
	EXPECT_EQ(chdir(top), 0, "back");

	unlink("rd-q/moved/empty/sub/f");
	rmdir("rd-q/moved/empty/sub");
	rmdir("rd-q/moved/empty");
	rmdir("rd-q/moved");
	unlink("rd-q/file");
	rmdir("rd-q/full/x");
	rmdir("rd-q/full");
	rmdir("rd-q");
	return test_done();
}
