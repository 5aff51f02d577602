/*
 * mount -t tmpfs: a filesystem in memory over a directory. It shows in
 * /proc/mounts, statfs says TMPFS_MAGIC with its size= in 4 KiB blocks,
 * and its files hold what was written (a hole reads zeros) until a write
 * past the size is ENOSPC. Directories, renames, links and symbolic links
 * work; the files have their own st_dev. A MAP_SHARED mapping of one is
 * shared with a fork child. umount is EBUSY while a file is open or a
 * process has its cwd inside, and afterwards the directory below shows
 * again. Read-only (MS_RDONLY) every change is EROFS, until MS_REMOUNT.
 * Errors: an unknown type is ENODEV, a bad option EINVAL, umount of a
 * directory that is not a mount EINVAL.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <test.h>

#define TMPFS_MAGIC	0x01021994
#define MS_RDONLY	1
#define MS_REMOUNT	32

struct statfs64_buf {
	unsigned int f_type, f_bsize;
	unsigned long long f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int f_fsid[2];
	unsigned int f_namelen, f_frsize, f_flags, f_spare[4];
};

static long do_mount(const char *dir, const char *type, unsigned long flags, const char *data)
{
	return syscall(__NR_mount, "none", dir, type, flags, data);
}

static long do_umount(const char *dir)
{
	return syscall(__NR_umount2, dir, 0);
}

/* Is there a line "none CWD/mnt tmpfs rw..." (or "ro") in /proc/mounts? */
static int in_mounts(const char *mode)
{
	static char buf[8192];
	char want[512], cwd[400];

	if (!getcwd(cwd, sizeof(cwd)) || read_file("/proc/mounts", buf, sizeof(buf) - 1) < 0)
		return 0;
	snprintf(want, sizeof(want), "none %s/mnt tmpfs %s", cwd, mode);
	return strstr(buf, want) != NULL;
}

static void check_files(void)
{
	struct stat st, root;
	char buf[8192], big[4096];
	int fd, i;
	long n;

	fd = open("mnt/f", O_RDWR | O_CREAT, 0644);
	ASSERT_TRUE(fd >= 0, "create a file in it");
	EXPECT_EQ(pwrite(fd, "tail", 4, 8000), 4, "write past a hole");
	EXPECT_EQ(pread(fd, buf, sizeof(buf), 0), 8004, "read it all");
	for (i = 0; i < 8000 && !buf[i]; i++)
		;
	EXPECT_EQ(i, 8000, "the hole reads zeros");
	EXPECT_TRUE(!memcmp(buf + 8000, "tail", 4), "and the bytes are there");
	EXPECT_TRUE(fstat(fd, &st) == 0 && st.st_size == 8004, "st_size");
	EXPECT_TRUE(stat(".", &root) == 0 && root.st_dev != st.st_dev, "a device of its own");
	close(fd);

	memset(big, 'x', sizeof(big));
	fd = open("mnt/big", O_WRONLY | O_CREAT, 0644);
	for (n = 0, i = 0; i < 32; i++) {
		long w = write(fd, big, sizeof(big));

		if (w < 0) {
			EXPECT_EQ(errno, ENOSPC, "a write past size= is ENOSPC");
			break;
		}
		n += w;
	}
	EXPECT_TRUE(n > 0 && n < 64 * 1024, "some of it fit, not all");
	close(fd);
	EXPECT_EQ(unlink("mnt/big"), 0, "unlink gives the space back");
	fd = open("mnt/big2", O_WRONLY | O_CREAT, 0644);
	EXPECT_EQ(write(fd, big, sizeof(big)), (long)sizeof(big), "a new file fits again");
	close(fd);
}

static void check_names(void)
{
	struct stat st;
	char target[64] = "";
	DIR *d;
	struct dirent *e;
	int seen = 0;

	EXPECT_EQ(mkdir("mnt/d", 0755), 0, "mkdir");
	EXPECT_TRUE(stat("mnt", &st) == 0 && st.st_nlink == 3, "the parent's link count");
	EXPECT_EQ(rename("mnt/f", "mnt/d/g"), 0, "rename into it");
	EXPECT_EQ(link("mnt/d/g", "mnt/h"), 0, "a hard link");
	EXPECT_TRUE(stat("mnt/h", &st) == 0 && st.st_nlink == 2 && st.st_size == 8004, "two links");
	EXPECT_EQ(symlink("d/g", "mnt/s"), 0, "a symbolic link");
	EXPECT_EQ(readlink("mnt/s", target, sizeof(target)), 3, "readlink");
	EXPECT_TRUE(stat("mnt/s", &st) == 0 && st.st_size == 8004, "followed");
	EXPECT_ERRNO(rmdir("mnt/d"), ENOTEMPTY, "rmdir of a full directory");
	d = opendir("mnt");
	ASSERT_TRUE(d != NULL, "opendir");
	while ((e = readdir(d)))
		seen |= (!strcmp(e->d_name, ".") << 0) | (!strcmp(e->d_name, "..") << 1) |
			(!strcmp(e->d_name, "d") << 2) | (!strcmp(e->d_name, "h") << 3) |
			(!strcmp(e->d_name, "s") << 4) | (!strcmp(e->d_name, "f") << 5);
	closedir(d);
	EXPECT_EQ(seen, 0x1f, "readdir: . .. d h s, and no f");
	EXPECT_TRUE(unlink("mnt/d/g") == 0 && unlink("mnt/h") == 0 && unlink("mnt/s") == 0 &&
		    unlink("mnt/big2") == 0, "unlink them");
	EXPECT_EQ(rmdir("mnt/d"), 0, "rmdir");
	EXPECT_TRUE(stat("mnt", &st) == 0 && st.st_nlink == 2, "the parent's link count again");
}

static void check_shared_mapping(void)
{
	int fd = open("mnt/shared", O_RDWR | O_CREAT, 0644), status;
	char *p;
	pid_t pid;

	ASSERT_TRUE(fd >= 0 && ftruncate(fd, 4096) == 0, "a one-page file");
	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_TRUE(p != MAP_FAILED, "MAP_SHARED of it");
	pid = fork();
	if (pid == 0) {
		strcpy(p, "from the child");
		_exit(0);
	}
	waitpid(pid, &status, 0);
	EXPECT_TRUE(!strcmp(p, "from the child"), "the parent sees the child's store");
	close(fd);
	EXPECT_ERRNO(do_umount("mnt"), EBUSY, "umount while a mapping holds a file");
	munmap(p, 4096);
	unlink("mnt/shared");
}

int main(void)
{
	struct statfs64_buf sf;
	int fd;

	ASSERT_TRUE(mkdir("mnt", 0755) == 0, "mkdir mnt");
	fd = open("mnt/under", O_WRONLY | O_CREAT, 0644);
	close(fd);
	EXPECT_ERRNO(do_mount("mnt", "nosuchfs", 0, NULL), ENODEV, "an unknown type");
	EXPECT_ERRNO(do_mount("mnt", "tmpfs", 0, "size=lots"), EINVAL, "a bad option");
	EXPECT_ERRNO(do_umount("mnt"), EINVAL, "umount of what is not mounted");
	ASSERT_TRUE(do_mount("mnt", "tmpfs", 0, "size=64k,mode=0755") == 0, "mount tmpfs");
	EXPECT_TRUE(in_mounts("rw"), "in /proc/mounts");
	EXPECT_ERRNO(access("mnt/under", F_OK), ENOENT, "it covers the directory");
	ASSERT_TRUE(syscall(__NR_statfs64, "mnt", sizeof(sf), &sf) == 0, "statfs64");
	EXPECT_EQ(sf.f_type, TMPFS_MAGIC, "TMPFS_MAGIC");
	EXPECT_EQ(sf.f_bsize, 4096, "4 KiB blocks");
	EXPECT_EQ(sf.f_blocks, 16, "size=64k is 16 blocks");

	check_files();
	check_names();
	check_shared_mapping();

	fd = open("mnt/open", O_WRONLY | O_CREAT, 0644);
	EXPECT_ERRNO(do_umount("mnt"), EBUSY, "umount with a file open");
	close(fd);
	ASSERT_TRUE(chdir("mnt") == 0, "cd into it");
	EXPECT_ERRNO(do_umount("."), EBUSY, "umount with our cwd inside");
	ASSERT_TRUE(chdir("..") == 0, "cd out");
	EXPECT_EQ(do_umount("mnt"), 0, "umount");
	EXPECT_TRUE(!in_mounts("rw"), "gone from /proc/mounts");
	EXPECT_EQ(access("mnt/under", F_OK), 0, "the directory below shows again");

	ASSERT_TRUE(do_mount("mnt", "tmpfs", MS_RDONLY, NULL) == 0, "mount read-only");
	EXPECT_TRUE(in_mounts("ro"), "shown ro");
	EXPECT_ERRNO(mkdir("mnt/d", 0755), EROFS, "mkdir is EROFS");
	EXPECT_ERRNO(open("mnt/f", O_WRONLY | O_CREAT, 0644), EROFS, "creating is EROFS");
	EXPECT_EQ(do_mount("mnt", "tmpfs", MS_REMOUNT, NULL), 0, "remount read-write");
	EXPECT_EQ(mkdir("mnt/d", 0755), 0, "mkdir works then");
	EXPECT_EQ(do_umount("mnt"), 0, "umount with a directory in it");
	return test_done();
}
