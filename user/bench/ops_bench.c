/*
 * The cost of each operation a student asks about, in time-stamp-counter
 * ticks per operation. `make bench` boots it as the first process on this
 * kernel and on Debian's i386 Linux, both in QEMU with -icount shift=0,
 * where the guest's TSC advances by exactly one per guest instruction: the
 * figures are guest instructions, and the two kernels compare like with
 * like. Natively on a host it prints cycles.
 *
 * Each operation runs once to warm up (static buffers, caches), then
 * ROUNDS times over a batch of N; the round with the fewest ticks is
 * reported, with the page faults (getrusage's ru_minflt +
 * ru_majflt) the process took in that round, so a kernel that maps several
 * pages per fault (Linux's fault-around) shows it. One line each:
 *   bench: op=NAME layout=L ticks=T ops=N faults=F
 *   bench: op=NAME layout=L skip=REASON
 * L is the mmap layout the process was measured in, seen from where two
 * fresh mappings land (topdown or bottomup). Run without arguments it
 * measures everything in the kernel's default layout, then runs itself
 * again under personality(ADDR_COMPAT_LAYOUT | ADDR_NO_RANDOMIZE) with
 * the argument "layout" for the operations whose cost depends on the
 * layout (unless the default already is bottom-up). The argument "quick"
 * runs every operation once over a tenth of the batch: a check that the
 * program works, not a measurement (a user test does that). As process 1 it works in /tmp and powers off at the end.
 */
#include <errno.h>
#include <fcntl.h>
#include <futex.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/reboot.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef ADDR_NO_RANDOMIZE
#define ADDR_NO_RANDOMIZE	0x0040000
#endif

#define PAGE		4096
#define ROUNDS		5
#define FAULT_PAGES	512

typedef unsigned long long u64;

/* One batch of n operations: its ticks, or 0 with *why set if it cannot run. */
typedef u64 (*bench_fn)(int n, const char **why);

static const char *layout = "bottomup";
static int quick;	/* one round over a tenth of each batch */
static const char *self_path = "/bench/ops_bench";
static char child_path[256] = "/bench/exec_child";	/* beside self_path */

static inline u64 rdtsc(void)
{
	u64 v;

	__asm__ __volatile__("rdtsc" : "=A"(v));
	return v;
}

static long faults_so_far(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru) < 0)
		return 0;
	return ru.ru_minflt + ru.ru_majflt;
}

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static char *map_anon(size_t len, int flags)
{
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, flags | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		die("mmap");
	return p;
}

/* Run fn ROUNDS times over n operations and print the cheapest round. */
static void measure(const char *name, bench_fn fn, int n)
{
	int r, rounds = quick ? 1 : ROUNDS;
	long best_faults = 0;
	u64 best = 0;

	if (quick)
		n = (n + 9) / 10;
	for (r = quick ? 0 : -1; r < rounds; r++) {	/* round -1 warms up */
		const char *why = NULL;
		long f0 = faults_so_far();
		u64 t = fn(n, &why);
		long f = faults_so_far() - f0;

		if (why) {
			printf("bench: op=%s layout=%s skip=%s\n", name, layout, why);
			return;
		}
		if (r == 0 || (r > 0 && t < best)) {
			best = t;
			best_faults = f;
		}
	}
	printf("bench: op=%s layout=%s ticks=%llu ops=%d faults=%ld\n",
	       name, layout, best, n, best_faults);
}

/* ---- system calls and processes ---------------------------------------- */

static u64 b_getpid(int n, const char **why)
{
	u64 t0 = rdtsc();
	int i;

	for (i = 0; i < n; i++)
		getpid();
	return rdtsc() - t0;
}

static void reap(pid_t pid)
{
	int status;

	if (pid < 0)
		die("fork");
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status))
		die("child");
}

static u64 b_fork(int n, const char **why)
{
	u64 t0 = rdtsc();
	int i;

	for (i = 0; i < n; i++) {
		pid_t pid = fork();

		if (pid == 0)
			_exit(0);
		reap(pid);
	}
	return rdtsc() - t0;
}

/*
 * n execve calls in a row: a child runs /bench/exec_child, which runs
 * itself n-1 more times and writes the ticks since t0 to the pipe.
 */
static u64 b_execve(int n, const char **why)
{
	char count[16], fdarg[16];
	int fds[2];
	u64 t0, t1 = 0;
	pid_t pid;

	if (pipe(fds) < 0)
		die("pipe");
	snprintf(count, sizeof(count), "%d", n - 1);
	snprintf(fdarg, sizeof(fdarg), "%d", fds[1]);
	pid = fork();
	if (pid == 0) {
		char *argv[] = { child_path, count, fdarg, NULL };
		char *envp[] = { NULL };

		close(fds[0]);
		t0 = rdtsc();
		write(fds[1], &t0, sizeof(t0));
		execve(argv[0], argv, envp);
		_exit(127);
	}
	close(fds[1]);
	if (read(fds[0], &t0, sizeof(t0)) != sizeof(t0) ||
	    read(fds[0], &t1, sizeof(t1)) != sizeof(t1))
		*why = "exec_child did not report";
	close(fds[0]);
	reap(pid);
	return t1 - t0;
}

static char *big;	/* 4 MiB, every page touched, for b_fork_big */

static u64 b_fork_big(int n, const char **why)
{
	u64 t0 = rdtsc();
	int i;

	for (i = 0; i < n; i++) {
		pid_t pid = fork();

		if (pid == 0) {
			big[PAGE * 7] = 2;
			_exit(0);
		}
		reap(pid);
	}
	return rdtsc() - t0;
}

/* ---- page faults -------------------------------------------------------- */

static u64 touch(char *p, int pages, int write)
{
	volatile char *v = p;
	u64 t0 = rdtsc();
	int i, sum = 0;

	for (i = 0; i < pages; i++) {
		if (write)
			v[i * PAGE] = 1;
		else
			sum += v[i * PAGE];
	}
	(void)sum;
	return rdtsc() - t0;
}

static u64 b_anon_write(int n, const char **why)
{
	char *p = map_anon((size_t)n * PAGE, MAP_PRIVATE);
	u64 t = touch(p, n, 1);

	munmap(p, (size_t)n * PAGE);
	return t;
}

static u64 b_anon_read(int n, const char **why)
{
	char *p = map_anon((size_t)n * PAGE, MAP_PRIVATE);
	u64 t = touch(p, n, 0);

	munmap(p, (size_t)n * PAGE);
	return t;
}

/*
 * Write faults on n pages a fork shares with its parent, timed in the
 * child; the child's ticks and faults come back through a pipe, and the
 * child's faults replace the parent's (measure() sees only the parent's).
 */
static long child_faults;

static u64 b_cow(int n, const char **why)
{
	char *p = map_anon((size_t)n * PAGE, MAP_PRIVATE);
	u64 msg[2] = { 0, 0 };
	int fds[2];
	pid_t pid;

	touch(p, n, 1);
	if (pipe(fds) < 0)
		die("pipe");
	pid = fork();
	if (pid == 0) {
		long f0 = faults_so_far();

		msg[0] = touch(p, n, 1);
		msg[1] = (u64)(faults_so_far() - f0);
		write(fds[1], msg, sizeof(msg));
		_exit(0);
	}
	if (read(fds[0], msg, sizeof(msg)) != sizeof(msg))
		*why = "the child did not report";
	close(fds[0]);
	close(fds[1]);
	reap(pid);
	munmap(p, (size_t)n * PAGE);
	child_faults = (long)msg[1];
	return msg[0];
}

static int bench_file(size_t size)
{
	static char buf[PAGE];
	int fd = open("ops_bench.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);
	size_t done;

	if (fd < 0)
		die("open");
	unlink("ops_bench.tmp");
	memset(buf, 'x', sizeof(buf));
	for (done = 0; done < size; done += PAGE)
		if (write(fd, buf, PAGE) != PAGE)
			die("write");
	return fd;
}

static u64 b_file_fault(int n, const char **why)
{
	int fd = bench_file((size_t)n * PAGE);
	char *p = mmap(NULL, (size_t)n * PAGE, PROT_READ, MAP_PRIVATE, fd, 0);
	u64 t;

	if (p == MAP_FAILED)
		die("mmap file");
	t = touch(p, n, 0);
	munmap(p, (size_t)n * PAGE);
	close(fd);
	return t;
}

/* ---- mappings ----------------------------------------------------------- */

static u64 b_mmap_munmap(int n, const char **why)
{
	u64 t0 = rdtsc();
	int i;

	for (i = 0; i < n; i++)
		munmap(map_anon(PAGE, MAP_PRIVATE), PAGE);
	return rdtsc() - t0;
}

static u64 b_mmap_touch(int n, const char **why)
{
	u64 t0 = rdtsc();
	int i;

	for (i = 0; i < n; i++) {
		char *p = map_anon(256 * PAGE, MAP_PRIVATE);

		touch(p, 256, 1);
		munmap(p, 256 * PAGE);
	}
	return rdtsc() - t0;
}

/* mprotect one page in the middle of 1,000 (a split in three) and back (a merge). */
static u64 b_mprotect(int n, const char **why)
{
	char *p = map_anon(1000 * PAGE, MAP_PRIVATE);
	char *mid = p + 500 * PAGE;
	u64 t0 = rdtsc();
	int i;

	for (i = 0; i < n; i++) {
		mprotect(mid, PAGE, PROT_READ);
		mprotect(mid, PAGE, PROT_READ | PROT_WRITE);
	}
	t0 = rdtsc() - t0;
	munmap(p, 1000 * PAGE);
	return t0;
}

static u64 b_brk(int n, const char **why)
{
	long cur = syscall(__NR_brk, 0);
	u64 t0 = rdtsc();
	int i;

	for (i = 0; i < n; i++) {
		syscall(__NR_brk, cur + PAGE);
		syscall(__NR_brk, cur);
	}
	return rdtsc() - t0;
}

/* ---- files and pipes ---------------------------------------------------- */

static u64 b_read(int n, const char **why)
{
	static char buf[PAGE] __attribute__((aligned(PAGE)));
	int fd = bench_file(PAGE);
	u64 t0;
	int i;

	memset(buf, 0, sizeof(buf));
	t0 = rdtsc();
	for (i = 0; i < n; i++)
		if (syscall(__NR_pread64, fd, buf, PAGE, 0, 0) != PAGE)
			die("pread64");
	t0 = rdtsc() - t0;
	close(fd);
	return t0;
}

static u64 b_write_fsync(int n, const char **why)
{
	static char buf[16 * PAGE];
	int fd = bench_file(16 * PAGE);
	u64 t0;
	int i;

	memset(buf, 'y', sizeof(buf));
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		if (syscall(__NR_pwrite64, fd, buf, sizeof(buf), 0, 0) != sizeof(buf))
			die("pwrite64");
		if (fsync(fd) < 0)
			die("fsync");
	}
	t0 = rdtsc() - t0;
	close(fd);
	return t0;
}

/* One byte to a child and back, n times. */
static u64 b_pipe(int n, const char **why)
{
	int there[2], back[2];
	u64 t0;
	pid_t pid;
	char c = 0;
	int i;

	if (pipe(there) < 0 || pipe(back) < 0)
		die("pipe");
	pid = fork();
	if (pid == 0) {
		close(there[1]);	/* so the parent's close is our EOF */
		close(back[0]);
		while (read(there[0], &c, 1) == 1)
			write(back[1], &c, 1);
		_exit(0);
	}
	close(there[0]);
	close(back[1]);
	t0 = rdtsc();
	for (i = 0; i < n; i++)
		if (write(there[1], &c, 1) != 1 || read(back[0], &c, 1) != 1)
			die("pipe round trip");
	t0 = rdtsc() - t0;
	close(there[1]);
	close(back[0]);
	reap(pid);
	return t0;
}

/* ---- futexes and threads ------------------------------------------------ */

static long futex(volatile int *uaddr, int op, int val)
{
	return syscall(__NR_futex, uaddr, op, val, 0, 0, 0);
}

/*
 * A futex wake round trip between two processes sharing one page: the
 * turn word says who may run; each side sets it to the other and wakes it,
 * then sleeps until it is its turn again (a shared, not private, futex).
 */
static u64 b_futex(int n, const char **why)
{
	volatile int *turn = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
				  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	u64 t0;
	pid_t pid;
	int i;

	if (turn == MAP_FAILED) {
		*why = "mmap(MAP_SHARED|MAP_ANONYMOUS) failed";
		return 0;
	}
	*turn = 0;
	pid = fork();
	if (pid == 0) {
		for (;;) {
			while (*turn == 0)
				futex(turn, FUTEX_WAIT, 0);
			if (*turn == 2)
				_exit(0);
			*turn = 0;
			futex(turn, FUTEX_WAKE, 1);
		}
	}
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		*turn = 1;
		futex(turn, FUTEX_WAKE, 1);
		while (*turn == 1)
			futex(turn, FUTEX_WAIT, 1);
	}
	t0 = rdtsc() - t0;
	*turn = 2;
	futex(turn, FUTEX_WAKE, 1);
	reap(pid);
	munmap((void *)turn, PAGE);
	return t0;
}

#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
		      CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)

/*
 * clone() a thread that exits at once (exit, 1: the thread, not the group);
 * the kernel writes its tid to *tid and clears it, with a futex wake, when
 * the thread is gone. Returns the tid or -errno. The new thread never
 * touches its stack, so one stack serves every thread.
 */
static long thread_spawn(volatile int *tid)
{
	static char stack[4096] __attribute__((aligned(16)));
	long ret;

	__asm__ __volatile__(
		"int $0x80\n\t"
		"testl %%eax, %%eax\n\t"
		"jnz 1f\n\t"
		"movl $1, %%eax\n\t"
		"xorl %%ebx, %%ebx\n\t"
		"int $0x80\n"
		"1:"
		: "=a"(ret)
		: "0"(__NR_clone), "b"(THREAD_FLAGS), "c"(stack + sizeof(stack)),
		  "d"(tid), "S"(0), "D"(tid)
		: "memory");
	return ret;
}

static u64 b_thread(int n, const char **why)
{
	static volatile int tid;
	u64 t0 = rdtsc();
	int i;

	for (i = 0; i < n; i++) {
		long r = thread_spawn(&tid);
		int v;

		if (r < 0) {
			*why = r == -EINVAL ? "clone(CLONE_VM) is EINVAL: no threads"
					    : "clone(CLONE_VM) failed";
			return 0;
		}
		while ((v = tid) != 0)
			futex(&tid, FUTEX_WAIT, v);
	}
	return rdtsc() - t0;
}

/* ---- driver ------------------------------------------------------------- */

/* Which way this process's mmap hands out addresses. */
static const char *find_layout(void)
{
	char *a = map_anon(PAGE, MAP_PRIVATE);
	char *b = map_anon(PAGE, MAP_PRIVATE);

	munmap(a, PAGE);
	munmap(b, PAGE);
	return b < a ? "topdown" : "bottomup";
}

static void measure_cow(void)
{
	int r, rounds = quick ? 1 : ROUNDS, n = quick ? FAULT_PAGES / 10 : FAULT_PAGES;
	long faults = 0;
	u64 best = 0;

	for (r = 0; r < rounds; r++) {
		const char *why = NULL;
		u64 t = b_cow(n, &why);

		if (why) {
			printf("bench: op=cow_fault layout=%s skip=%s\n", layout, why);
			return;
		}
		if (r == 0 || t < best) {
			best = t;
			faults = child_faults;
		}
	}
	printf("bench: op=cow_fault layout=%s ticks=%llu ops=%d faults=%ld\n",
	       layout, best, n, faults);
}

/* The operations whose cost depends on where mmap puts things. */
static void measure_layout_dependent(void)
{
	measure("mmap_munmap", b_mmap_munmap, 500);
	measure("mmap_touch256_munmap", b_mmap_touch, 10);
}

static void measure_all(void)
{
	measure("getpid", b_getpid, 1000);
	measure("fork_exit_wait", b_fork, 30);
	measure("execve", b_execve, 30);
	big = map_anon(1024 * PAGE, MAP_PRIVATE);
	touch(big, 1024, 1);
	measure("fork_4mib", b_fork_big, 10);
	munmap(big, 1024 * PAGE);
	measure("anon_write_fault", b_anon_write, FAULT_PAGES);
	measure("zero_page_read_fault", b_anon_read, FAULT_PAGES);
	measure_cow();
	measure("file_read_fault", b_file_fault, FAULT_PAGES);
	measure_layout_dependent();
	measure("mprotect_split_merge", b_mprotect, 500);
	measure("brk_grow_shrink", b_brk, 500);
	measure("read_4k", b_read, 1000);
	measure("write_64k_fsync", b_write_fsync, 20);
	measure("pipe_round_trip", b_pipe, 500);
	measure("futex_round_trip", b_futex, 500);
	measure("thread_create_join", b_thread, 50);
	printf("bench: op=swap_fault layout=%s skip=no swap device in the benchmark boot\n",
	       layout);
}

/* Run this program again with ADDR_COMPAT_LAYOUT | ADDR_NO_RANDOMIZE set. */
static void run_bottom_up(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		char *argv[] = { (char *)self_path, "layout", quick ? "quick" : NULL, NULL };
		char *envp[] = { NULL };

		if (personality(PER_LINUX | ADDR_COMPAT_LAYOUT | ADDR_NO_RANDOMIZE) < 0)
			die("personality");
		execve(self_path, argv, envp);
		die("execve");
	}
	reap(pid);
}

int main(int argc, char **argv)
{
	int i, layout_pass = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "quick") == 0)
			quick = 1;
		else if (strcmp(argv[i], "layout") == 0)
			layout_pass = 1;
	}
	if (argc > 0 && strchr(argv[0], '/')) {
		char *slash;

		self_path = argv[0];
		snprintf(child_path, sizeof(child_path), "%s", argv[0]);
		slash = strrchr(child_path, '/');
		snprintf(slash + 1, sizeof(child_path) - (size_t)(slash + 1 - child_path),
			 "exec_child");
	}
	if (getpid() == 1 && chdir("/tmp") < 0)
		perror("chdir /tmp");
	layout = find_layout();
	if (layout_pass) {
		measure_layout_dependent();
		return 0;
	}
	measure_all();
	if (strcmp(layout, "bottomup") != 0)
		run_bottom_up();
	printf("bench: done\n");
	if (getpid() == 1) {
		sync();
		reboot(RB_POWER_OFF);
	}
	return 0;
}
