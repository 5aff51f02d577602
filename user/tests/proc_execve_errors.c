/*
 * A failed execve returns -1 and the caller keeps running: ENOENT for a
 * missing file, EFAULT for a bad path pointer, ENOEXEC for a file that is
 * not an executable (text without "#!", an ELF header cut short), EACCES
 * for a directory.
 */
#include <fcntl.h>
#include <test.h>

static void make_file(const char *name, const void *data, size_t len)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0755);

	ASSERT_TRUE(fd >= 0, "create a file in the cwd");
	EXPECT_EQ(write(fd, data, len), (long)len, "write it");
	close(fd);
}

int main(int argc, char **argv)
{
	char *args[] = { "x", NULL }, *env[] = { NULL };
	char header[40];
	int fd;

	EXPECT_ERRNO(execve("no-such-program", args, env), ENOENT, "missing file");
	EXPECT_ERRNO(execve(NULL, args, env), EFAULT, "NULL path");
	EXPECT_ERRNO(execve((char *)0xfffff000, args, env), EFAULT, "kernel-space path");

	make_file("text-file", "hello, not a program\n", 21);
	EXPECT_ERRNO(execve("text-file", args, env), ENOEXEC, "plain text");

	fd = open(argv[0], O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open own binary");
	EXPECT_EQ(read(fd, header, sizeof(header)), (long)sizeof(header), "read its header");
	close(fd);
	make_file("short-elf", header, 30);	/* less than an Elf32_Ehdr */
	EXPECT_ERRNO(execve("short-elf", args, env), ENOEXEC, "truncated ELF header");

	EXPECT_ERRNO(execve("/", args, env), EACCES, "a directory");

	unlink("text-file");
	unlink("short-elf");
	return test_done();
}
