/* The exec family on top of execve. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "libc.h"

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

/*
 * Tries "dir/file" for each directory of $PATH (default /bin), keeping the
 * most telling error: ENOENT only if no candidate existed at all.
 */
int execvp(const char *file, char *const argv[])
{
	const char *path = getenv("PATH");
	char buf[PATH_MAX];
	int saved = ENOENT;

	if (strchr(file, '/'))
		return execv(file, argv);
	if (!path || !*path)
		path = "/bin";
	while (*path) {
		size_t len = strcspn(path, ":");

		if (len + strlen(file) + 2 <= sizeof(buf)) {
			memcpy(buf, path, len);
			buf[len] = '/';
			strcpy(buf + len + 1, file);
			execv(buf, argv);
			if (errno != ENOENT && errno != ENOTDIR)
				saved = errno;
		}
		path += len;
		if (*path == ':')
			path++;
	}
	errno = saved;
	return -1;
}
