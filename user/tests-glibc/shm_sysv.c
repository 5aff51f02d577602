/*
 * System V shared memory through glibc's shmget/shmat/shmctl/shmdt, as
 * programs use it: a private segment, attached, written by a fork child,
 * seen by the parent; IPC_STAT counts the attach; IPC_RMID and the last
 * shmdt free it. Also /dev/zero mapped MAP_SHARED across fork.
 */
#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct shmid_ds ds;
	int id = shmget(IPC_PRIVATE, 8192, IPC_CREAT | 0600), status, fd;
	char *p, *z;
	pid_t pid;

	CHECK(id >= 0, "shmget");
	p = shmat(id, NULL, 0);
	CHECK(p != (void *)-1, "shmat");
	pid = fork();
	if (pid == 0) {
		strcpy(p + 4096, "child");
		_exit(0);
	}
	CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status), "the child");
	CHECK(!strcmp(p + 4096, "child"), "the parent sees its store");
	CHECK(shmctl(id, IPC_STAT, &ds) == 0 && ds.shm_segsz == 8192 && ds.shm_nattch == 1,
	      "IPC_STAT");
	CHECK(shmctl(id, IPC_RMID, NULL) == 0, "IPC_RMID");
	CHECK(shmdt(p) == 0, "shmdt");
	CHECK(shmctl(id, IPC_STAT, &ds) == -1 && errno == EINVAL, "gone");

	fd = open("/dev/zero", O_RDWR);
	z = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(z != MAP_FAILED, "MAP_SHARED of /dev/zero");
	pid = fork();
	if (pid == 0) {
		strcpy(z, "zero child");
		_exit(0);
	}
	CHECK(waitpid(pid, &status, 0) == pid, "the child");
	CHECK(!strcmp(z, "zero child"), "shared through /dev/zero");
	return check_done();
}
