/*
 * Resource limits as Linux enforces them: ugetrlimit and prlimit64 agree;
 * a soft limit above the hard one or an unknown resource is EINVAL.
 * RLIMIT_NOFILE bounds new descriptors (EMFILE, dup2's EBADF, F_DUPFD's
 * EINVAL); RLIMIT_FSIZE cuts a write short, then refuses with EFBIG (with
 * SIGXFSZ ignored), and so does ftruncate past it; RLIMIT_AS refuses a
 * mapping that does not fit (ENOMEM). Unprivileged, RLIMIT_NPROC makes
 * fork fail with EAGAIN and RLIMIT_MEMLOCK limits mlock (EPERM at 0,
 * ENOMEM past it).
 */
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

#define RLIMIT_FSIZE	1
#define RLIMIT_NPROC	6
#define RLIMIT_NOFILE	7
#define RLIMIT_MEMLOCK	8
#define RLIMIT_AS	9

struct rlim { unsigned long cur, max; };
struct rlim64 { unsigned long long cur, max; };

static long getrl(int res, struct rlim *r) { return syscall(__NR_ugetrlimit, res, r); }
static long setrl(int res, unsigned long cur, unsigned long max)
{
	struct rlim r = { cur, max };

	return syscall(__NR_setrlimit, res, &r);
}

static int unprivileged_child(void)
{
	char *p = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_TRUE(p != MAP_FAILED, "mmap");
	ASSERT_TRUE(syscall(__NR_setresuid32, 65534, 65534, 65534) == 0, "drop to nobody");
	EXPECT_EQ(setrl(RLIMIT_NPROC, 0, 0), 0, "RLIMIT_NPROC 0");
	EXPECT_ERRNO(fork(), EAGAIN, "fork past RLIMIT_NPROC");
	EXPECT_EQ(setrl(RLIMIT_MEMLOCK, 0, 8192), 0, "RLIMIT_MEMLOCK 0");
	EXPECT_ERRNO(mlock(p, 4096), EPERM, "mlock with a limit of 0");
	EXPECT_EQ(setrl(RLIMIT_MEMLOCK, 8192, 8192), 0, "RLIMIT_MEMLOCK two pages");
	EXPECT_ERRNO(mlock(p, 3 * 4096), ENOMEM, "three pages are too many");
	EXPECT_EQ(mlock(p, 4096), 0, "one page is fine");
	EXPECT_ERRNO(setrl(RLIMIT_MEMLOCK, 8192, 16384), EPERM, "raising the hard limit");
	return test_done();
}

int main(void)
{
	struct rlim r, saved;
	struct rlim64 r64;
	char buf[8192];
	int fd, i, status;
	pid_t pid;

	ASSERT_TRUE(getrl(RLIMIT_NOFILE, &saved) == 0, "ugetrlimit");
	EXPECT_TRUE(saved.cur <= saved.max, "soft <= hard");
	ASSERT_TRUE(syscall(__NR_prlimit64, 0, RLIMIT_NOFILE, NULL, &r64) == 0, "prlimit64");
	EXPECT_TRUE(r64.cur == saved.cur, "prlimit64 agrees");
	EXPECT_ERRNO(setrl(RLIMIT_NOFILE, saved.max + 1, saved.max), EINVAL, "soft above hard");
	EXPECT_ERRNO(getrl(99, &r), EINVAL, "an unknown resource");

	EXPECT_EQ(setrl(RLIMIT_NOFILE, 10, saved.max), 0, "RLIMIT_NOFILE 10");
	for (i = 0; (fd = open("/dev/null", O_RDONLY)) >= 0; i++)
		;
	EXPECT_EQ(errno, EMFILE, "open past the limit");
	EXPECT_ERRNO(dup2(0, 10), EBADF, "dup2 to fd 10");
	EXPECT_ERRNO(fcntl(0, F_DUPFD, 10), EINVAL, "F_DUPFD from 10");
	for (fd = 3; fd < 10; fd++)
		close(fd);
	EXPECT_EQ(setrl(RLIMIT_NOFILE, saved.cur, saved.max), 0, "back");

	signal(SIGXFSZ, SIG_IGN);
	ASSERT_TRUE(getrl(RLIMIT_FSIZE, &saved) == 0, "RLIMIT_FSIZE");
	EXPECT_EQ(setrl(RLIMIT_FSIZE, 4096, saved.max), 0, "RLIMIT_FSIZE 4096");
	fd = open("rlimit-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "a file");
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(write(fd, buf, sizeof(buf)), 4096, "a write is cut at the limit");
	EXPECT_ERRNO(write(fd, buf, 1), EFBIG, "then EFBIG");
	EXPECT_ERRNO(ftruncate(fd, 8192), EFBIG, "ftruncate past it too");
	EXPECT_EQ(ftruncate(fd, 100), 0, "shrinking is fine");
	close(fd);
	unlink("rlimit-file");
	EXPECT_EQ(setrl(RLIMIT_FSIZE, saved.cur, saved.max), 0, "back");

	pid = fork();
	if (pid == 0) {
		EXPECT_EQ(setrl(RLIMIT_AS, 32 << 20, 32 << 20), 0, "RLIMIT_AS 32 MiB");
		EXPECT_TRUE(mmap(NULL, 64 << 20, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) ==
			    MAP_FAILED && errno == ENOMEM, "a 64 MiB mapping does not fit");
		_exit(test_done());
	}
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "RLIMIT_AS checks");
	pid = fork();
	if (pid == 0)
		_exit(unprivileged_child());
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "the unprivileged checks");
	return test_done();
}
