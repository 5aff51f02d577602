/*
 * A signal whose default action is "core" dumps one when RLIMIT_CORE
 * allows: the wait status has WCOREDUMP, SIGCHLD says CLD_DUMPED, and with
 * the default core_pattern ("core") the file "core" appears in the cwd, an
 * i386 ELF core: ET_CORE, a PT_NOTE with NT_PRSTATUS naming the pid and
 * the signal, a PT_LOAD per mapping, and anonymous memory in it whole -
 * the bytes the process wrote, zeros for a page it never touched - and
 * of a mapping under MADV_DONTDUMP nothing (p_filesz 0). With
 * RLIMIT_CORE 0 (the usual default) there is no dump and no WCOREDUMP.
 * Where core_pattern names something else (a host's crash collector),
 * only the wait status is checked. The SIGSEGV core stays behind as
 * sig_coredump.core in the cwd, for GDB to read (layer 31-image).
 */
#include <elf.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

#define RLIMIT_CORE	4
#define NT_PRSTATUS	1
#define MARK		"a page the process wrote before it died"

struct rlim { unsigned long cur, max; };

static volatile int chld_code;

static void on_chld(int sig, siginfo_t *si, void *ctx)
{
	chld_code = si->si_code;
}

/* The soft limit, up to the hard one. */
static void set_core_limit(unsigned long cur)
{
	struct rlim r;

	ASSERT_TRUE(syscall(__NR_ugetrlimit, RLIMIT_CORE, &r) == 0, "getrlimit");
	r.cur = cur < r.max ? cur : r.max;
	ASSERT_TRUE(syscall(__NR_setrlimit, RLIMIT_CORE, &r) == 0, "setrlimit");
	ASSERT_TRUE(cur == 0 || r.cur >= (1 << 20), "a hard RLIMIT_CORE that allows a dump");
}

/* A child that writes MARK at its first page of area and dies of sig. */
static int die_of(int sig, char *area)
{
	pid_t pid = fork();
	int status = -1;

	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		strcpy(area, MARK);
		kill(getpid(), sig);
		_exit(99);
	}
	ASSERT_TRUE(waitpid(pid, &status, 0) == pid, "waitpid");
	return status;
}

/* Is core_pattern the default, so a dump lands in the cwd as "core"? */
static int pattern_is_core(void)
{
	char buf[64] = "";
	int fd = open("/proc/sys/kernel/core_pattern", O_RDONLY);
	int uses_pid = open("/proc/sys/kernel/core_uses_pid", O_RDONLY);
	char c = '0';

	ASSERT_TRUE(fd >= 0 && uses_pid >= 0, "the core_pattern and core_uses_pid files");
	read(fd, buf, sizeof(buf) - 1);
	read(uses_pid, &c, 1);
	close(fd);
	close(uses_pid);
	return !strcmp(buf, "core\n") && c == '0';
}

/* The core file, read into memory mapped after the child died (so not in its dump). */
static char *core;
#define CORE_MAX	(8 << 20)

/* The PT_NOTE's NT_PRSTATUS: pr_cursig at offset 12, pr_pid at 24. */
static void check_notes(Elf32_Phdr *note, pid_t pid, int sig)
{
	unsigned int *n = (unsigned int *)(core + note->p_offset);

	EXPECT_EQ(n[2], NT_PRSTATUS, "the first note is NT_PRSTATUS");
	EXPECT_TRUE(!memcmp(n + 3, "CORE", 5), "named CORE");
	EXPECT_EQ(n[1], 144, "an i386 prstatus is 144 bytes");
	EXPECT_EQ(*(short *)((char *)(n + 5) + 12), sig, "pr_cursig");
	EXPECT_EQ(*(int *)((char *)(n + 5) + 24), pid, "pr_pid");
}

static void check_core_file(pid_t pid, int sig, char *area, char *hidden)
{
	Elf32_Ehdr *eh;
	Elf32_Phdr *ph;
	int fd = open("core", O_RDONLY), i, loads = 0, found = 0, found_hidden = 0;
	long n;

	ASSERT_TRUE(fd >= 0, "the file core is in the cwd");
	core = mmap(NULL, CORE_MAX, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(core != MAP_FAILED, "mmap for the core");
	n = read(fd, core, CORE_MAX);
	close(fd);
	eh = (Elf32_Ehdr *)core;
	ASSERT_TRUE(n > (long)sizeof(*eh) && !memcmp(core, ELFMAG, SELFMAG), "it is ELF");
	EXPECT_EQ(eh->e_type, 4, "ET_CORE");
	EXPECT_EQ(eh->e_machine, EM_386, "EM_386");
	ph = (Elf32_Phdr *)(core + eh->e_phoff);
	ASSERT_TRUE(eh->e_phnum > 1 && ph[0].p_type == PT_NOTE, "a PT_NOTE first");
	check_notes(&ph[0], pid, sig);
	for (i = 1; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD)
			continue;
		loads++;
		if (ph[i].p_vaddr == (unsigned long)hidden) {
			EXPECT_EQ(ph[i].p_filesz, 0, "MADV_DONTDUMP: none of its bytes");
			EXPECT_EQ(ph[i].p_memsz, 4096, "but its size");
			found_hidden = 1;
		}
		if (ph[i].p_vaddr != (unsigned long)area)
			continue;
		found = 1;
		EXPECT_EQ(ph[i].p_memsz, 2 * 4096, "the mapping's size");
		EXPECT_EQ(ph[i].p_filesz, 2 * 4096, "anonymous memory is dumped whole");
		if (ph[i].p_offset + 2 * 4096 > (unsigned long)n)
			printf("offset %u, file %ld\n", ph[i].p_offset, n);
		ASSERT_TRUE(ph[i].p_offset + 2 * 4096 <= (unsigned long)n, "its bytes are in the file");
		EXPECT_TRUE(!strcmp(core + ph[i].p_offset, MARK), "the bytes the process wrote");
		EXPECT_EQ(core[ph[i].p_offset + 4096], 0, "a page never touched is zeros");
	}
	EXPECT_TRUE(loads >= 4, "a PT_LOAD per mapping (text, data, stack, ours)");
	EXPECT_TRUE(found, "a PT_LOAD for our mapping");
	EXPECT_TRUE(found_hidden, "a PT_LOAD for the MADV_DONTDUMP one");
	munmap(core, CORE_MAX);
	EXPECT_EQ(rename("core", "sig_coredump.core"), 0, "kept for GDB");
}

/* For GDB: a global in the data segment, pointing at the written page. */
char *victim_area;

/* The frame GDB's backtrace of the core must show. */
static void __attribute__((noinline)) die_in_named_frame(char *area)
{
	strcpy(area, MARK);
	*(volatile int *)0 = 1;
}

int main(void)
{

	struct sigaction sa;
	char *area = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *hidden = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int status, pid, core_here;

	ASSERT_TRUE(area != MAP_FAILED && hidden != MAP_FAILED, "mmap");
	ASSERT_TRUE(madvise(hidden, 4096, MADV_DONTDUMP) == 0, "MADV_DONTDUMP");
	victim_area = area;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_chld;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	ASSERT_TRUE(sigaction(SIGCHLD, &sa, NULL) == 0, "sigaction");
	core_here = pattern_is_core();
	unlink("core");

	set_core_limit(0);
	status = die_of(SIGQUIT, area);
	EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGQUIT, "killed by SIGQUIT");
	EXPECT_TRUE(!WCOREDUMP(status), "RLIMIT_CORE 0: no core");
	EXPECT_EQ(chld_code, CLD_KILLED, "SIGCHLD: CLD_KILLED");
	EXPECT_ERRNO(open("core", O_RDONLY), ENOENT, "and no file");

	set_core_limit(~0UL);
	status = die_of(SIGTERM, area);
	EXPECT_TRUE(WIFSIGNALED(status) && !WCOREDUMP(status), "SIGTERM does not dump");

	pid = fork();
	if (pid == 0) {
		die_in_named_frame(area);
		_exit(99);
	}
	ASSERT_TRUE(pid > 0 && waitpid(pid, &status, 0) == pid, "a child dies of SIGSEGV");
	EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV, "killed by SIGSEGV");
	EXPECT_TRUE(WCOREDUMP(status), "with a core dump");
	EXPECT_EQ(chld_code, CLD_DUMPED, "SIGCHLD: CLD_DUMPED");
	if (core_here)
		check_core_file(pid, SIGSEGV, area, hidden);

	status = die_of(SIGABRT, area);
	EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT && WCOREDUMP(status),
		    "SIGABRT dumps core too");
	unlink("core");
	return test_done();
}
