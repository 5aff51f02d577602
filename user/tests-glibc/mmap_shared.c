/*
 * A MAP_SHARED file mapping written by a child process is seen by the
 * parent's read() after the child exits and by a fresh mapping; msync and
 * munmap keep it; a MAP_PRIVATE mapping's writes stay private.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char buf[16] = { 0 };
	char *shared, *private;
	int fd = open("gshared.bin", O_RDWR | O_CREAT | O_TRUNC, 0644), status;
	pid_t pid;

	CHECK(fd >= 0 && ftruncate(fd, 8192) == 0, "a two-page file");
	shared = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(shared != MAP_FAILED, "mmap MAP_SHARED");
	pid = fork();
	if (pid == 0) {
		strcpy(shared + 4096, "from the child");
		_exit(msync(shared, 8192, MS_SYNC) != 0);
	}
	CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && !WEXITSTATUS(status),
	      "the child wrote and synced");
	CHECK(!strcmp(shared + 4096, "from the child"), "the parent's mapping sees it");
	CHECK(pread(fd, buf, 14, 4096) == 14 && !memcmp(buf, "from the child", 14),
	      "and so does read()");
	private = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 4096);
	CHECK(private != MAP_FAILED && !strcmp(private, "from the child"), "MAP_PRIVATE reads it");
	strcpy(private, "private!");
	CHECK(!strcmp(shared + 4096, "from the child"), "a private write stays private");
	CHECK(munmap(private, 4096) == 0 && munmap(shared, 8192) == 0, "munmap");
	close(fd);
	unlink("gshared.bin");
	return check_done();
}
