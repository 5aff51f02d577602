/*
 * Linux guarantees: one lookup follows at most 40 symbolic links; a chain
 * of 40 resolves, 41 is ELOOP, and so is a link to itself or a cycle of
 * links, in the last component or in the middle of a path. lstat of a
 * looping link still works: it does not follow.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	char name[32], prev[32];
	struct stat64 st;
	int i, fd = open("loop-file", O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create");
	close(fd);
	ASSERT_TRUE(mkdir("loop-dir", 0755) == 0, "mkdir");
	strcpy(prev, "loop-file");
	for (i = 1; i <= 41; i++) {
		snprintf(name, sizeof(name), "loop-%d", i);
		ASSERT_TRUE(symlink(prev, name) == 0, "symlink in the chain");
		strcpy(prev, name);
	}
	/* loop-N reaches the file through N links. */
	EXPECT_EQ(stat64("loop-40", &st), 0, "40 links resolve");
	EXPECT_TRUE(S_ISREG(st.st_mode), "to the file");
	EXPECT_ERRNO(stat64("loop-41", &st), ELOOP, "41 links are ELOOP");
	EXPECT_ERRNO(open("loop-41", O_RDONLY), ELOOP, "open: ELOOP too");
	EXPECT_EQ(lstat64("loop-41", &st), 0, "lstat64 does not follow");

	EXPECT_EQ(symlink("loop-self", "loop-self"), 0, "a link to itself");
	EXPECT_ERRNO(stat64("loop-self", &st), ELOOP, "ELOOP");
	EXPECT_ERRNO(open("loop-self", O_WRONLY | O_CREAT, 0644), ELOOP, "O_CREAT: ELOOP");
	EXPECT_EQ(symlink("loop-b", "loop-a"), 0, "a -> b");
	EXPECT_EQ(symlink("loop-a", "loop-b"), 0, "b -> a");
	EXPECT_ERRNO(stat64("loop-a", &st), ELOOP, "a cycle of two");
	EXPECT_ERRNO(stat64("loop-a/x", &st), ELOOP, "a cycle in the middle of a path");
	EXPECT_EQ(symlink("../loop-dir/up", "loop-dir/up"), 0, "a link walking back to itself");
	EXPECT_ERRNO(stat64("loop-dir/up/x", &st), ELOOP, "ELOOP");

	for (i = 1; i <= 41; i++) {
		snprintf(name, sizeof(name), "loop-%d", i);
		unlink(name);
	}
	unlink("loop-self");
	unlink("loop-a");
	unlink("loop-b");
	unlink("loop-dir/up");
	rmdir("loop-dir");
	unlink("loop-file");
	return test_done();
}
