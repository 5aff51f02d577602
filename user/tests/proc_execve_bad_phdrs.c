/*
 * Linux's binfmt_elf refuses an ELF file whose program headers it cannot
 * read before the point of no return, with ENOEXEC: a table that starts
 * past the end of the file, or runs over it. The caller goes on.
 */
#include <elf.h>
#include <fcntl.h>
#include <test.h>

static char image[4096];

static void write_copy(const char *name, unsigned long phoff, long len)
{
	Elf32_Ehdr *eh = (Elf32_Ehdr *)image;
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0755);

	eh->e_phoff = phoff;
	ASSERT_TRUE(fd >= 0, "create a file");
	EXPECT_EQ(write(fd, image, len), len, "write it");
	close(fd);
}

int main(int argc, char **argv)
{
	char *args[] = { "x", NULL }, *env[] = { NULL };
	int fd = open(argv[0], O_RDONLY);

	ASSERT_TRUE(fd >= 0, "open own binary");
	EXPECT_EQ(read(fd, image, sizeof(image)), (long)sizeof(image), "read its first page");
	close(fd);
	write_copy("phdrs-past-eof", 1 << 20, sizeof(image));
	EXPECT_ERRNO(execve("phdrs-past-eof", args, env), ENOEXEC,
		     "program headers past the end of the file");
	write_copy("phdrs-cut", sizeof(image) - 40, sizeof(image));
	EXPECT_ERRNO(execve("phdrs-cut", args, env), ENOEXEC,
		     "program headers cut short by the end of the file");
	unlink("phdrs-past-eof");
	unlink("phdrs-cut");
	return test_done();
}
