/*
 * Long and deep paths: a path of more than PATH_MAX (4096) bytes is
 * ENAMETOOLONG for open, stat, mkdir and chdir; a directory 40 levels deep
 * with 100-byte names (a path of about 4 KiB) can be entered one level at
 * a time, and getcwd then needs a buffer of the full length: a smaller one
 * is ERANGE. Climbing back with ".." and removing everything works.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

#define DEPTH 38

static char longpath[5000], name[101], cwd[8192];

int main(void)
{
	struct stat st;
	int i, ok = 1;
	long len;

	memset(longpath, 'a', 4200);
	for (i = 50; i < 4200; i += 50)
		longpath[i] = '/';
	EXPECT_ERRNO(open(longpath, O_RDONLY), ENAMETOOLONG, "open of a 4200-byte path");
	EXPECT_ERRNO(stat(longpath, &st), ENAMETOOLONG, "stat of it");
	EXPECT_ERRNO(mkdir(longpath, 0755), ENAMETOOLONG, "mkdir of it");
	EXPECT_ERRNO(chdir(longpath), ENAMETOOLONG, "chdir to it");

	memset(name, 'd', 100);
	ASSERT_TRUE(getcwd(cwd, sizeof(cwd)) != NULL, "getcwd at the start");
	len = strlen(cwd);
	for (i = 0; i < DEPTH && ok; i++) {
		name[0] = 'a' + i % 26;
		ok = mkdir(name, 0755) == 0 && chdir(name) == 0;
	}
	EXPECT_TRUE(ok, "mkdir and chdir 38 levels down");
	len += DEPTH * 101;
	EXPECT_TRUE(getcwd(cwd, sizeof(cwd)) != NULL, "getcwd deep down");
	EXPECT_EQ(strlen(cwd), len, "its length");
	EXPECT_TRUE(getcwd(cwd, len) == NULL && errno == ERANGE, "getcwd one byte short is ERANGE");
	EXPECT_TRUE(getcwd(cwd, len + 1) != NULL, "getcwd with exactly enough room");
	for (i = DEPTH - 1; i >= 0; i--) {
		name[0] = 'a' + i % 26;
		EXPECT_EQ(chdir(".."), 0, "chdir ..");
		EXPECT_EQ(rmdir(name), 0, "rmdir on the way up");
	}
	return test_done();
}
