/*
 * Executables are demand-paged. Linux maps a program's segments at exec
 * and reads a page only when it is first touched, so a program of more
 * than 1 MiB starts without reading most of itself. This program carries a
 * 2 MiB initialized array (so the file is over 2 MiB). It runs itself
 * twice and reads the children's fault counts from wait4's rusage:
 * "idle" touches one page of the array, "touch" reads every page. If exec
 * loaded the whole file, both would cost the same; with demand paging the
 * idle run takes far fewer faults than the 512 pages of the array, and
 * touching the pages adds faults: one per page here, fewer on Linux, which
 * maps a batch of cached pages around each read fault ("fault-around"),
 * but always some.
 */
#include "fault_util.h"
#include <sys/resource.h>

#define BIG (2UL << 20)

static char big[BIG] = { 1, 2, 3 };

static long faults_of_run(const char *self, const char *mode)
{
	char *argv[] = { (char *)self, (char *)mode, NULL };
	struct rusage ru;
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		execve(self, argv, environ);
		_exit(127);
	}
	ASSERT_TRUE(pid > 0, "fork");
	memset(&ru, 0, sizeof(ru));
	ASSERT_TRUE(wait4(pid, &status, 0, &ru) == pid, "wait4");
	EXPECT_EXITED(status, 0, mode);
	return ru.ru_minflt + ru.ru_majflt;
}

int main(int argc, char **argv)
{
	long idle, touched;
	unsigned long i, sum = 0;

	if (argc > 1 && strcmp(argv[1], "idle") == 0)
		return big[1] == 2 ? 0 : 1;
	if (argc > 1 && strcmp(argv[1], "touch") == 0) {
		for (i = 0; i < BIG; i += PAGE)
			sum += (unsigned char)big[i];
		return sum == 1 ? 0 : 1;
	}
	idle = faults_of_run(argv[0], "idle");
	touched = faults_of_run(argv[0], "touch");
	printf("faults: idle run %ld, run touching 512 pages %ld\n", idle, touched);
	EXPECT_TRUE(idle < 128, "an idle run of a 2 MiB program takes few faults");
	EXPECT_TRUE(touched - idle >= 8, "touching the array adds faults");
	return test_done();
}
