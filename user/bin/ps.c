/*
 * ps: one line per process, from the numeric directories of /proc. The
 * command is /proc/PID/cmdline (arguments separated by NULs) when it exists
 * and is not empty, else the name in parentheses from /proc/PID/stat, else
 * nothing but the pid.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void command_of(const char *pid, char *out, size_t size)
{
	char path[64], buf[512];
	ssize_t n, i;

	out[0] = '\0';
	snprintf(path, sizeof(path), "/proc/%s/cmdline", pid);
	n = read_file(path, buf, sizeof(buf));
	if (n > 0) {
		for (i = 0; i < n - 1; i++)
			if (buf[i] == '\0')
				buf[i] = ' ';
		snprintf(out, size, "%s", buf);
		return;
	}
	snprintf(path, sizeof(path), "/proc/%s/stat", pid);
	if (read_file(path, buf, sizeof(buf)) > 0) {
		char *open = strchr(buf, '('), *close = strrchr(buf, ')');

		if (open && close && close > open) {
			*close = '\0';
			snprintf(out, size, "[%s]", open + 1);
		}
	}
}

static int by_number(const void *a, const void *b)
{
	return atoi(*(char *const *)a) - atoi(*(char *const *)b);
}

int main(void)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	char *pids[1024], cmd[512];
	int n = 0, i;

	if (!d) {
		perror("ps: /proc");
		return 1;
	}
	while ((e = readdir(d)) && n < 1024)
		if (isdigit(e->d_name[0]))
			pids[n++] = strdup(e->d_name);
	closedir(d);
	qsort(pids, (size_t)n, sizeof(pids[0]), by_number);
	printf("  PID CMD\n");
	for (i = 0; i < n; i++) {
		command_of(pids[i], cmd, sizeof(cmd));
		printf("%5s %s\n", pids[i], cmd);
		free(pids[i]);
	}
	return 0;
}
