/*
 * Helpers shared by the page-fault tests (user/tests/fault_*.c): catching a
 * fault in-process, counting resident pages, making a test file. Everything
 * here is plain POSIX/Linux, so the tests run unchanged on Linux.
 */
#ifndef FAULT_UTIL_H
#define FAULT_UTIL_H

#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096UL

/* What the last caught fault said about itself. */
struct caught_fault {
	int signo;		/* 0: nothing was caught */
	int code;		/* si_code */
	void *addr;		/* si_addr */
};

static struct caught_fault last_fault;
static sigjmp_buf fault_env;

static void fault_handler(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	last_fault.signo = sig;
	last_fault.code = si->si_code;
	last_fault.addr = si->si_addr;
	siglongjmp(fault_env, 1);
}

/* Route SIGSEGV and SIGBUS to fault_handler (SA_SIGINFO). */
static inline void catch_faults(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fault_handler;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
}

/*
 * Touch the byte at p (a store when write, else a load) and report what
 * happened: last_fault.signo is 0 if the access went through.
 * catch_faults() must have been called.
 */
static inline struct caught_fault touch(volatile char *p, int write)
{
	memset(&last_fault, 0, sizeof(last_fault));
	if (sigsetjmp(fault_env, 1) == 0) {
		if (write)
			*p = 1;
		else
			(void)*p;
	}
	return last_fault;
}

/* How many of the npages pages at p mincore reports resident; -1 on error. */
static inline int resident_pages(void *p, unsigned long npages)
{
	unsigned char vec[1024];
	unsigned long i;
	int n = 0;

	if (npages > sizeof(vec) || mincore(p, npages * PAGE, vec) != 0)
		return -1;
	for (i = 0; i < npages; i++)
		n += vec[i] & 1;
	return n;
}

/* Is the one page at p resident? 1, 0, or -1 on error. */
static inline int page_resident(void *p)
{
	return resident_pages(p, 1);
}

/* The byte at offset off of the test files: a pattern that differs per page. */
static inline char file_byte(unsigned long off)
{
	return (char)('A' + (off / PAGE) % 26 + (off % 7));
}

/* Create path holding size bytes of file_byte(); returns an O_RDWR fd (exits on error). */
static inline int make_test_file(const char *path, unsigned long size)
{
	char buf[512];
	unsigned long off = 0;
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "open test file");
	while (off < size) {
		unsigned long n = size - off < sizeof(buf) ? size - off : sizeof(buf), i;

		for (i = 0; i < n; i++)
			buf[i] = file_byte(off + i);
		ASSERT_TRUE(write(fd, buf, n) == (ssize_t)n, "write test file");
		off += n;
	}
	return fd;
}

/* Read size bytes at off of fd with pread-like lseek+read; 0 on success. */
static inline int read_at(int fd, unsigned long off, void *buf, unsigned long size)
{
	if (lseek(fd, off, SEEK_SET) != (off_t)off)
		return -1;
	return read(fd, buf, size) == (ssize_t)size ? 0 : -1;
}

#endif
