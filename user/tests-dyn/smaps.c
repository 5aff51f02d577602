/*
 * /proc/PID/smaps in Linux's format shows what a mapping shares: with
 * four more processes running this program (fork + exec, each doing the
 * same work), the text of libc.so.6 that all of them executed is the same
 * page-cache frames in each (Shared_Clean,
 * and Pss at most half of Rss, as each process is charged a share); the
 * data libc's loader relocated became private copies (Private_Dirty,
 * Anonymous). Each VMA's entry has Linux's fields in Linux's order, and
 * smaps_rollup sums them under one [rollup] line.
 */
#include "check.h"
#include "dyn_util.h"
#include <stdlib.h>
#include <sys/wait.h>

#define CHILDREN 4

static const char *const fields[] = {
	"Size", "KernelPageSize", "MMUPageSize", "Rss", "Pss", "Shared_Clean", "Shared_Dirty",
	"Private_Clean", "Private_Dirty", "Referenced", "Anonymous", "Swap", "Locked",
	"VmFlags",
};

struct smap {
	char perms[5];
	long rss, pss, shared_clean, private_dirty, anonymous;
	int order_ok;
};

/* The entry of the first VMA of path with permissions perms in /proc/self/smaps; 0 if found. */
static int read_smap(const char *path, const char *perms, struct smap *out)
{
	FILE *f = fopen("/proc/self/smaps", "r");
	char line[512], name[64], p[5] = "", file[256];
	int found = 0, next = 0;
	long kb;

	memset(out, 0, sizeof(*out));
	while (f && fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%*x-%*x %4s %*s %*s %*s %255s", p, file) == 2 ||
		    sscanf(line, "%*x-%*x %4s", p) == 1) {
			if (found)
				break;
			found = !strcmp(p, perms) && strstr(line, path);
			next = 0;
			continue;
		}
		if (!found || sscanf(line, "%63[^:]: %ld", name, &kb) < 1)
			continue;
		if (next < (int)(sizeof(fields) / sizeof(fields[0])) && !strcmp(name, fields[next]))
			next++;
		if (!strcmp(name, "Rss")) out->rss = kb;
		if (!strcmp(name, "Pss")) out->pss = kb;
		if (!strcmp(name, "Shared_Clean")) out->shared_clean = kb;
		if (!strcmp(name, "Private_Dirty")) out->private_dirty = kb;
		if (!strcmp(name, "Anonymous")) out->anonymous = kb;
		out->order_ok = next == (int)(sizeof(fields) / sizeof(fields[0]));
	}
	if (f)
		fclose(f);
	return found ? 0 : -1;
}

/* Rss of smaps_rollup, and the sum of Rss over smaps, in kB. */
static void rss_totals(long *rollup, long *sum)
{
	char line[512];
	long kb;
	FILE *f = fopen("/proc/self/smaps_rollup", "r");

	*rollup = *sum = -1;
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "Rss: %ld", &kb) == 1)
			*rollup = kb;
	if (f)
		fclose(f);
	f = fopen("/proc/self/smaps", "r");
	*sum = 0;
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "Rss: %ld", &kb) == 1)
			*sum += kb;
	if (f)
		fclose(f);
}

/* A child: this program again, doing what the parent does, then waiting for go. */
static int child(int ready, int go)
{
	struct smap text;
	char buf[64], c;

	snprintf(buf, sizeof(buf), "%s %.3f", "child", 1.5);
	read_smap("/libc.so.6", "r-xp", &text);
	if (write(ready, "r", 1) != 1)
		return 1;
	return read(go, &c, 1) == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
	int go[2], ready[2], i;
	pid_t kids[CHILDREN];
	struct smap text, data;
	long rollup, sum;
	char self[512], fds[2][16], c, buf[64];

	if (argc == 4 && !strcmp(argv[1], "child"))
		return child(atoi(argv[2]), atoi(argv[3]));
	self_path(self, sizeof(self));
	snprintf(buf, sizeof(buf), "%s %.3f", "parent", 1.5);
	read_smap("/libc.so.6", "r-xp", &text);
	CHECK(pipe(go) == 0 && pipe(ready) == 0, "pipes");
	snprintf(fds[0], sizeof(fds[0]), "%d", ready[1]);
	snprintf(fds[1], sizeof(fds[1]), "%d", go[0]);
	for (i = 0; i < CHILDREN; i++) {
		kids[i] = fork();
		if (kids[i] == 0) {
			close(go[1]);
			execl(self, self, "child", fds[0], fds[1], (char *)NULL);
			_exit(127);
		}
	}
	close(go[0]);
	close(ready[1]);
	for (i = 0; i < CHILDREN; i++)
		CHECK(read(ready[0], &c, 1) == 1, "a child is ready");
	CHECK(read_smap("/libc.so.6", "r-xp", &text) == 0, "libc's text is in smaps");
	CHECK(text.order_ok, "its entry has Linux's fields in Linux's order");
	CHECK(text.rss > 0 && text.shared_clean > 0, "libc's text is resident and shared");
	CHECK(text.pss * 2 <= text.rss, "Pss of libc's text is at most half its Rss");
	CHECK(read_smap("/libc.so.6", "rw-p", &data) == 0, "libc's data is in smaps");
	CHECK(data.private_dirty > 0 && data.anonymous > 0,
	      "libc's relocated data is private, copied on write (Anonymous)");
	rss_totals(&rollup, &sum);
	CHECK(rollup > 0 && rollup - sum <= 64 && sum - rollup <= 64,
	      "smaps_rollup's Rss is the sum of smaps' Rss");
	close(go[1]);
	for (i = 0; i < CHILDREN; i++) {
		int status;

		CHECK(waitpid(kids[i], &status, 0) == kids[i] && WIFEXITED(status) &&
		      WEXITSTATUS(status) == 0, "a child exits 0");
	}
	return check_done();
}
