/*
 * ps: one line per process, from the numeric directories of /proc. The
 * command is /proc/PID/cmdline (arguments separated by NULs) when it exists
 * and is not empty, else the name in parentheses from /proc/PID/stat, else
 * nothing but the pid. A /proc that does not list every process in its
 * directory is helped by also looking up each pid up to ps's own (pids are
 * handed out in increasing order, so that finds every older process).
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_PIDS 1024

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
	return *(const int *)a - *(const int *)b;
}

static int add_pid(int *pids, int n, int pid)
{
	int i;

	for (i = 0; i < n; i++)
		if (pids[i] == pid)
			return n;
	if (n < MAX_PIDS)
		pids[n++] = pid;
	return n;
}

/* The pids /proc lists, plus those up to our own that /proc knows. */
static int collect_pids(int *pids)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	struct stat st;
	char path[32];
	int n = 0, pid;

	if (d) {
		while ((e = readdir(d)))
			if (isdigit(e->d_name[0]))
				n = add_pid(pids, n, atoi(e->d_name));
		closedir(d);
	}
	for (pid = 1; pid <= getpid(); pid++) {
		snprintf(path, sizeof(path), "/proc/%d", pid);
		if (stat(path, &st) == 0)
			n = add_pid(pids, n, pid);
	}
	qsort(pids, (size_t)n, sizeof(pids[0]), by_number);
	return n;
}

int main(void)
{
	static int pids[MAX_PIDS];
	char cmd[512], name[16];
	int n = collect_pids(pids), i;

	if (n == 0) {
		dprintf(2, "ps: no processes found in /proc\n");
		return 1;
	}
	printf("  PID CMD\n");
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "%d", pids[i]);
		command_of(name, cmd, sizeof(cmd));
		printf("%5d %s\n", pids[i], cmd);
	}
	return 0;
}
