/*
 * ls [-l] [PATH...]: lists directories (sorted, without dot files unless
 * -a) or names files. -l adds type, permissions, link count, size and inode.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int long_format, show_all;

static void mode_string(unsigned mode, char *s)
{
	static const char rwx[] = "rwxrwxrwx";
	int i;

	s[0] = S_ISDIR(mode) ? 'd' : S_ISCHR(mode) ? 'c' : S_ISBLK(mode) ? 'b' :
	       S_ISLNK(mode) ? 'l' : S_ISFIFO(mode) ? 'p' : S_ISSOCK(mode) ? 's' : '-';
	for (i = 0; i < 9; i++)
		s[1 + i] = mode & (0400 >> i) ? rwx[i] : '-';
	s[10] = '\0';
}

/* Prints one entry; path is what to stat, name what to show. */
static void show(const char *path, const char *name)
{
	struct stat st;
	char mode[11];

	if (!long_format) {
		printf("%s\n", name);
		return;
	}
	if (stat(path, &st) < 0) {
		printf("?????????? %s (%s)\n", name, strerror(errno));
		return;
	}
	mode_string(st.st_mode, mode);
	printf("%s %3u %8lu %7lu %s\n", mode, st.st_nlink, st.st_size, st.st_ino, name);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list_dir(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char **names = NULL, full[PATH_MAX];
	int n = 0, cap = 0, i;

	if (!d) {
		dprintf(2, "ls: %s: %s\n", path, strerror(errno));
		return 1;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' && !show_all)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = realloc(names, (size_t)cap * sizeof(*names));
			if (!names) {
				perror("ls");
				closedir(d);
				return 1;
			}
		}
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, (size_t)n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		snprintf(full, sizeof(full), "%s/%s", path, names[i]);
		show(full, names[i]);
		free(names[i]);
	}
	free(names);
	return 0;
}

int main(int argc, char **argv)
{
	int i, status = 0, paths = 0;
	struct stat st;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strchr(argv[i], 'l'))
			long_format = 1;
		if (strchr(argv[i], 'a'))
			show_all = 1;
	}
	for (; i < argc; i++, paths++) {
		if (stat(argv[i], &st) < 0) {
			dprintf(2, "ls: %s: %s\n", argv[i], strerror(errno));
			status = 1;
		} else if (S_ISDIR(st.st_mode)) {
			status |= list_dir(argv[i]);
		} else {
			show(argv[i], argv[i]);
		}
	}
	if (!paths)
		status = list_dir(".");
	return status;
}
