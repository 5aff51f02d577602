/*
 * Linux guarantees: /proc/version is one line, Linux's banner: "Linux
 * version RELEASE (builder) (compiler) VERSION", with the release and
 * version strings that uname gives.
 */
#include <sys/utsname.h>
#include "proc_fs_util.h"

int main(void)
{
	static char text[1024];
	char want[512];
	struct utsname u;
	size_t len;

	ASSERT_TRUE(uname(&u) == 0, "uname");
	ASSERT_TRUE(read_file("/proc/version", text, sizeof(text)) > 0, "read /proc/version");
	snprintf(want, sizeof(want), "%s version %s (", u.sysname, u.release);
	EXPECT_EQ(strncmp(text, want, strlen(want)), 0, "starts with \"Linux version RELEASE (\"");
	snprintf(want, sizeof(want), ") %s\n", u.version);
	len = strlen(text);
	EXPECT_TRUE(len > strlen(want) && !strcmp(text + len - strlen(want), want),
		    "ends with uname's version");
	EXPECT_PTR_EQ(strchr(text, '\n'), text + len - 1, "one line");
	return test_done();
}
