/* SOURCES: mm/page_alloc.c mm/slab.c mm/filemap.c mm/vmstat.c lib/radix-tree.c fs/super.c fs/inode.c fs/namei.c fs/open.c fs/read_write.c fs/stat.c fs/readdir.c fs/file_table.c fs/fs_struct.c fs/sync.c fs/ioctl.c fs/char_dev.c fs/pipe.c drivers/mem.c fs/procfs.c fs/drop_caches.c fs/ext2_super.c fs/ext2_balloc.c fs/ext2_inode.c fs/ext2_dir.c fs/ext2_namei.c tests/shim/pmem_host.c tests/shim/fs_host.c */
/*
 * Host unit tests of ext2, the VFS and the page cache, on images made by
 * mke2fs -d with 1 KiB and 4 KiB blocks. The kernel's system calls are
 * called directly with their typed arguments; the test's memory stands in
 * for user memory. After each round of changes the image is written out and
 * `e2fsck -fn` must find it clean, and `debugfs` must read back the bytes
 * the kernel wrote. Damaged images must give errors, not crashes.
 */
#include "pmem_host.h"
#include <stdarg.h>
#include "fs_host.h"
#include <fs/blkdev.h>
#include <fs/ext2_fs.h>
#include <fs/fcntl.h>
#include <fs/procfs.h>
#include <mm/mm_types.h>
#include <fs/stat.h>
#include <kernel/sched.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/unistd_32.h>

#define MiB (1UL << 20)
#define BIG_SIZE (5 * MiB + 1234)	/* past the indirect block with 4 KiB blocks too */

/* The fs/ system calls under test, as their SYSCALL_DEFINEn declare them. */
long sys_open(const char __user *filename, int flags, umode_t mode);
long sys_close(unsigned int fd);
long sys_read(unsigned int fd, char __user *buf, size_t count);
long sys_write(unsigned int fd, const char __user *buf, size_t count);
long sys_lseek(unsigned int fd, off_t offset, unsigned int whence);
long sys_unlink(const char __user *pathname);
long sys_mkdir(const char __user *pathname, umode_t mode);
long sys_rmdir(const char __user *pathname);
long sys_chdir(const char __user *filename);
long sys_getcwd(char __user *buf, unsigned long size);
long sys_ftruncate(unsigned int fd, unsigned long length);
long sys_fsync(unsigned int fd);
long sys_getdents64(unsigned int fd, struct linux_dirent64 __user *dirent, unsigned int count);
long sys_stat64(const char __user *filename, struct stat64 __user *statbuf);
long sys_fstat(unsigned int fd, struct stat __user *statbuf);
long sys_dup2(unsigned int oldfd, unsigned int newfd);

static char tmpdir[] = "/tmp/test_ext2.XXXXXX";
static char cmd[4096];

static void checkf(bool cond, const char *fmt, ...) __printf(2, 3);
static void checkf(bool cond, const char *fmt, ...)
{
	char what[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	selftest_check(cond, what);
}

/* Byte i of the big file's pattern. */
static unsigned char pattern(unsigned long i)
{
	return (unsigned char)(i * 7 + (i >> 12) * 13);
}

static void make_image_opts(int bs, const char *img, const char *opts)
{
	char root[512], path[600];
	FILE *f;
	unsigned long i;

	snprintf(root, sizeof(root), "%s/root", tmpdir);
	snprintf(cmd, sizeof(cmd), "rm -rf %s && mkdir -p %s/etc %s/tmp %s/proc %s/data/sub", root,
		 root, root, root, root);
	if (system(cmd))
		exit(1);
	snprintf(path, sizeof(path), "%s/etc/motd", root);
	f = fopen(path, "w");
	fputs("hello from ext2\n", f);
	fclose(f);
	snprintf(path, sizeof(path), "%s/data/big", root);
	f = fopen(path, "w");
	for (i = 0; i < BIG_SIZE; i++)
		fputc(pattern(i), f);
	fclose(f);
	snprintf(cmd, sizeof(cmd),
		 "mke2fs -q -F -t ext2 -b %d %s -E root_owner=0:0 -d %s %s 32M >/dev/null 2>&1",
		 bs, opts, root, img);
	fflush(stdout);
	if (system(cmd)) {
		printf("not ok - mke2fs failed\n");
		exit(1);
	}
}

static void make_image(int bs, const char *img)
{
	make_image_opts(bs, img, "");
}

/* Save the device to img and run e2fsck -fn on it. */
static bool fsck_clean(struct block_device *bdev, const char *img)
{
	sync_all();
	fflush(stdout);
	if (fs_host_save(bdev, img))
		return false;
	snprintf(cmd, sizeof(cmd), "e2fsck -fn %s > %s/fsck.log 2>&1", img, tmpdir);
	if (system(cmd) == 0)
		return true;
	snprintf(cmd, sizeof(cmd), "sed 's/^/#   /' %s/fsck.log | head -30", tmpdir);
	if (system(cmd))
		return false;
	return false;
}

static long open_path(const char *path, int flags)
{
	return sys_open(path, flags, 0644);
}

/* Read the big file through read() in odd-sized pieces and compare. */
static void test_read_big(void)
{
	static unsigned char buf[70000];
	long fd = open_path("/data/big", O_RDONLY), n;
	unsigned long pos = 0, bad = ~0UL, i;

	checkf(fd >= 0, "open /data/big (got %ld)", fd);
	while ((n = sys_read(fd, (char *)buf, sizeof(buf) - (pos % 1000))) > 0) {
		for (i = 0; i < (unsigned long)n && bad == ~0UL; i++)
			if (buf[i] != pattern(pos + i))
				bad = pos + i;
		pos += n;
	}
	checkf(n == 0 && pos == BIG_SIZE, "read to EOF gives the whole file (%lu bytes)", pos);
	checkf(bad == ~0UL, "contents through double-indirect blocks (first bad byte %ld)",
	       (long)bad);
	checkf(sys_lseek(fd, 3 * MiB + 5, SEEK_SET) == (long)(3 * MiB + 5), "lseek into the file");
	checkf(sys_read(fd, (char *)buf, 10) == 10 && buf[0] == pattern(3 * MiB + 5) &&
	       buf[9] == pattern(3 * MiB + 14), "read at an offset");
	checkf(sys_write(fd, (char *)buf, 1) == -EBADF, "write to O_RDONLY fd is EBADF");
	sys_close(fd);
}

/* Write a file with a hole, extend, shrink; check contents and sizes. */
static void test_write_hole_truncate(void)
{
	static char buf[9000];
	struct stat64 st;
	struct stat old_st;
	long fd = open_path("/tmp/hole", O_RDWR | O_CREAT | O_EXCL);

	checkf(fd >= 0, "create /tmp/hole (got %ld)", fd);
	memset(buf, 'A', sizeof(buf));
	checkf(sys_write(fd, buf, 5000) == 5000, "write 5000 bytes");
	checkf(sys_lseek(fd, 2 * MiB, SEEK_SET) == (long)(2 * MiB), "seek 2 MiB");
	checkf(sys_write(fd, "tail", 4) == 4, "write past a hole");
	sys_fstat(fd, &old_st);
	sys_stat64("/tmp/hole", &st);
	checkf(st.st_size == 2 * MiB + 4,
	       "stat64 size 2 MiB + 4 (got %lld)", st.st_size);
	checkf(st.st_blocks < 200, "the hole takes no blocks (st_blocks %llu)", st.st_blocks);
	sys_lseek(fd, MiB, SEEK_SET);
	memset(buf, 1, 100);
	checkf(sys_read(fd, buf, 100) == 100 && buf[0] == 0 && buf[99] == 0, "hole reads zeros");
	checkf(sys_ftruncate(fd, 3000) == 0, "ftruncate to 3000");
	checkf(sys_lseek(fd, 0, SEEK_END) == 3000, "size 3000 after truncate");
	checkf(sys_ftruncate(fd, 10000) == 0, "ftruncate up to 10000");
	sys_lseek(fd, 2990, SEEK_SET);
	memset(buf, 1, 100);
	checkf(sys_read(fd, buf, 100) == 100 && buf[9] == 'A' && buf[10] == 0 && buf[99] == 0,
	       "extension after shrink reads zeros, not old data");
	checkf(sys_fsync(fd) == 0, "fsync");
	sys_close(fd);
	fd = open_path("/tmp/append", O_WRONLY | O_CREAT | O_APPEND);
	sys_write(fd, "one\n", 4);
	sys_lseek(fd, 0, SEEK_SET);
	sys_write(fd, "two\n", 4);
	sys_close(fd);
	checkf(sys_stat64("/tmp/append", &st) == 0 && st.st_size == 8, "O_APPEND writes at the end");
}

/* A large file written through the cache, across the double-indirect boundary. */
static void test_write_big(void)
{
	static unsigned char buf[65536];
	long fd = open_path("/tmp/large", O_RDWR | O_CREAT | O_TRUNC), pos = 0;
	bool ok = true;
	unsigned long i;

	while (pos < (long)BIG_SIZE) {
		long n = min((long)sizeof(buf), (long)BIG_SIZE - pos);

		for (i = 0; i < (unsigned long)n; i++)
			buf[i] = pattern(pos + i) ^ 0x5a;
		ok &= sys_write(fd, (char *)buf, n) == n;
		pos += n;
	}
	checkf(ok, "write %lu bytes", BIG_SIZE);
	sys_lseek(fd, 4 * MiB + 77, SEEK_SET);
	ok = sys_read(fd, (char *)buf, 100) == 100;
	for (i = 0; i < 100; i++)
		ok &= buf[i] == (pattern(4 * MiB + 77 + i) ^ 0x5a);
	checkf(ok, "read back from the cache");
	sys_close(fd);
}

static int count_entries(const char *path, const char *want, bool *found)
{
	static char buf[4096];
	long fd = sys_open(path, O_RDONLY | O_DIRECTORY, 0), n;
	int count = 0;

	*found = false;
	while ((n = sys_getdents64(fd, (void *)buf, sizeof(buf))) > 0) {
		long off = 0;

		while (off < n) {
			unsigned short reclen = *(unsigned short *)(buf + off + 16);

			count++;
			if (!strcmp(buf + off + 19, want))
				*found = true;
			off += reclen;
		}
	}
	sys_close(fd);
	return count;
}

static void test_directories(void)
{
	char cwd[256];
	bool found;
	int i, n;

	checkf(sys_mkdir("/tmp/d", 0755) == 0, "mkdir /tmp/d");
	checkf(sys_mkdir("/tmp/d", 0755) == -EEXIST, "mkdir existing is EEXIST");
	checkf(sys_mkdir("/nonexist/d", 0755) == -ENOENT, "mkdir in missing dir is ENOENT");
	checkf(sys_chdir("/tmp/d") == 0, "chdir /tmp/d");
	checkf(sys_getcwd(cwd, sizeof(cwd)) == 7 && !strcmp(cwd, "/tmp/d"),
	       "getcwd is /tmp/d (got %s)", cwd);
	checkf(sys_getcwd(cwd, 3) == -ERANGE, "getcwd with a small buffer is ERANGE");
	/* Enough names to need more directory blocks. */
	for (i = 0; i < 300; i++) {
		char name[64];
		long fd;

		snprintf(name, sizeof(name), "file-with-a-longish-name-%03d", i);
		fd = sys_open(name, O_WRONLY | O_CREAT, 0600);
		sys_write(fd, name, strlen(name));
		sys_close(fd);
	}
	n = count_entries(".", "file-with-a-longish-name-299", &found);
	checkf(n == 302 && found, "getdents64 lists . .. and 300 files (got %d)", n);
	for (i = 0; i < 300; i += 2) {
		char name[64];

		snprintf(name, sizeof(name), "file-with-a-longish-name-%03d", i);
		sys_unlink(name);
	}
	n = count_entries(".", "file-with-a-longish-name-150", &found);
	checkf(n == 152 && !found, "150 left after unlinking every other (got %d)", n);
	checkf(sys_chdir("..") == 0, "chdir ..");
	checkf(sys_getcwd(cwd, sizeof(cwd)) > 0 && !strcmp(cwd, "/tmp"), "getcwd is /tmp");
	checkf(sys_rmdir("d") == -ENOTEMPTY, "rmdir non-empty is ENOTEMPTY");
	for (i = 1; i < 300; i += 2) {
		char name[80];

		snprintf(name, sizeof(name), "d/file-with-a-longish-name-%03d", i);
		sys_unlink(name);
	}
	checkf(sys_rmdir("d") == 0, "rmdir emptied dir");
	checkf(sys_chdir("/") == 0, "chdir /");
}

static void test_errors(void)
{
	struct stat st;
	static char buf[16];
	long fd;

	checkf(open_path("/nope", O_RDONLY) == -ENOENT, "open missing is ENOENT");
	checkf(open_path("/etc/motd/x", O_RDONLY) == -ENOTDIR, "file as directory is ENOTDIR");
	checkf(open_path("/etc/motd/", O_RDONLY) == -ENOTDIR, "trailing slash on file is ENOTDIR");
	checkf(open_path("/etc", O_WRONLY) == -EISDIR, "open dir for writing is EISDIR");
	checkf(open_path("/etc/motd", O_CREAT | O_EXCL | O_WRONLY) == -EEXIST, "O_EXCL is EEXIST");
	checkf(open_path("", O_RDONLY) == -ENOENT, "empty path is ENOENT");
	checkf(sys_unlink("/etc") == -EISDIR, "unlink dir is EISDIR");
	checkf(sys_rmdir("/etc/motd") == -ENOTDIR, "rmdir file is ENOTDIR");
	checkf(sys_rmdir("/tmp/.") == -EINVAL, "rmdir . is EINVAL");
	checkf(sys_chdir("/etc/motd") == -ENOTDIR, "chdir file is ENOTDIR");
	checkf(sys_close(99) == -EBADF, "close bad fd is EBADF");
	checkf(sys_read(99, buf, 1) == -EBADF, "read bad fd is EBADF");
	fd = open_path("/etc", O_RDONLY);
	checkf(sys_read(fd, buf, 1) == -EISDIR, "read dir is EISDIR");
	sys_close(fd);
	fd = open_path("/etc/motd", O_RDONLY);
	checkf(sys_ftruncate(fd, 0) == -EINVAL, "ftruncate O_RDONLY fd is EINVAL");
	checkf(sys_lseek(fd, -1, SEEK_SET) == -EINVAL, "lseek before 0 is EINVAL");
	checkf(sys_lseek(fd, 0, 7) == -EINVAL, "lseek bad whence is EINVAL");
	checkf(sys_dup2(fd, 10) == 10, "dup2 returns the new fd");
	sys_fstat(10, &st);
	checkf(st.st_size == 16,
	       "dup2 shares the file (size %lu)", st.st_size);
	checkf(sys_read(10, buf, 5) == 5 && sys_lseek(fd, 0, SEEK_CUR) == 5, "dup2 shares the offset");
	checkf(sys_dup2(99, 11) == -EBADF, "dup2 bad fd is EBADF");
	sys_close(10);
	sys_close(fd);
}

/* An unlinked file stays readable while open; its blocks go at the last close. */
static void test_unlink_open(void)
{
	struct ext2_sb_info *sbi = EXT2_SB(root_sb);
	u32 free_before = sbi->es.s_free_blocks_count;
	static char buf[20000];
	long fd = open_path("/tmp/ghost", O_RDWR | O_CREAT);

	memset(buf, 'g', sizeof(buf));
	sys_write(fd, buf, sizeof(buf));
	sys_fsync(fd);
	checkf(sys_unlink("/tmp/ghost") == 0, "unlink an open file");
	checkf(open_path("/tmp/ghost", O_RDONLY) == -ENOENT, "its name is gone");
	sys_lseek(fd, 19990, SEEK_SET);
	checkf(sys_read(fd, buf, 100) == 10 && buf[0] == 'g', "still readable through the fd");
	sys_close(fd);
	checkf(sbi->es.s_free_blocks_count == free_before,
	       "blocks freed at last close (%u free, %u before)", sbi->es.s_free_blocks_count,
	       free_before);
}

/* Fill the filesystem: write stops with ENOSPC, and unlink gives it all back. */
static void test_enospc(void)
{
	static char buf[65536];
	struct ext2_sb_info *sbi = EXT2_SB(root_sb);
	u32 free_before = sbi->es.s_free_blocks_count;
	long fd = open_path("/tmp/filler", O_WRONLY | O_CREAT | O_TRUNC), n, total = 0;

	memset(buf, 'f', sizeof(buf));
	while ((n = sys_write(fd, buf, sizeof(buf))) > 0)
		total += n;
	checkf(n == -ENOSPC, "writing until the disk is full ends in ENOSPC (got %ld after %ld)",
	       n, total);
	checkf(sbi->es.s_free_blocks_count == 0, "no free block left (%u)",
	       sbi->es.s_free_blocks_count);
	checkf(sys_fsync(fd) == 0, "fsync of the full file");
	checkf(sys_mkdir("/tmp/nospace", 0755) == -ENOSPC, "mkdir on a full disk is ENOSPC");
	sys_close(fd);
	checkf(sys_unlink("/tmp/filler") == 0, "unlink the filler");
	checkf(sbi->es.s_free_blocks_count == free_before, "every block back (%u, %u before)",
	       sbi->es.s_free_blocks_count, free_before);
}

/* Read a whole small file into buf (NUL-terminated); its length or -errno. */
static long slurp(const char *path, char *buf, long size)
{
	long fd = open_path(path, O_RDONLY), n, len = 0;

	if (fd < 0)
		return fd;
	while ((n = sys_read(fd, buf + len, size - 1 - len)) > 0)
		len += n;
	buf[len] = 0;
	sys_close(fd);
	return len;
}

/* /proc/self/maps of a made-up address space, against Linux's exact text. */
static void test_procfs(void)
{
	static struct mm_struct mm;
	static struct vm_area_struct text, heap, anon, stack;
	static char buf[4096];
	char want[1024], pad[80];
	long fd = open_path("/etc/motd", O_RDONLY), n;
	struct inode *dir;
	bool found;

	checkf(path_lookup("/proc", &dir) == 0 && mount_on(dir, proc_mount()) == 0, "mount /proc");
	iput(dir);
	text = (struct vm_area_struct){ .vm_start = 0x08048000, .vm_end = 0x0804a000,
		.vm_flags = VM_READ | VM_EXEC, .vm_pgoff = 1, .vm_file = fget(fd), .vm_next = &heap };
	heap = (struct vm_area_struct){ .vm_start = 0x0804a000, .vm_end = 0x0806b000,
		.vm_flags = VM_READ | VM_WRITE, .vm_pgoff = 0x0804a, .vm_next = &anon };
	anon = (struct vm_area_struct){ .vm_start = 0x40000000, .vm_end = 0x40001000,
		.vm_flags = VM_READ | VM_WRITE | VM_MAYSHARE, .vm_next = &stack };
	stack = (struct vm_area_struct){ .vm_start = 0xbffdf000, .vm_end = 0xc0000000,
		.vm_flags = VM_READ | VM_WRITE | VM_GROWSDOWN };
	mm.mmap = &text;
	mm.start_brk = 0x0804a000;
	mm.brk = 0x0806a123;
	mm.start_stack = 0xbfffff00;
	current->mm = &mm;
	n = slurp("/proc/self/maps", buf, sizeof(buf));
	memset(pad, ' ', sizeof(pad));
	snprintf(want, sizeof(want),
		 "08048000-0804a000 r-xp 00001000 01:00 %lu%.*s/etc/motd\n"
		 "0804a000-0806b000 rw-p 00000000 00:00 0%.*s[heap]\n"
		 "40000000-40001000 rw-s 00000000 00:00 0 \n"
		 "bffdf000-c0000000 rw-p 00000000 00:00 0%.*s[stack]\n",
		 text.vm_file->f_inode->i_ino,
		 (int)(73 - strlen("08048000-0804a000 r-xp 00001000 01:00 ") -
		       snprintf(NULL, 0, "%lu", text.vm_file->f_inode->i_ino)), pad,
		 73 - 39, pad, 73 - 39, pad);
	checkf(n > 0 && !strcmp(buf, want), "/proc/self/maps in Linux's format");
	if (strcmp(buf, want))
		printf("# got:\n%s# want:\n%s", buf, want);
	checkf(slurp("/proc/meminfo", buf, sizeof(buf)) > 0 && !strncmp(buf, "MemTotal:  ", 11),
	       "/proc/meminfo starts with MemTotal");
	checkf(slurp("/proc/1/stat", buf, sizeof(buf)) > 0 && !strncmp(buf, "1 (init) R 0 1 1 ", 17),
	       "/proc/1/stat starts with the pid");
	checkf(count_entries("/proc", "1", &found) >= 5 && found, "/proc lists pid 1");
	checkf(sys_chdir("/proc/self") == 0 && sys_getcwd(buf, 100) > 0 &&
	       !strcmp(buf, "/proc/1"), "getcwd in /proc/self is /proc/1 (got %s)", buf);
	sys_chdir("/");
	checkf(open_path("/proc/meminfo", O_WRONLY) == -EACCES, "procfs files are read-only");
	current->mm = NULL;
	fput(text.vm_file);
	sys_close(fd);
}

/* Files the tests leave behind, checked on the host with debugfs. */
static void test_debugfs_contents(struct block_device *bdev, const char *img)
{
	long fd = open_path("/tmp/hello", O_WRONLY | O_CREAT | O_TRUNC);

	sys_write(fd, "written by the kernel\n", 22);
	sys_close(fd);
	checkf(fsck_clean(bdev, img), "e2fsck -fn clean after all changes");
	snprintf(cmd, sizeof(cmd),
		 "debugfs -R 'cat /tmp/hello' %s 2>/dev/null | grep -qx 'written by the kernel'", img);
	checkf(system(cmd) == 0, "debugfs reads what write() wrote");
	snprintf(cmd, sizeof(cmd), "debugfs -R 'cat /tmp/large' %s 2>/dev/null | cmp -s - %s/large",
		 img, tmpdir);
	checkf(system(cmd) == 0, "debugfs reads the large file byte for byte");
}

static void write_expected_large(void)
{
	char path[600];
	FILE *f;
	unsigned long i;

	snprintf(path, sizeof(path), "%s/large", tmpdir);
	f = fopen(path, "w");
	for (i = 0; i < BIG_SIZE; i++)
		fputc(pattern(i) ^ 0x5a, f);
	fclose(f);
}

static void run_block_size(int bs)
{
	char img[600];
	struct block_device *bdev;
	unsigned long free_before;

	printf("# ext2 with %d-byte blocks\n", bs);
	snprintf(img, sizeof(img), "%s/fs%d.img", tmpdir, bs);
	make_image(bs, img);
	bdev = fs_host_load(img);
	root_sb = bdev ? ext2_mount(bdev) : NULL;
	checkf(root_sb && root_sb->s_blocksize == (unsigned long)bs, "mount %d-byte-block image", bs);
	if (!root_sb)
		return;
	fs_host_set_task(alloc_files(), alloc_fs_struct());
	free_before = nr_free_pages;
	test_read_big();
	test_write_hole_truncate();
	test_write_big();
	test_directories();
	test_errors();
	test_unlink_open();
	test_enospc();
	if (bs == 1024)
		test_procfs();
	test_debugfs_contents(bdev, img);
	put_files(current->files);
	put_fs_struct(current->fs);
	fs_host_set_task(NULL, NULL);
	checkf(nr_free_pages == free_before || nr_pagecache_pages == 0,
	       "page cache empty once every file is closed (%lu cached)", nr_pagecache_pages);
}

/* Patch bytes of an image, mount it, and run fn: errors expected, no crash. */
static void test_damaged(void)
{
	char img[600];
	struct block_device *bdev;
	struct super_block *sb;
	struct inode *inode;
	long ino;
	u16 bad = 0x1234;

	snprintf(img, sizeof(img), "%s/bad.img", tmpdir);
	make_image(1024, img);
	bdev = fs_host_load(img);
	((struct ext2_super_block *)((char *)bdev->private + 1024))->s_magic = 0;
	checkf(ext2_mount(bdev) == NULL, "bad magic: mount refused");

	bdev = fs_host_load(img);
	((struct ext2_super_block *)((char *)bdev->private + 1024))->s_log_block_size = 9;
	checkf(ext2_mount(bdev) == NULL, "absurd block size: mount refused");

	bdev = fs_host_load(img);
	sb = ext2_mount(bdev);
	root_sb = sb;
	/* Break the first entry's rec_len in the root directory's first block. */
	{
		u32 pblock;

		ext2_get_block(sb->s_root, 0, &pblock, false);
		memcpy((char *)bdev->private + pblock * 1024 + 4, &bad, 2);
	}
	ino = ext2_inode_by_name(sb->s_root, "etc", 3);
	checkf(ino == -EIO, "directory entry running off its block gives EIO (got %ld)", ino);
	checkf(sb->s_readonly, "the damaged filesystem turned read-only");

	bdev = fs_host_load(img);
	sb = ext2_mount(bdev);
	root_sb = sb;
	ino = ext2_inode_by_name(sb->s_root, "data", 4);
	inode = ino > 0 ? iget(sb, ino) : NULL;
	ino = inode ? ext2_inode_by_name(inode, "big", 3) : -1;
	if (inode)
		iput(inode);
	inode = ino > 0 ? iget(sb, ino) : NULL;
	checkf(inode != NULL, "found /data/big");
	if (inode) {
		u32 pblock = 0;
		int err;

		EXT2_I(inode)->i_data[EXT2_DIND_BLOCK] = 0x7ffffff0;
		err = ext2_get_block(inode, 300, &pblock, false);
		checkf(err == -EIO && pblock == 0, "block number out of range gives EIO (got %d)", err);
	}
}

/* Read every file and directory below path (to depth 4); errors are fine. */
static void walk(const char *path, int depth)
{
	static char data[65536];
	char buf[2048], child[600];
	long fd = sys_open(path, O_RDONLY, 0), n;

	if (fd < 0)
		return;
	if (sys_read(fd, data, sizeof(data)) == -EISDIR && depth < 4) {
		while ((n = sys_getdents64(fd, (void *)buf, sizeof(buf))) > 0) {
			long off = 0;

			while (off < n) {
				const char *name = buf + off + 19;

				if (strcmp(name, ".") && strcmp(name, ".."))
					snprintf(child, sizeof(child), "%s/%s", path, name), walk(child, depth + 1);
				off += *(unsigned short *)(buf + off + 16);
			}
		}
	}
	sys_close(fd);
}

/*
 * Random damage to the metadata of an image (superblock, descriptors,
 * bitmaps, inode table, directory blocks): mounting, walking, reading,
 * creating and deleting must give errors, never crash or hang.
 */
static void test_fuzz(void)
{
	char img[600], cwd[256];
	int round, mounted = 0;

	snprintf(img, sizeof(img), "%s/fuzz.img", tmpdir);
	make_image(1024, img);
	srand(4242);
	for (round = 0; round < 150; round++) {
		struct block_device *bdev = fs_host_load(img);
		int k, nbytes = 1 + rand() % 40;
		long fd;

		unsigned char *disk = bdev->private;
		struct ext2_group_desc *gd0 = (void *)(disk + 2048);
		unsigned long itable = gd0->bg_inode_table * 1024UL;

		/* Superblock and descriptors, the used inodes, the first directories. */
		for (k = 0; k < nbytes; k++) {
			int where = rand() % 4;
			unsigned long off = where == 0 ? 1024UL + rand() % 1100 :
					    where == 3 ? itable + 512 * 1024 + rand() % (200 * 1024) :
					    itable + (unsigned long)(rand() % (32 * 256));

			disk[off] = rand();
		}
		root_sb = ext2_mount(bdev);
		if (!root_sb) {
			free(bdev->private);
			free(bdev);
			continue;
		}
		mounted++;
		fs_host_set_task(alloc_files(), alloc_fs_struct());
		walk("/", 0);
		fd = open_path("/tmp/fuzz-new", O_RDWR | O_CREAT);
		if (fd >= 0) {
			sys_write(fd, img, sizeof(img));
			sys_ftruncate(fd, 100);
			sys_close(fd);
		}
		sys_mkdir("/tmp/fuzz-dir", 0755);
		sys_chdir("/tmp/fuzz-dir");
		sys_getcwd(cwd, sizeof(cwd));
		sys_chdir("/");
		sys_rmdir("/tmp/fuzz-dir");
		sys_unlink("/tmp/fuzz-new");
		sys_unlink("/data/big");
		sync_all();
		put_files(current->files);
		put_fs_struct(current->fs);
		fs_host_set_task(NULL, NULL);
		free(bdev->private);	/* the superblock is leaked: it is never used again */
		free(bdev);
	}
	checkf(true, "150 randomly damaged images: no crash (%d of them mounted)", mounted);
}

/* After unlink, the name is gone. */
static void test_read_big_missing(void)
{
	checkf(open_path("/data/big", O_RDONLY) == -ENOENT, "unlinked /data/big is gone");
}

/* Other geometries mke2fs can make: 128-byte inodes, 2 KiB blocks, no features, revision 0. */
static void test_variants(void)
{
	static const char *const opts[] = { "-I 128", "-O none", "-I 128 -O none,filetype", "-r 0" };
	static const int bsizes[] = { 1024, 2048, 4096, 1024 };
	char img[600], what[128];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(opts); i++) {
		struct block_device *bdev;
		long fd;
		static char buf[300000];

		snprintf(img, sizeof(img), "%s/variant%u.img", tmpdir, i);
		make_image_opts(bsizes[i], img, opts[i]);
		bdev = fs_host_load(img);
		root_sb = bdev ? ext2_mount(bdev) : NULL;
		snprintf(what, sizeof(what), "mke2fs -b %d %s: mount", bsizes[i], opts[i]);
		checkf(root_sb != NULL, "%s", what);
		if (!root_sb)
			continue;
		fs_host_set_task(alloc_files(), alloc_fs_struct());
		memset(buf, 'v', sizeof(buf));
		fd = open_path("/tmp/v", O_RDWR | O_CREAT);
		sys_write(fd, buf, sizeof(buf));
		sys_close(fd);
		sys_mkdir("/tmp/vd", 0755);
		fd = open_path("/tmp/vd/f", O_RDWR | O_CREAT);
		sys_write(fd, buf, 5000);
		sys_close(fd);
		sys_unlink("/data/big");
		test_read_big_missing();
		put_files(current->files);
		put_fs_struct(current->fs);
		fs_host_set_task(NULL, NULL);
		snprintf(what, sizeof(what), "mke2fs -b %d %s: e2fsck clean after changes",
			 bsizes[i], opts[i]);
		checkf(fsck_clean(bdev, img), "%s", what);
	}
}

int main(void)
{
	pmem_fake_ram();
	{
		static struct boot_params bp;

		pmem_bp_reset(&bp);
		pmem_bp_add(&bp, 0, 0x9fc00, 1);
		pmem_bp_add(&bp, 0x100000, 63 * MiB, 1);
		free_area_init(&bp, 1 * MiB, 2 * MiB);
		kmem_cache_init();
	}
	if (!mkdtemp(tmpdir))
		return 1;
	write_expected_large();
	run_block_size(1024);
	run_block_size(4096);
	test_variants();
	test_damaged();
	test_fuzz();
	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
	if (system(cmd))
		return 1;
	return pmem_failures ? 1 : 0;
}
