/*
 * Linux guarantees: /proc/sys/vm/drop_caches is a write-only file (mode
 * 0200, not readable even by root) in the directories /proc/sys and
 * /proc/sys/vm. Writing a number as root drops clean caches: 1 the page
 * cache, 2 the slab caches, 3 both; the write uses the number and the
 * blanks after it. Anything that is not a number of at least 1 gives
 * EINVAL. Dropping loses no data: dirty pages are kept, and clean ones are
 * read again from the disk. Other /proc files cannot be written.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

/* Whether the directory dir lists name. */
static int lists(const char *dir, const char *name)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int found = 0;

	if (!d)
		return 0;
	while ((e = readdir(d)) != NULL)
		found |= !strcmp(e->d_name, name);
	closedir(d);
	return found;
}

/* write(2) of the string s to a fresh O_WRONLY open of drop_caches; -1 sets errno. */
static long drop(const char *s)
{
	int fd = open("/proc/sys/vm/drop_caches", O_WRONLY);
	long r;

	if (fd < 0)
		return -1;
	r = write(fd, s, strlen(s));
	close(fd);
	return r;
}

static void check_layout(void)
{
	struct stat st;

	EXPECT_TRUE(stat("/proc/sys", &st) == 0 && S_ISDIR(st.st_mode), "/proc/sys is a directory");
	EXPECT_TRUE(stat("/proc/sys/vm", &st) == 0 && S_ISDIR(st.st_mode),
		    "/proc/sys/vm is a directory");
	EXPECT_TRUE(stat("/proc/sys/vm/drop_caches", &st) == 0 && S_ISREG(st.st_mode),
		    "drop_caches is a regular file");
	EXPECT_EQ(st.st_mode & 07777, 0200, "mode of drop_caches");
	EXPECT_TRUE(lists("/proc", "sys"), "/proc lists sys");
	EXPECT_TRUE(lists("/proc/sys", "vm"), "/proc/sys lists vm");
	EXPECT_TRUE(lists("/proc/sys/vm", "drop_caches"), "/proc/sys/vm lists drop_caches");
	EXPECT_ERRNO(open("/proc/sys/vm/drop_caches", O_RDONLY), EACCES, "open for reading");
	EXPECT_ERRNO(open("/proc/sys/vm/drop_caches", O_RDWR), EACCES, "open for reading and writing");
}

static void check_values(void)
{
	sync();
	EXPECT_EQ(drop("3\n"), 2, "write \"3\\n\"");
	EXPECT_EQ(drop("1"), 1, "write \"1\"");
	EXPECT_EQ(drop("2"), 1, "write \"2\"");
	EXPECT_EQ(drop(" 3 "), 3, "write \" 3 \"");
	EXPECT_EQ(drop("3\n4"), 2, "write \"3\\n4\" uses the first number");
	EXPECT_ERRNO(drop("garbage"), EINVAL, "write \"garbage\"");
	EXPECT_ERRNO(drop("3x"), EINVAL, "write \"3x\"");
	EXPECT_ERRNO(drop("0"), EINVAL, "write \"0\"");
	EXPECT_ERRNO(drop("-1"), EINVAL, "write \"-1\"");
	EXPECT_ERRNO(drop("\n"), EINVAL, "write \"\\n\"");
}

static long read_from_start(int fd, char *buf, size_t n)
{
	if (lseek(fd, 0, SEEK_SET) != 0)
		return -1;
	return read(fd, buf, n);
}

/* A written file reads back the same after a drop, synced or still dirty. */
static void check_no_data_lost(void)
{
	static char data[3 * 4096], back[sizeof(data)];
	int fd = open("dc-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	size_t i;

	ASSERT_TRUE(fd >= 0, "create dc-file");
	for (i = 0; i < sizeof(data); i++)
		data[i] = 'a' + i % 23;
	EXPECT_EQ(write(fd, data, sizeof(data)), (long)sizeof(data), "write dc-file");
	EXPECT_EQ(drop("3"), 1, "drop with dirty pages");
	EXPECT_EQ(read_from_start(fd, back, sizeof(back)), (long)sizeof(back), "read back dirty");
	EXPECT_TRUE(!memcmp(data, back, sizeof(data)), "dirty pages survive a drop");
	EXPECT_EQ(fsync(fd), 0, "fsync");
	EXPECT_EQ(drop("3"), 1, "drop with clean pages");
	memset(back, 0, sizeof(back));
	EXPECT_EQ(read_from_start(fd, back, sizeof(back)), (long)sizeof(back), "read back clean");
	EXPECT_TRUE(!memcmp(data, back, sizeof(data)), "clean pages come back from the disk");
	close(fd);
	unlink("dc-file");
}

/* /proc/meminfo stays read-only: no write reaches it. */
static void check_other_files(void)
{
	int fd = open("/proc/meminfo", O_RDONLY);

	ASSERT_TRUE(fd >= 0, "open /proc/meminfo");
	EXPECT_ERRNO(write(fd, "1", 1), EBADF, "write to a read-only fd");
	close(fd);
	errno = 0;
	fd = open("/proc/meminfo", O_WRONLY);
	if (fd >= 0) {
		/* Root may open it for writing on Linux; the write then fails. */
		EXPECT_ERRNO(write(fd, "1", 1), EIO, "write to /proc/meminfo");
		close(fd);
	} else {
		EXPECT_EQ(errno, EACCES, "open /proc/meminfo for writing");
	}
}

int main(void)
{
	check_layout();
	check_values();
	check_no_data_lost();
	check_other_files();
	return test_done();
}
