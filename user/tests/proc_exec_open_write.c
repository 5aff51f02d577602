/*
 * A program that is running cannot be opened for writing: Linux refuses
 * open(O_WRONLY) of the executable of a live process with ETXTBSY
 * (deny_write_access at execve, allow_write_access when the mm drops it).
 */
#include <fcntl.h>
#include <test.h>

int main(int argc, char **argv)
{
	(void)argc;
	EXPECT_ERRNO(open(argv[0], O_WRONLY), ETXTBSY, "open of the running program for writing");
	return test_done();
}
