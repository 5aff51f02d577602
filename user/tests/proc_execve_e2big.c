/*
 * execve refuses an argument or environment string longer than
 * MAX_ARG_STRLEN (32 pages, 128 KiB) with E2BIG, and the caller goes on
 * running with its own image intact.
 */
#include <stdlib.h>
#include <test.h>

#define BIG (200 * 1024)

int main(int argc, char **argv)
{
	char *big = malloc(BIG + 1);
	char *args[] = { argv[0], "child", NULL, NULL };
	char *env[] = { "A=1", NULL, NULL };
	char *envbig[] = { NULL, NULL };

	if (argc > 1)
		return 7;	/* must never run */
	ASSERT_TRUE(big != NULL, "malloc");
	memset(big, 'x', BIG);
	big[BIG] = 0;
	args[2] = big;
	EXPECT_ERRNO(execve(argv[0], args, env), E2BIG, "a 200 KiB argument");
	args[2] = NULL;
	memcpy(big, "B=", 2);
	envbig[0] = big;
	EXPECT_ERRNO(execve(argv[0], args, envbig), E2BIG, "a 200 KiB environment string");
	EXPECT_EQ(big[BIG - 1], 'x', "the caller's memory is intact");
	free(big);
	return test_done();
}
