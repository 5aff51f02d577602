/*
 * System V shared memory: shmget makes a segment (IPC_PRIVATE always new;
 * a key with IPC_CREAT, found again by the key; IPC_EXCL EEXIST; no
 * IPC_CREAT ENOENT; a size of 0 or past the segment EINVAL); shmat maps
 * it zeroed, a fork child's stores are seen by the parent, and a second
 * attach in the same process sees the same bytes; IPC_STAT tells size,
 * creator and the attach count (which fork and shmdt change); shmdt of
 * an address without an attach is EINVAL; IPC_RMID takes the key away at
 * once and the segment goes at the last detach (a stale id is EINVAL).
 * The old ipc(2) multiplexer reaches the same calls (its SHMCTL takes
 * IPC_64 in the command; the direct shmctl always has that layout and
 * refuses the bit). SHM_RDONLY maps it
 * read-only (a store is SIGSEGV).
 */
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

#define IPC_PRIVATE	0
#define IPC_CREAT	01000
#define IPC_EXCL	02000
#define IPC_RMID	0
#define IPC_STAT	2
#define IPC_64		0x100
#define SHM_RDONLY	010000
#define SHMAT		21
#define SHMDT		22
#define SHMGET		23
#define SHMCTL		24

struct shmid64_ds {
	int key;
	unsigned int uid, gid, cuid, cgid;
	unsigned short mode, pad1, seq, pad2;
	unsigned long unused1, unused2;
	unsigned long shm_segsz;
	unsigned long atime, atime_high, dtime, dtime_high, ctime, ctime_high;
	int cpid, lpid;
	unsigned long nattch, unused4, unused5;
};

static long shmget_(int key, unsigned long size, int flg) { return syscall(__NR_shmget, key, size, flg); }
static char *shmat_(int id, void *addr, int flg) { return (char *)syscall(__NR_shmat, id, addr, flg); }
static long shmdt_(void *addr) { return syscall(__NR_shmdt, addr); }
static long stat_(int id, struct shmid64_ds *ds) { return syscall(__NR_shmctl, id, IPC_STAT, ds); }

static char *ro_addr;

static void store_ro(void *unused)
{
	*(volatile char *)ro_addr = 1;
}

int main(void)
{
	int key = 0x5e6d0000 + (getpid() & 0xffff), id, id2;
	struct shmid64_ds ds;
	char *a, *b;
	unsigned long got;
	pid_t pid;
	int status;

	id = shmget_(key, 10000, IPC_CREAT | 0600);
	ASSERT_TRUE(id >= 0, "shmget(IPC_CREAT)");
	EXPECT_EQ(shmget_(key, 4096, 0600), id, "the key finds it again");
	EXPECT_ERRNO(shmget_(key, 4096, IPC_CREAT | IPC_EXCL | 0600), EEXIST, "IPC_EXCL");
	EXPECT_ERRNO(shmget_(key, 20000, 0600), EINVAL, "a size past the segment's");
	EXPECT_ERRNO(shmget_(key + 1, 4096, 0600), ENOENT, "another key without IPC_CREAT");
	EXPECT_ERRNO(shmget_(IPC_PRIVATE, 0, 0600), EINVAL, "size 0");
	id2 = shmget_(IPC_PRIVATE, 4096, 0600);
	EXPECT_TRUE(id2 >= 0 && id2 != id, "IPC_PRIVATE is always new");

	a = shmat_(id, NULL, 0);
	ASSERT_TRUE(a != (char *)-1, "shmat");
	EXPECT_EQ(a[9999], 0, "zeroed");
	ASSERT_TRUE(stat_(id, &ds) == 0, "IPC_STAT");
	EXPECT_EQ(ds.shm_segsz, 10000, "shm_segsz");
	EXPECT_EQ(ds.nattch, 1, "one attach");
	EXPECT_EQ(ds.cpid, getpid(), "the creator's pid");
	EXPECT_EQ(ds.mode & 0777, 0600, "the mode");
	EXPECT_EQ(ds.key, key, "the key");
	EXPECT_ERRNO(syscall(__NR_shmctl, id, IPC_STAT | IPC_64, &ds), EINVAL,
		     "the direct shmctl takes no IPC_64 bit (it always has that layout)");
	memset(&ds, 0, sizeof(ds));
	EXPECT_TRUE(syscall(__NR_ipc, SHMCTL, id, IPC_STAT | IPC_64, 0, &ds, 0) == 0 &&
		    ds.shm_segsz == 10000, "ipc(SHMCTL, IPC_STAT | IPC_64): the same layout");

	pid = fork();
	if (pid == 0) {
		struct shmid64_ds cds;

		strcpy(a + 5000, "from the child");
		_exit(stat_(id, &cds) == 0 && cds.nattch == 2 ? 0 : 1);
	}
	ASSERT_TRUE(waitpid(pid, &status, 0) == pid, "wait");
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child's attach counted");
	EXPECT_STREQ(a + 5000, "from the child", "the parent sees the child's store");
	EXPECT_TRUE(stat_(id, &ds) == 0 && ds.nattch == 1, "the child's exit detached it");

	ASSERT_TRUE(syscall(__NR_ipc, SHMAT, id, 0, &got, NULL, 0) == 0, "ipc(SHMAT)");
	b = (char *)got;
	EXPECT_TRUE(b != a && !strcmp(b + 5000, "from the child"), "a second attach, the same bytes");
	EXPECT_TRUE(stat_(id, &ds) == 0 && ds.nattch == 2, "two attaches");
	EXPECT_EQ(syscall(__NR_ipc, SHMDT, 0, 0, 0, b, 0), 0, "ipc(SHMDT)");
	EXPECT_ERRNO(shmdt_(b), EINVAL, "shmdt where nothing is attached");
	EXPECT_ERRNO(shmdt_(a + 4096), EINVAL, "shmdt inside an attach");

	ro_addr = shmat_(id, NULL, SHM_RDONLY);
	ASSERT_TRUE(ro_addr != (char *)-1, "shmat(SHM_RDONLY)");
	EXPECT_STREQ(ro_addr + 5000, "from the child", "read-only, the same bytes");
	EXPECT_SIGNALED(test_run_child(store_ro, NULL), SIGSEGV, "a store to it is SIGSEGV");
	EXPECT_EQ(shmdt_(ro_addr), 0, "shmdt");

	EXPECT_EQ(syscall(__NR_shmctl, id, IPC_RMID, NULL), 0, "IPC_RMID while attached");
	EXPECT_ERRNO(shmget_(key, 4096, 0600), ENOENT, "the key is gone at once");
	EXPECT_STREQ(a + 5000, "from the child", "the attach still works");
	EXPECT_EQ(shmdt_(a), 0, "the last detach");
	EXPECT_ERRNO(stat_(id, &ds), EINVAL, "and the segment is gone");
	EXPECT_EQ(syscall(__NR_ipc, SHMCTL, id2, IPC_RMID, 0, NULL, 0), 0, "ipc(SHMCTL, IPC_RMID)");
	EXPECT_ERRNO(stat_(id2, &ds), EINVAL, "a removed id is EINVAL");
	return test_done();
}
