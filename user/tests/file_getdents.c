/*
 * Linux guarantees: reading a directory (getdents, through readdir) lists
 * ".", ".." and every name in it exactly once; a removed name disappears.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

#define N 120

/* How many of the names "gd-NNN" are listed, and whether . and .. are. */
static int count(int *dots)
{
	DIR *d = opendir("gd-dir");
	struct dirent *e;
	int n = 0;

	*dots = 0;
	if (!d)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (!strncmp(e->d_name, "gd-", 3))
			n++;
		else if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			(*dots)++;
	}
	closedir(d);
	return n;
}

int main(void)
{
	char name[64];
	int i, dots;

	ASSERT_TRUE(mkdir("gd-dir", 0755) == 0, "mkdir");
	for (i = 0; i < N; i++) {
		snprintf(name, sizeof(name), "gd-dir/gd-%03d-a-longer-name-to-fill-blocks", i);
		close(open(name, O_WRONLY | O_CREAT, 0644));
	}
	EXPECT_EQ(count(&dots), N, "every file listed once");
	EXPECT_EQ(dots, 2, ". and .. listed");
	for (i = 0; i < N; i += 3) {
		snprintf(name, sizeof(name), "gd-dir/gd-%03d-a-longer-name-to-fill-blocks", i);
		unlink(name);
	}
	EXPECT_EQ(count(&dots), N - N / 3, "removed names are gone");
	for (i = 0; i < N; i++) {
		snprintf(name, sizeof(name), "gd-dir/gd-%03d-a-longer-name-to-fill-blocks", i);
		unlink(name);
	}
	EXPECT_EQ(count(&dots), 0, "empty again");
	EXPECT_EQ(rmdir("gd-dir"), 0, "rmdir");
	return test_done();
}
