/* errno, the error messages and perror. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int errno;

struct errinfo {
	const char *name;
	const char *msg;
};

#define E(n, m) [n] = { #n, m }
static const struct errinfo errors[] = {
	[0] = { "0", "Success" },
	E(EPERM, "Operation not permitted"),
	E(ENOENT, "No such file or directory"),
	E(ESRCH, "No such process"),
	E(EINTR, "Interrupted system call"),
	E(EIO, "Input/output error"),
	E(ENXIO, "No such device or address"),
	E(E2BIG, "Argument list too long"),
	E(ENOEXEC, "Exec format error"),
	E(EBADF, "Bad file descriptor"),
	E(ECHILD, "No child processes"),
	E(EAGAIN, "Resource temporarily unavailable"),
	E(ENOMEM, "Cannot allocate memory"),
	E(EACCES, "Permission denied"),
	E(EFAULT, "Bad address"),
	E(ENOTBLK, "Block device required"),
	E(EBUSY, "Device or resource busy"),
	E(EEXIST, "File exists"),
	E(EXDEV, "Invalid cross-device link"),
	E(ENODEV, "No such device"),
	E(ENOTDIR, "Not a directory"),
	E(EISDIR, "Is a directory"),
	E(EINVAL, "Invalid argument"),
	E(ENFILE, "Too many open files in system"),
	E(EMFILE, "Too many open files"),
	E(ENOTTY, "Inappropriate ioctl for device"),
	E(ETXTBSY, "Text file busy"),
	E(EFBIG, "File too large"),
	E(ENOSPC, "No space left on device"),
	E(ESPIPE, "Illegal seek"),
	E(EROFS, "Read-only file system"),
	E(EMLINK, "Too many links"),
	E(EPIPE, "Broken pipe"),
	E(EDOM, "Numerical argument out of domain"),
	E(ERANGE, "Numerical result out of range"),
	E(EDEADLK, "Resource deadlock avoided"),
	E(ENAMETOOLONG, "File name too long"),
	E(ENOLCK, "No locks available"),
	E(ENOSYS, "Function not implemented"),
	E(ENOTEMPTY, "Directory not empty"),
	E(ELOOP, "Too many levels of symbolic links"),
	E(EOVERFLOW, "Value too large for defined data type"),
	E(ETIMEDOUT, "Connection timed out"),
	E(EUCLEAN, "Structure needs cleaning"),
};
#undef E

static const struct errinfo *lookup(int e)
{
	if (e >= 0 && e < (int)(sizeof(errors) / sizeof(errors[0])) && errors[e].name)
		return &errors[e];
	return NULL;
}

char *strerror(int errnum)
{
	const struct errinfo *ei = lookup(errnum);

	return (char *)(ei ? ei->msg : "Unknown error");
}

const char *strerrorname_np(int errnum)
{
	const struct errinfo *ei = lookup(errnum);

	return ei ? ei->name : "E?";
}

void perror(const char *what)
{
	int e = errno;

	if (what && *what)
		fprintf(stderr, "%s: %s\n", what, strerror(e));
	else
		fprintf(stderr, "%s\n", strerror(e));
}
