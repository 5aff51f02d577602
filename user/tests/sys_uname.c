/*
 * uname fills Linux's struct new_utsname: six NUL-terminated strings of at
 * most 64 characters; sysname is "Linux" (the ABI spoken), and the machine
 * and release are not empty.
 */
#include <sys/utsname.h>
#include <test.h>

int main(void)
{
	struct utsname u;
	const char *fields[6];
	int i;

	memset(&u, 0xff, sizeof(u));
	ASSERT_TRUE(uname(&u) == 0, "uname");
	fields[0] = u.sysname;
	fields[1] = u.nodename;
	fields[2] = u.release;
	fields[3] = u.version;
	fields[4] = u.machine;
	fields[5] = u.domainname;
	for (i = 0; i < 6; i++)
		EXPECT_TRUE(memchr(fields[i], '\0', 65) != NULL, "field NUL-terminated");
	EXPECT_STREQ(u.sysname, "Linux", "sysname");
	EXPECT_TRUE(u.release[0] != '\0', "release not empty");
	EXPECT_TRUE(u.machine[0] != '\0', "machine not empty");
	return test_done();
}
