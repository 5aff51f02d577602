/*
 * Linux guarantees: /proc/PID/comm is the process's name and a newline:
 * the program's file name, at most 15 bytes, until prctl(PR_SET_NAME)
 * renames it; the new name shows in comm, in status's Name and in stat's
 * parentheses alike, and a child of fork inherits it.
 */
#include <fcntl.h>
#include "proc_fs_util.h"

#define PR_SET_NAME 15

static const char *read_proc(const char *path)
{
	static char text[4096];

	return read_file(path, text, sizeof(text)) > 0 ? text : "";
}

int main(void)
{
	char path[32], line[64];
	int status;
	pid_t pid;

	EXPECT_STREQ(read_proc("/proc/self/comm"), "proc_fs_comm\n", "the program's name");
	ASSERT_TRUE(syscall(__NR_prctl, PR_SET_NAME, "a-rather-long-new-name", 0, 0, 0) == 0,
		    "PR_SET_NAME");
	EXPECT_STREQ(read_proc("/proc/self/comm"), "a-rather-long-n\n", "renamed, cut to 15 bytes");
	proc_line(read_proc("/proc/self/status"), "Name:", line, sizeof(line));
	EXPECT_STREQ(line, "Name:\ta-rather-long-n", "status's Name");
	EXPECT_TRUE(strstr(read_proc("/proc/self/stat"), " (a-rather-long-n) ") != NULL,
		    "stat's (comm)");
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		usleep(200000);
		_exit(0);
	}
	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
	EXPECT_STREQ(read_proc(path), "a-rather-long-n\n", "the child has the name too");
	waitpid(pid, &status, 0);
	return test_done();
}
