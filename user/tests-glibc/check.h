/*
 * The checks of the glibc-built tests: the same idea as user/include/test.h
 * (print what was expected and what came, count failures), for programs
 * built with the toolchain's glibc instead of our own C library.
 */
#ifndef CHECK_H
#define CHECK_H

#include <errno.h>
#include <stdio.h>
#include <string.h>

static int check_failures;

#define CHECK(cond, what) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "FAIL: %s: %s (%s:%d, errno %s)\n", what, #cond, \
			__FILE__, __LINE__, strerrorname_np(errno) ?: "0"); \
		check_failures++;					\
	}								\
} while (0)

static inline int check_done(void)
{
	if (check_failures)
		fprintf(stderr, "FAILED: %d check(s)\n", check_failures);
	return check_failures != 0;
}

#endif
