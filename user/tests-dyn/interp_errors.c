/*
 * execve's errors for a program's PT_INTERP, as Linux's binfmt_elf gives
 * them before the point of no return, so the caller goes on: a loader
 * that does not exist is ENOENT; one that is not an ELF file (a text
 * file) is ELIBBAD, or EIO when it is shorter than an ELF header; an interpreter path without its terminating NUL is
 * ENOEXEC. The files are copies of this program with the path patched.
 */
#include "check.h"
#include "dyn_util.h"
#include <elf.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>

static char image[1 << 20];
static long image_len;

static void write_file(const char *name, const void *data, long len)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0755);

	CHECK(fd >= 0 && write(fd, data, len) == len, "write a file");
	close(fd);
}

/* A copy of this program whose PT_INTERP holds interp (padded with NULs), or a full unterminated path. */
static void make_copy(const char *name, const char *interp, int terminate)
{
	static char copy[sizeof(image)];
	const Elf32_Ehdr *eh = (const Elf32_Ehdr *)image;
	const Elf32_Phdr *ph = (const Elf32_Phdr *)(image + eh->e_phoff);
	int i;

	memcpy(copy, image, image_len);
	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_INTERP)
			continue;
		memset(copy + ph[i].p_offset, terminate ? 0 : 'x', ph[i].p_filesz);
		memcpy(copy + ph[i].p_offset, interp, strlen(interp));
	}
	write_file(name, copy, image_len);
}

int main(void)
{
	char self[512], *argv[] = { "x", NULL };
	int fd;

	self_path(self, sizeof(self));
	fd = open(self, O_RDONLY);
	image_len = read(fd, image, sizeof(image));
	close(fd);
	CHECK(image_len > 0 && image_len < (long)sizeof(image), "read this program");

	make_copy("missing-ld", "no-such-ld", 1);
	errno = 0;
	CHECK(execv("missing-ld", argv) == -1 && errno == ENOENT, "a missing loader is ENOENT");

	write_file("text-ld", "not a loader, but longer than an ELF header is, sixty bytes\n", 60);
	make_copy("text-ld-prog", "text-ld", 1);
	errno = 0;
	CHECK(execv("text-ld-prog", argv) == -1 && errno == ELIBBAD,
	      "a loader that is not ELF is ELIBBAD");
	write_file("text-ld", "short\n", 6);
	errno = 0;
	CHECK(execv("text-ld-prog", argv) == -1 && errno == EIO,
	      "a loader shorter than an ELF header is EIO");

	make_copy("unterminated-ld", "", 0);
	errno = 0;
	CHECK(execv("unterminated-ld", argv) == -1 && errno == ENOEXEC,
	      "an interpreter path without its NUL is ENOEXEC");

	unlink("missing-ld");
	unlink("text-ld");
	unlink("text-ld-prog");
	unlink("unterminated-ld");
	return check_done();
}
