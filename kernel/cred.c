/*
 * Credentials: the user and group ids of a process and its supplementary
 * groups, and the system calls that read and change them (Linux:
 * kernel/sys.c and kernel/groups.c; its struct cred keeps the same ids).
 *
 * Every process starts as root (all ids 0) and passes its ids on at fork.
 * The rules for changing them are Linux's, with "privileged" meaning an
 * effective uid of 0 (the capability CAP_SETUID/CAP_SETGID root has): a
 * privileged process may set any id; others may only move between their
 * real, effective and saved ids. This kernel checks no file permissions
 * yet, so the ids are what a program reads back and what ps shows; they
 * do not yet restrict what it may open.
 *
 * The 16-bit calls of the first i386 ABI (getuid 24, ...) see an id above
 * 65535 as 65534 (Linux's overflowuid); glibc uses the *32 calls.
 */
#include <asm/uaccess.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <uapi/errno.h>

#define OVERFLOWUID	65534
#define NO_ID		((unsigned int)-1)	/* "leave this one as it is" */

static bool privileged(void)
{
	return current->euid == 0;
}

static unsigned int high2low(unsigned int id)
{
	return id > 65535 ? OVERFLOWUID : id;
}

/* A 16-bit id argument: -1 (0xffff) stays "unchanged". */
static unsigned int low2high(unsigned short id)
{
	return id == 0xffff ? NO_ID : id;
}

/* May an unprivileged process take id, given its real, effective and saved ids? */
static bool one_of(unsigned int id, unsigned int r, unsigned int e, unsigned int s)
{
	return id == r || id == e || id == s;
}

/*
 * __sys_setresuid - set the real, effective and saved uid (NO_ID: keep);
 * the filesystem uid follows the effective one. 0, or -EPERM when an
 * unprivileged caller asks for an id it does not already have.
 */
static long __sys_setresuid(unsigned int r, unsigned int e, unsigned int s)
{
	struct task_struct *t = current;

	if (!privileged() && ((r != NO_ID && !one_of(r, t->uid, t->euid, t->suid)) ||
			      (e != NO_ID && !one_of(e, t->uid, t->euid, t->suid)) ||
			      (s != NO_ID && !one_of(s, t->uid, t->euid, t->suid))))
		return -EPERM;
	if (r != NO_ID)
		t->uid = r;
	if (e != NO_ID)
		t->euid = e;
	if (s != NO_ID)
		t->suid = s;
	t->fsuid = t->euid;
	return 0;
}

/* As __sys_setresuid, for the group ids. */
static long __sys_setresgid(unsigned int r, unsigned int e, unsigned int s)
{
	struct task_struct *t = current;

	if (!privileged() && ((r != NO_ID && !one_of(r, t->gid, t->egid, t->sgid)) ||
			      (e != NO_ID && !one_of(e, t->gid, t->egid, t->sgid)) ||
			      (s != NO_ID && !one_of(s, t->gid, t->egid, t->sgid))))
		return -EPERM;
	if (r != NO_ID)
		t->gid = r;
	if (e != NO_ID)
		t->egid = e;
	if (s != NO_ID)
		t->sgid = s;
	t->fsgid = t->egid;
	return 0;
}

/*
 * setuid: privileged, all three uids become uid; otherwise only the
 * effective one, and only to the real or saved uid. -EINVAL for -1.
 */
static long __sys_setuid(unsigned int uid)
{
	if (uid == NO_ID)
		return -EINVAL;
	if (privileged())
		return __sys_setresuid(uid, uid, uid);
	if (uid != current->uid && uid != current->suid)
		return -EPERM;
	return __sys_setresuid(NO_ID, uid, NO_ID);
}

static long __sys_setgid(unsigned int gid)
{
	if (gid == NO_ID)
		return -EINVAL;
	if (privileged())
		return __sys_setresgid(gid, gid, gid);
	if (gid != current->gid && gid != current->sgid)
		return -EPERM;
	return __sys_setresgid(NO_ID, gid, NO_ID);
}

/*
 * setreuid: as Linux, the saved uid becomes the new effective uid whenever
 * the real uid is set or the effective one changes to something other
 * than the old real uid. Unprivileged, the real uid may only become the
 * effective one and the effective any of the three.
 */
static long __sys_setreuid(unsigned int r, unsigned int e)
{
	struct task_struct *t = current;
	unsigned int new_r = r != NO_ID ? r : t->uid, new_e = e != NO_ID ? e : t->euid;

	if (!privileged() && ((r != NO_ID && r != t->uid && r != t->euid) ||
			      (e != NO_ID && !one_of(e, t->uid, t->euid, t->suid))))
		return -EPERM;
	if (r != NO_ID || (e != NO_ID && e != t->uid))
		t->suid = new_e;
	t->uid = new_r;
	t->euid = t->fsuid = new_e;
	return 0;
}

/* setregid: as setreuid, for the group ids. */
static long __sys_setregid(unsigned int r, unsigned int e)
{
	struct task_struct *t = current;
	unsigned int new_r = r != NO_ID ? r : t->gid, new_e = e != NO_ID ? e : t->egid;

	if (!privileged() && ((r != NO_ID && r != t->gid && r != t->egid) ||
			      (e != NO_ID && !one_of(e, t->gid, t->egid, t->sgid))))
		return -EPERM;
	if (r != NO_ID || (e != NO_ID && e != t->gid))
		t->sgid = new_e;
	t->gid = new_r;
	t->egid = t->fsgid = new_e;
	return 0;
}

/* Write three ids to user space (getresuid and getresgid). */
static long put_ids(unsigned int r, unsigned int e, unsigned int s, unsigned int __user *ur,
		    unsigned int __user *ue, unsigned int __user *us)
{
	if (copy_to_user(ur, &r, sizeof(r)) || copy_to_user(ue, &e, sizeof(e)) ||
	    copy_to_user(us, &s, sizeof(s)))
		return -EFAULT;
	return 0;
}

/* The 32-bit calls glibc makes. */
SYSCALL_DEFINE0(getuid32) { return current->uid; }
SYSCALL_DEFINE0(geteuid32) { return current->euid; }
SYSCALL_DEFINE0(getgid32) { return current->gid; }
SYSCALL_DEFINE0(getegid32) { return current->egid; }

/* setuid32(uid) ... setresgid32: see the __sys_ functions above. */
SYSCALL_DEFINE1(setuid32, unsigned int, uid) { return __sys_setuid(uid); }
SYSCALL_DEFINE1(setgid32, unsigned int, gid) { return __sys_setgid(gid); }
SYSCALL_DEFINE2(setreuid32, unsigned int, ruid, unsigned int, euid)
{
	return __sys_setreuid(ruid, euid);
}
SYSCALL_DEFINE2(setregid32, unsigned int, rgid, unsigned int, egid)
{
	return __sys_setregid(rgid, egid);
}
SYSCALL_DEFINE3(setresuid32, unsigned int, ruid, unsigned int, euid, unsigned int, suid)
{
	return __sys_setresuid(ruid, euid, suid);
}
SYSCALL_DEFINE3(setresgid32, unsigned int, rgid, unsigned int, egid, unsigned int, sgid)
{
	return __sys_setresgid(rgid, egid, sgid);
}

/* getresuid32(ruid, euid, suid): the three uids; 0 or -EFAULT. */
SYSCALL_DEFINE3(getresuid32, unsigned int __user *, ruid, unsigned int __user *, euid,
		unsigned int __user *, suid)
{
	return put_ids(current->uid, current->euid, current->suid, ruid, euid, suid);
}

/* getresgid32(rgid, egid, sgid): the three gids; 0 or -EFAULT. */
SYSCALL_DEFINE3(getresgid32, unsigned int __user *, rgid, unsigned int __user *, egid,
		unsigned int __user *, sgid)
{
	return put_ids(current->gid, current->egid, current->sgid, rgid, egid, sgid);
}

/*
 * setfsuid32(uid): the uid file access would be checked with; returns the
 * old one, and changes it only if privileged or uid is one of the others
 * (as Linux, it reports no error).
 */
SYSCALL_DEFINE1(setfsuid32, unsigned int, uid)
{
	unsigned int old = current->fsuid;

	if (privileged() || one_of(uid, current->uid, current->euid, current->suid) ||
	    uid == old)
		current->fsuid = uid;
	return old;
}

/* setfsgid32(gid): as setfsuid32, for the group. */
SYSCALL_DEFINE1(setfsgid32, unsigned int, gid)
{
	unsigned int old = current->fsgid;

	if (privileged() || one_of(gid, current->gid, current->egid, current->sgid) ||
	    gid == old)
		current->fsgid = gid;
	return old;
}

/*
 * getgroups32(size, list): the supplementary groups. size 0 asks only how
 * many; a smaller size than that is -EINVAL. Returns the count.
 */
SYSCALL_DEFINE2(getgroups32, int, size, unsigned int __user *, list)
{
	int n = current->ngroups;

	if (size < 0)
		return -EINVAL;
	if (!size)
		return n;
	if (size < n)
		return -EINVAL;
	return copy_to_user(list, current->groups, n * sizeof(list[0])) ? -EFAULT : n;
}

/*
 * setgroups32(size, list): replace the supplementary groups; privileged
 * only (-EPERM). -EINVAL for more than NGROUPS_SMALL (Linux takes 65536).
 */
SYSCALL_DEFINE2(setgroups32, int, size, const unsigned int __user *, list)
{
	unsigned int groups[NGROUPS_SMALL];

	if (!privileged())
		return -EPERM;
	if (size < 0 || size > NGROUPS_SMALL)
		return -EINVAL;
	if (copy_from_user(groups, list, size * sizeof(groups[0])))
		return -EFAULT;
	memcpy(current->groups, groups, size * sizeof(groups[0]));
	current->ngroups = size;
	return 0;
}

/* The 16-bit calls of the original i386 ABI. */
SYSCALL_DEFINE0(getuid) { return high2low(current->uid); }
SYSCALL_DEFINE0(geteuid) { return high2low(current->euid); }
SYSCALL_DEFINE0(getgid) { return high2low(current->gid); }
SYSCALL_DEFINE0(getegid) { return high2low(current->egid); }
SYSCALL_DEFINE1(setuid, unsigned short, uid) { return __sys_setuid(low2high(uid)); }
SYSCALL_DEFINE1(setgid, unsigned short, gid) { return __sys_setgid(low2high(gid)); }
