/*
 * Linux guarantees: the current directory may be removed (rmdir works on
 * it from outside); afterwards nothing can be created in it (ENOENT), it
 * lists nothing, getcwd fails with ENOENT, and ".." still leads out.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	char top[512], cwd[512];

	ASSERT_TRUE(getcwd(top, sizeof(top)) != NULL, "getcwd");
	ASSERT_TRUE(mkdir("rc-dir", 0755) == 0, "mkdir");
	ASSERT_TRUE(chdir("rc-dir") == 0, "chdir");
	EXPECT_EQ(rmdir("../rc-dir"), 0, "rmdir the cwd");
	EXPECT_ERRNO(open("x", O_WRONLY | O_CREAT, 0644), ENOENT, "create in a removed dir");
	EXPECT_ERRNO(mkdir("y", 0755), ENOENT, "mkdir in a removed dir");
	EXPECT_TRUE(getcwd(cwd, sizeof(cwd)) == NULL && errno == ENOENT, "getcwd is ENOENT");
	EXPECT_EQ(chdir(top), 0, "leave by absolute path");
	EXPECT_ERRNO(chdir("rc-dir"), ENOENT, "the name is gone");
	return test_done();
}
