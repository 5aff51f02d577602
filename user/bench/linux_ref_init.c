/*
 * First process of `make test-linux-ref` on real i386 Linux: the user test
 * suite booted on Debian's Linux 6.1 from an initramfs holding the same
 * ramdisk tree as ours. Linux starts it with the words of its command line
 * that it does not know itself as arguments ("test", "test NAME"), in an
 * initramfs where nothing is mounted; it mounts what our kernel always
 * has - procfs on /proc, devtmpfs on /dev (console, null, zero, tty...),
 * devpts on /dev/pts for the job-control tests' pseudo-terminals - and
 * then becomes /sbin/init with the same arguments, which runs /tests
 * and powers off exactly as on our kernel.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

/* mount(2) on Linux i386 (this kernel has none, so its header lacks it). */
#define LINUX_NR_mount	21

static void mount_fs(const char *type, const char *dir)
{
	if (syscall(LINUX_NR_mount, type, dir, type, 0, 0) < 0)
		perror(dir);
}

int main(int argc, char **argv)
{
	char *envp[] = { "PATH=/bin:/sbin", NULL };

	mount_fs("proc", "/proc");
	mount_fs("devtmpfs", "/dev");
	mkdir("/dev/pts", 0755);
	mount_fs("devpts", "/dev/pts");
	argv[0] = "/sbin/init";
	execve(argv[0], argv, envp);
	perror("execve /sbin/init");
	return 127;
}
