/*
 * The core of a process with threads has one NT_PRSTATUS per thread (the
 * one that died first): a child starts two threads that wait, then
 * aborts; its core (RLIMIT_CORE raised, core_pattern "core") holds three,
 * with three different thread ids, the first the aborting thread's. With
 * another core_pattern (a host's crash collector) only WCOREDUMP is
 * checked.
 */
#include <elf.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static void *wait_forever(void *arg)
{
	for (;;)
		pause();
	return arg;
}

static int pattern_is_core(void)
{
	char buf[64] = "";
	int fd = open("/proc/sys/kernel/core_pattern", O_RDONLY);

	if (fd < 0 || read(fd, buf, sizeof(buf) - 1) < 0)
		return 0;
	close(fd);
	return !strcmp(buf, "core\n");
}

/* The pr_pid of each NT_PRSTATUS note in the core, into tids; how many. */
static int core_threads(const char *path, int *tids, int max)
{
	struct stat st;
	int fd = open(path, O_RDONLY), n = 0;
	char *core;
	Elf32_Ehdr *eh;
	Elf32_Phdr *ph;
	size_t off, end;

	if (fd < 0 || fstat(fd, &st) < 0)
		return -1;
	core = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (core == MAP_FAILED)
		return -1;
	eh = (Elf32_Ehdr *)core;
	ph = (Elf32_Phdr *)(core + eh->e_phoff);
	if (ph[0].p_type != PT_NOTE)
		return -1;
	for (off = ph[0].p_offset, end = off + ph[0].p_filesz; off < end;) {
		Elf32_Nhdr *nh = (Elf32_Nhdr *)(core + off);
		char *desc = (char *)(nh + 1) + ((nh->n_namesz + 3) & ~3);

		if (nh->n_type == NT_PRSTATUS && n < max)
			tids[n++] = *(int *)(desc + 24);	/* pr_pid */
		off = desc + ((nh->n_descsz + 3) & ~3) - core;
	}
	munmap(core, st.st_size);
	return n;
}

int main(void)
{
	struct rlimit rl;
	int status, tids[8], n, i;
	pid_t pid;

	CHECK(getrlimit(RLIMIT_CORE, &rl) == 0, "getrlimit");
	rl.rlim_cur = rl.rlim_max;
	CHECK(setrlimit(RLIMIT_CORE, &rl) == 0 && rl.rlim_cur >= (1 << 20), "RLIMIT_CORE raised");
	unlink("core");
	pid = fork();
	if (pid == 0) {
		pthread_t a, b;

		pthread_create(&a, NULL, wait_forever, NULL);
		pthread_create(&b, NULL, wait_forever, NULL);
		usleep(100000);
		abort();
	}
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid");
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT && WCOREDUMP(status),
	      "killed by SIGABRT, with a core");
	if (pattern_is_core()) {
		n = core_threads("core", tids, 8);
		CHECK(n == 3, "three NT_PRSTATUS notes");
		CHECK(n > 0 && tids[0] == pid, "the first is the thread that aborted");
		for (i = 1; i < n; i++)
			CHECK(tids[i] != tids[0] && (i < 2 || tids[i] != tids[1]), "each another thread");
		unlink("core");
	}
	return check_done();
}
