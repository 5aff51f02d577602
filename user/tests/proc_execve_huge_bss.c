/*
 * A segment whose memory size is 2 GiB - 1 (a bss far larger than the
 * machine): Linux's heuristic overcommit refuses to map more anonymous
 * memory than RAM and swap hold, and since that happens past exec's
 * point of no return the process dies of SIGSEGV. On a machine with more
 * than 2 GiB the program runs. The test reads the sizes from
 * /proc/meminfo and expects whichever Linux does.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdlib.h>
#include <test.h>

static char image[1 << 20];

/* MemTotal + SwapTotal, in kB. */
static long meminfo_total(void)
{
	char buf[2048], *p;
	long total = 0;
	int fd = open("/proc/meminfo", O_RDONLY);
	long n = read(fd, buf, sizeof(buf) - 1);

	close(fd);
	buf[n > 0 ? n : 0] = '\0';
	if ((p = strstr(buf, "MemTotal:")))
		total += strtol(p + 9, NULL, 10);
	if ((p = strstr(buf, "SwapTotal:")))
		total += strtol(p + 10, NULL, 10);
	return total;
}

int main(int argc, char **argv)
{
	char *args[] = { "huge-bss", "child", NULL }, *env[] = { NULL };
	Elf32_Ehdr *eh = (Elf32_Ehdr *)image;
	Elf32_Phdr *ph, *last = NULL;
	long len;
	int fd, i, status;
	pid_t pid;

	if (argc == 2 && !strcmp(argv[1], "child"))
		return 0;
	fd = open(argv[0], O_RDONLY);
	len = read(fd, image, sizeof(image));
	close(fd);
	ASSERT_TRUE(len > 0 && len < (long)sizeof(image), "read own binary");
	ph = (Elf32_Phdr *)(image + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD)
			last = &ph[i];
	ASSERT_TRUE(last != NULL, "a PT_LOAD");
	last->p_memsz = 0x7fffffff;
	fd = open("huge-bss", O_WRONLY | O_CREAT | O_TRUNC, 0755);
	EXPECT_EQ(write(fd, image, len), len, "write the copy");
	close(fd);
	pid = fork();
	if (pid == 0) {
		execve("huge-bss", args, env);
		_exit(9);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	if (meminfo_total() < 0x7fffffffL / 1024) {
		EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
			    "more than RAM and swap: killed by SIGSEGV after the point of no return");
	} else {
		EXPECT_EXITED(status, 0, "it fits in RAM and swap: the program runs");
	}
	unlink("huge-bss");
	return test_done();
}
