/*
 * /proc/self/maps of a dynamically linked program looks like Linux's: the
 * program, ld-linux.so.2 and libc.so.6 each as a read-only first page
 * (offset 0), text r-xp, read-only data, the RELRO part made read-only by
 * the loader's mprotect after relocation (r--p, split from the rw-p rest
 * of the data segment at the same file page run), a [heap] once malloc
 * used brk, a [stack], and the [vdso]. The program is below its loader.
 */
#include "check.h"
#include "dyn_util.h"
#include <stdlib.h>

/* "r--p r-xp r--p r--p rw-p" of n lines. */
static void perms_of(const struct map_line *l, int n, char *out, size_t size)
{
	int i;

	out[0] = '\0';
	for (i = 0; i < n; i++)
		snprintf(out + strlen(out), size - strlen(out), "%s%s", i ? " " : "", l[i].perms);
}

static void check_object(const char *suffix, const char *what)
{
	struct map_line l[16];
	char perms[128], msg[128];
	int n = maps_matching(suffix, l, 16);

	perms_of(l, n > 0 ? n : 0, perms, sizeof(perms));
	snprintf(msg, sizeof(msg), "%s is mapped r--p r-xp r--p r--p rw-p (got %s)", what, perms);
	CHECK(!strcmp(perms, "r--p r-xp r--p r--p rw-p"), msg);
	CHECK(n > 0 && l[0].offset == 0, "its first mapping is the file's first page");
}

int main(void)
{
	char self[512];
	struct map_line prog[16], ld[16], heap[4], stack[4], vdso[4];
	void *p = malloc(100);

	self_path(self, sizeof(self));
	check_object(self, "the program");
	check_object("/ld-linux.so.2", "ld-linux.so.2");
	check_object("/libc.so.6", "libc.so.6");
	CHECK(maps_matching(self, prog, 16) > 0 && maps_matching("/ld-linux.so.2", ld, 16) > 0 &&
	      prog[0].start < ld[0].start, "the program lies below its loader");
	CHECK(p && maps_matching("[heap]", heap, 4) == 1, "one [heap]");
	CHECK(maps_matching("[stack]", stack, 4) == 1, "one [stack]");
	CHECK(maps_matching("[vdso]", vdso, 4) == 1 && !strcmp(vdso[0].perms, "r-xp"),
	      "one [vdso], r-xp");
	free(p);
	return check_done();
}
