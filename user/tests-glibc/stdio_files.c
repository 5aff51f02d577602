/*
 * What glibc programs do with files: fopen/fprintf/fgets, fseek/ftell,
 * stat and fstat, rename, a directory listing with opendir/readdir, and
 * unlink. Under glibc these become openat, statx or fstatat64,
 * getdents64 and friends.
 */
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char line[64];
	struct stat st;
	FILE *f;
	DIR *d;
	struct dirent *e;
	int found = 0;

	CHECK(mkdir("gdir", 0755) == 0, "mkdir");
	f = fopen("gdir/data.txt", "w+");
	CHECK(f != NULL, "fopen w+");
	if (!f)
		return 1;
	fprintf(f, "line %d\nsecond\n", 1);
	CHECK(ftell(f) == 14, "ftell after writing");
	rewind(f);
	CHECK(fgets(line, sizeof(line), f) && !strcmp(line, "line 1\n"), "fgets");
	CHECK(fseek(f, -7, SEEK_END) == 0 && fgets(line, sizeof(line), f) &&
	      !strcmp(line, "second\n"), "fseek from the end");
	CHECK(fstat(fileno(f), &st) == 0 && st.st_size == 14, "fstat size");
	fclose(f);
	CHECK(stat("gdir/data.txt", &st) == 0 && S_ISREG(st.st_mode), "stat");
	CHECK(rename("gdir/data.txt", "gdir/moved.txt") == 0, "rename");
	CHECK(access("gdir/moved.txt", R_OK | W_OK) == 0, "access");
	d = opendir("gdir");
	CHECK(d != NULL, "opendir");
	while (d && (e = readdir(d)))
		found += !strcmp(e->d_name, "moved.txt");
	if (d)
		closedir(d);
	CHECK(found == 1, "readdir finds the renamed file");
	CHECK(unlink("gdir/moved.txt") == 0 && rmdir("gdir") == 0, "clean up");
	return check_done();
}
