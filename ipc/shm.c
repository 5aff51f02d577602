/*
 * System V shared memory (Linux's ipc/shm.c): shmget makes or finds a
 * segment by key, shmat maps it, shmdt unmaps it, shmctl reads, changes or
 * removes it. A segment is an unnamed tmpfs file (shmem_file_setup); an
 * attach is a MAP_SHARED mapping of that file, so every process that
 * attaches it shares its page-cache pages, and fork shares them too.
 *
 * Each VMA of an attach has shm_vm_ops, whose open and close count the
 * attaches (shm_nattch): a fork child's copy, a split, exit and munmap all
 * go through them. IPC_RMID takes the key away at once, and the segment
 * with its pages goes when the last attach does.
 *
 * i386 reaches these calls both through the old multiplexer ipc(2) and,
 * since Linux 5.1, through shmget/shmat/shmdt/shmctl of their own; glibc
 * uses either. Semaphores and message queues are not implemented (ipc's
 * other calls are ENOSYS).
 */
#include <asm/page.h>
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <fs/shmem_fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <kernel/time.h>
#include <lib/string.h>
#include <mm/mm.h>
#include <mm/mm_types.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/ipc.h>
#include <uapi/mman.h>

#define SHMMNI		4096			/* segments there may be */
#define SHMMAX		(~0UL - (1UL << 24))	/* the largest segment, bytes */
#define SHMALL		(~0UL - (1UL << 24))	/* pages of all segments */
#define SHMMIN		1
#define IPCMNI_SEQ	32768			/* id = seq * IPCMNI_SEQ + slot, as Linux's */

struct shmid_kernel {
	int key;
	unsigned int uid, gid, cuid, cgid;
	unsigned int mode;		/* permission bits | SHM_DEST | SHM_LOCKED */
	unsigned short seq;		/* the slot's use count: stale ids do not match */
	size_t size;
	struct file *file;		/* the tmpfs file holding the pages */
	unsigned long nattch;
	unsigned long atime, dtime, ctime;
	pid_t cpid, lpid;
};

static struct shmid_kernel *shm_slots[SHMMNI];
static unsigned short shm_seq[SHMMNI];
static unsigned long shm_tot;		/* pages of all segments */
static int shm_used;

static const struct vm_operations_struct shm_vm_ops;

static unsigned long shm_now(void)
{
	return (unsigned long)ktime_get_real_seconds();
}

/* The segment an id names, or NULL (-EINVAL) for a free slot or a stale id. */
static struct shmid_kernel *shm_obtain(int id)
{
	struct shmid_kernel *shp;

	if (id < 0 || id % IPCMNI_SEQ >= SHMMNI)
		return NULL;
	shp = shm_slots[id % IPCMNI_SEQ];
	return shp && shp->seq == id / IPCMNI_SEQ ? shp : NULL;
}

static int shm_id(struct shmid_kernel *shp, int slot)
{
	return shp->seq * IPCMNI_SEQ + slot;
}

static int shm_slot(struct shmid_kernel *shp)
{
	int i;

	for (i = 0; i < SHMMNI; i++)
		if (shm_slots[i] == shp)
			return i;
	return -1;
}

/* May the caller use the segment as mask (S_IRUGO-style 0400/0200 bits of each class) asks? */
static bool shm_permitted(struct shmid_kernel *shp, unsigned int mask)
{
	unsigned int mode = shp->mode;

	if (current->euid == 0)
		return true;
	if (current->euid == shp->uid || current->euid == shp->cuid)
		mode >>= 6;
	else if (in_group_p(shp->gid) || in_group_p(shp->cgid))
		mode >>= 3;
	return (mode & mask & 7) == (mask & 7);
}

/* The owner, the creator or root may change or remove it. */
static bool shm_owner(struct shmid_kernel *shp)
{
	return current->euid == 0 || current->euid == shp->uid || current->euid == shp->cuid;
}

/* Free the segment: its slot, its file and (with the file's last reference) its pages. */
static void shm_destroy(struct shmid_kernel *shp)
{
	int slot = shm_slot(shp);

	shm_slots[slot] = NULL;
	shm_seq[slot]++;
	shm_used--;
	shm_tot -= (shp->size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	fput(shp->file);
	kfree(shp);
}

/* ---- the attach's VMAs ---- */

static struct shmid_kernel *vma_shm(struct vm_area_struct *vma)
{
	return vma->vm_file->private_data;
}

static void shm_open(struct vm_area_struct *vma)
{
	struct shmid_kernel *shp = vma_shm(vma);

	shp->nattch++;
	shp->atime = shm_now();
	shp->lpid = current->pid;
}

static void shm_close(struct vm_area_struct *vma)
{
	struct shmid_kernel *shp = vma_shm(vma);

	shp->dtime = shm_now();
	shp->lpid = current->pid;
	if (--shp->nattch == 0 && (shp->mode & SHM_DEST))
		shm_destroy(shp);
}

/* Faults read the tmpfs file's pages, as any shared file mapping's. */
static int shm_fault(struct vm_area_struct *vma, struct vm_fault *vmf)
{
	return filemap_fault(vma, vmf);
}

static const struct vm_operations_struct shm_vm_ops = {
	.open = shm_open,
	.close = shm_close,
	.fault = shm_fault,
};

/* ---- shmget ---- */

static long shm_new(int key, size_t size, int shmflg)
{
	unsigned long pages = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	struct shmid_kernel *shp;
	char name[16];
	int slot, err;

	if (size < SHMMIN || size > SHMMAX)
		return -EINVAL;
	if (shm_used >= SHMMNI || shm_tot + pages > SHMALL)
		return -ENOSPC;
	for (slot = 0; shm_slots[slot]; slot++)
		;
	shp = kzalloc(sizeof(*shp));
	if (!shp)
		return -ENOMEM;
	snprintf(name, sizeof(name), "SYSV%08x", key);
	shp->file = shmem_file_setup(name, size, &err);
	if (!shp->file) {
		kfree(shp);
		return err;
	}
	shp->file->private_data = shp;
	shp->key = key;
	shp->uid = shp->cuid = current->euid;
	shp->gid = shp->cgid = current->egid;
	shp->mode = shmflg & S_IRWXUGO;
	shp->size = size;
	shp->seq = shm_seq[slot];
	shp->cpid = current->pid;
	shp->ctime = shm_now();
	shm_slots[slot] = shp;
	shm_used++;
	shm_tot += pages;
	return shm_id(shp, slot);
}

static struct shmid_kernel *shm_find_key(int key, int *slot)
{
	for (*slot = 0; *slot < SHMMNI; (*slot)++) {
		struct shmid_kernel *shp = shm_slots[*slot];

		if (shp && shp->key == key && !(shp->mode & SHM_DEST))
			return shp;
	}
	return NULL;
}

/*
 * shmget(key, size, shmflg): the id of the segment of key, made if absent
 * and IPC_CREAT (always new for IPC_PRIVATE), with the permission bits of
 * shmflg. -ENOENT without IPC_CREAT, -EEXIST with IPC_EXCL, -EINVAL for a
 * size out of range or larger than the existing segment, -EACCES without
 * the permission shmflg asks, -ENOSPC past SHMMNI or SHMALL, -ENOMEM.
 */
SYSCALL_DEFINE3(shmget, int, key, size_t, size, int, shmflg)
{
	struct shmid_kernel *shp;
	int slot;

	if (key == IPC_PRIVATE)
		return shm_new(key, size, shmflg);
	shp = shm_find_key(key, &slot);
	if (!shp)
		return (shmflg & IPC_CREAT) ? shm_new(key, size, shmflg) : -ENOENT;
	if ((shmflg & IPC_CREAT) && (shmflg & IPC_EXCL))
		return -EEXIST;
	if (size > shp->size)
		return -EINVAL;
	if (!shm_permitted(shp, ((shmflg >> 6) | (shmflg >> 3) | shmflg) & 7))
		return -EACCES;
	return shm_id(shp, slot);
}

/* ---- shmat, shmdt ---- */

/*
 * Map the segment id at addr (0: where get_unmapped_area finds room; with
 * SHM_RND rounded down to SHMLBA, a page here), read-only with SHM_RDONLY,
 * executable with SHM_EXEC; *raddr is where. -EINVAL for a bad id or an
 * unaligned address, an address over a mapping without SHM_REMAP; -EACCES
 * without permission; the mapping's errors.
 */
long do_shmat(int id, unsigned long addr, int shmflg, unsigned long *raddr)
{
	struct shmid_kernel *shp = shm_obtain(id);
	unsigned long prot = PROT_READ, flags = MAP_SHARED, mask = 4;
	struct vm_area_struct *vma;
	unsigned long got;

	if (!shp)
		return -EINVAL;
	if (addr & ~PAGE_MASK) {
		if (!(shmflg & SHM_RND))
			return -EINVAL;
		addr &= PAGE_MASK;
	}
	if (addr) {
		if (!(shmflg & SHM_REMAP) && find_vma_intersection(current->mm, addr, addr + shp->size))
			return -EINVAL;
		flags |= MAP_FIXED;
	} else if (shmflg & SHM_REMAP) {
		return -EINVAL;
	}
	if (!(shmflg & SHM_RDONLY))
		prot |= PROT_WRITE, mask |= 2;
	if (shmflg & SHM_EXEC)
		prot |= PROT_EXEC, mask |= 1;
	if (!shm_permitted(shp, mask))
		return -EACCES;
	got = do_mmap_pgoff(shp->file, addr, shp->size, prot, flags, 0);
	if (got >= (unsigned long)-4095)
		return (long)got;
	vma = find_vma(current->mm, got);
	vma->vm_ops = &shm_vm_ops;
	shm_open(vma);
	*raddr = got;
	return 0;
}

/* shmat(id, addr, shmflg): the address the segment is mapped at, or -errno (do_shmat). */
SYSCALL_DEFINE3(shmat, int, shmid, char __user *, shmaddr, int, shmflg)
{
	unsigned long addr;
	long err = do_shmat(shmid, (unsigned long)shmaddr, shmflg, &addr);

	return err ? err : (long)addr;
}

/*
 * shmdt(addr): unmap the attach that starts at addr - every VMA of it,
 * split or not. -EINVAL if no attach starts there.
 */
SYSCALL_DEFINE1(shmdt, char __user *, shmaddr)
{
	unsigned long addr = (unsigned long)shmaddr, end;
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = find_vma(mm, addr), *next;
	struct file *file;
	int found = 0;

	if (addr & ~PAGE_MASK)
		return -EINVAL;
	if (!vma || vma->vm_ops != &shm_vm_ops || vma->vm_start - (vma->vm_pgoff << PAGE_SHIFT) != addr)
		return -EINVAL;
	file = vma->vm_file;
	end = addr + PAGE_ALIGN(vma_shm(vma)->size);
	for (; vma && vma->vm_start < end; vma = next) {
		next = vma->vm_next;
		if (vma->vm_ops == &shm_vm_ops && vma->vm_file == file &&
		    vma->vm_start - (vma->vm_pgoff << PAGE_SHIFT) == addr) {
			do_munmap(mm, vma->vm_start, vma->vm_end - vma->vm_start);
			found = 1;
		}
	}
	return found ? 0 : -EINVAL;
}

/* ---- shmctl ---- */

static void fill_shmid64(struct shmid64_ds *ds, struct shmid_kernel *shp)
{
	memset(ds, 0, sizeof(*ds));
	ds->shm_perm.key = shp->key;
	ds->shm_perm.uid = shp->uid;
	ds->shm_perm.gid = shp->gid;
	ds->shm_perm.cuid = shp->cuid;
	ds->shm_perm.cgid = shp->cgid;
	ds->shm_perm.mode = shp->mode;
	ds->shm_perm.seq = shp->seq;
	ds->shm_segsz = shp->size;
	ds->shm_atime = shp->atime;
	ds->shm_dtime = shp->dtime;
	ds->shm_ctime = shp->ctime;
	ds->shm_cpid = shp->cpid;
	ds->shm_lpid = shp->lpid;
	ds->shm_nattch = shp->nattch;
}

/* IPC_STAT in the layout asked for: struct shmid64_ds (IPC_64) or the old shmid_ds. */
static long shm_copy_out(void __user *buf, struct shmid_kernel *shp, bool ipc64)
{
	struct shmid64_ds ds;
	struct shmid_ds old;

	fill_shmid64(&ds, shp);
	if (ipc64)
		return copy_to_user(buf, &ds, sizeof(ds)) ? -EFAULT : 0;
	memset(&old, 0, sizeof(old));
	old.shm_perm.key = ds.shm_perm.key;
	old.shm_perm.uid = ds.shm_perm.uid;
	old.shm_perm.gid = ds.shm_perm.gid;
	old.shm_perm.cuid = ds.shm_perm.cuid;
	old.shm_perm.cgid = ds.shm_perm.cgid;
	old.shm_perm.mode = ds.shm_perm.mode;
	old.shm_perm.seq = ds.shm_perm.seq;
	old.shm_segsz = ds.shm_segsz;
	old.shm_atime = ds.shm_atime;
	old.shm_dtime = ds.shm_dtime;
	old.shm_ctime = ds.shm_ctime;
	old.shm_cpid = ds.shm_cpid;
	old.shm_lpid = ds.shm_lpid;
	old.shm_nattch = ds.shm_nattch;
	return copy_to_user(buf, &old, sizeof(old)) ? -EFAULT : 0;
}

/* IPC_SET: the owner, group and permission bits from buf. */
static long shm_set(struct shmid_kernel *shp, void __user *buf, bool ipc64)
{
	struct shmid64_ds ds;
	struct shmid_ds old;

	if (ipc64 && copy_from_user(&ds, buf, sizeof(ds)))
		return -EFAULT;
	if (!ipc64) {
		if (copy_from_user(&old, buf, sizeof(old)))
			return -EFAULT;
		ds.shm_perm.uid = old.shm_perm.uid;
		ds.shm_perm.gid = old.shm_perm.gid;
		ds.shm_perm.mode = old.shm_perm.mode;
	}
	if (!shm_owner(shp))
		return -EPERM;
	shp->uid = ds.shm_perm.uid;
	shp->gid = ds.shm_perm.gid;
	shp->mode = (shp->mode & ~S_IRWXUGO) | (ds.shm_perm.mode & S_IRWXUGO);
	shp->ctime = shm_now();
	return 0;
}

static long shm_info(int cmd, void __user *buf)
{
	struct shminfo64 info = { .shmmax = SHMMAX, .shmmin = SHMMIN, .shmmni = SHMMNI,
				  .shmseg = SHMMNI, .shmall = SHMALL };
	struct shm_info si = { .used_ids = shm_used, .shm_tot = shm_tot };
	int i, last = 0;

	for (i = 0; i < SHMMNI; i++) {
		if (shm_slots[i]) {
			last = i;
			si.shm_rss += shm_slots[i]->file->f_mapping->nrpages;
		}
	}
	if (cmd == IPC_INFO ? copy_to_user(buf, &info, sizeof(info)) : copy_to_user(buf, &si, sizeof(si)))
		return -EFAULT;
	return last;
}

/* The commands that take an id (not IPC_INFO/SHM_INFO, which take none). */
static long shm_ctl_id(int id, int cmd, void __user *buf, bool ipc64)
{
	struct shmid_kernel *shp;

	if (cmd == SHM_STAT || cmd == SHM_STAT_ANY) {
		shp = id >= 0 && id < SHMMNI ? shm_slots[id] : NULL;
		if (!shp)
			return -EINVAL;
		if (cmd == SHM_STAT && !shm_permitted(shp, 4))
			return -EACCES;
		return shm_copy_out(buf, shp, ipc64) ?: shm_id(shp, id);
	}
	shp = shm_obtain(id);
	if (!shp)
		return -EINVAL;
	switch (cmd) {
	case IPC_STAT:
		return shm_permitted(shp, 4) ? shm_copy_out(buf, shp, ipc64) : -EACCES;
	case IPC_SET:
		return shm_set(shp, buf, ipc64);
	case IPC_RMID:
		if (!shm_owner(shp))
			return -EPERM;
		shp->mode |= SHM_DEST;
		shp->key = IPC_PRIVATE;
		if (!shp->nattch)
			shm_destroy(shp);
		return 0;
	case SHM_LOCK:
	case SHM_UNLOCK:
		if (current->euid != 0)
			return -EPERM;
		shp->mode = cmd == SHM_LOCK ? shp->mode | SHM_LOCKED : shp->mode & ~SHM_LOCKED;
		return 0;
	}
	return -EINVAL;
}

/* shmctl by both entries; ipc64: the IPC_64 structures (the direct call always has them). */
static long do_shmctl(int shmid, int cmd, void __user *buf, bool ipc64)
{
	if (cmd == IPC_INFO || cmd == SHM_INFO)
		return shm_info(cmd, buf);
	return shm_ctl_id(shmid, cmd, buf, ipc64);
}

/*
 * shmctl(id, cmd, buf): IPC_STAT and SHM_STAT/SHM_STAT_ANY fill buf with a
 * struct shmid64_ds, IPC_SET changes the owner and mode, IPC_RMID removes
 * the segment once no one has it attached, IPC_INFO/SHM_INFO report the
 * limits and use, SHM_LOCK/SHM_UNLOCK mark it (root). This direct call
 * (Linux 5.1+) always speaks IPC_64, so an IPC_64 bit in cmd is an
 * unknown command: -EINVAL, as Linux. -EACCES, -EPERM, -EFAULT as Linux.
 */
SYSCALL_DEFINE3(shmctl, int, shmid, int, cmd, void __user *, buf)
{
	return do_shmctl(shmid, cmd, buf, true);
}

/*
 * ipc(call, first, second, third, ptr, fifth): the old i386 entry to all
 * System V IPC. The shared-memory calls are passed on (SHMAT stores the
 * address at *third and returns 0); semaphores and message queues do not
 * exist here: -ENOSYS, as for a kernel built without them.
 */
SYSCALL_DEFINE6(ipc, unsigned int, call, int, first, unsigned long, second,
		unsigned long, third, void __user *, ptr, long, fifth)
{
	unsigned long addr;
	long err;

	switch (call & 0xffff) {
	case SHMAT:
		err = do_shmat(first, (unsigned long)ptr, second, &addr);
		if (err)
			return err;
		return copy_to_user((void __user *)third, &addr, sizeof(addr)) ? -EFAULT : 0;
	case SHMDT:
		return sys_shmdt(ptr);
	case SHMGET:
		return sys_shmget(first, second, third);
	case SHMCTL:	/* here IPC_64 in the command picks the layout */
		return do_shmctl(first, second & ~IPC_64, ptr, second & IPC_64);
	}
	return -ENOSYS;
}
