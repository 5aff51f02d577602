/*
 * int $0x80 preserves every register but eax (the result): ebx, ecx, edx,
 * esi, edi and ebp come back as they were, for a call that succeeds
 * (getpid), one that fails (close(-1): -EBADF) and an unknown number
 * (-ENOSYS). The direction flag is clear, as the ABI requires, afterwards.
 */
#include <sys/syscall.h>
#include <test.h>

struct regs {
	unsigned long eax, ebx, ecx, edx, esi, edi, ebp, eflags;
};

/* Loads known values, makes the call, and stores what came back. */
static __attribute__((noinline)) void call(long nr, long ebx, struct regs *out)
{
	out->eax = (unsigned long)nr;
	out->ebx = (unsigned long)ebx;
	asm volatile("pushl %%ebp\n"
		     "pushl %%eax\n"		/* out, reloaded below */
		     "movl 4(%%eax), %%ebx\n"
		     "movl (%%eax), %%eax\n"
		     "movl $0x3c3c3c3c, %%ecx\n"
		     "movl $0x4d4d4d4d, %%edx\n"
		     "movl $0x5e5e5e5e, %%esi\n"
		     "movl $0x6f6f6f6f, %%edi\n"
		     "movl $0x70707070, %%ebp\n"
		     "int $0x80\n"
		     "xchgl %%eax, (%%esp)\n"	/* eax = out, result on the stack */
		     "movl %%ebx, 4(%%eax)\n"
		     "movl %%ecx, 8(%%eax)\n"
		     "movl %%edx, 12(%%eax)\n"
		     "movl %%esi, 16(%%eax)\n"
		     "movl %%edi, 20(%%eax)\n"
		     "movl %%ebp, 24(%%eax)\n"
		     "pushfl\n"
		     "popl 28(%%eax)\n"
		     "popl (%%eax)\n"
		     "popl %%ebp\n"
		     : : "a"(out)
		     : "ebx", "ecx", "edx", "esi", "edi", "memory", "cc");
}

static void check(const char *what, long nr, long ebx, long want_eax)
{
	struct regs r;
	char w[96];

	call(nr, ebx, &r);
	snprintf(w, sizeof(w), "%s: eax", what);
	EXPECT_EQ((long)r.eax, want_eax, w);
	snprintf(w, sizeof(w), "%s: ebx", what);
	EXPECT_EQ(r.ebx, (unsigned long)ebx, w);
	snprintf(w, sizeof(w), "%s: ecx", what);
	EXPECT_EQ(r.ecx, 0x3c3c3c3c, w);
	snprintf(w, sizeof(w), "%s: edx", what);
	EXPECT_EQ(r.edx, 0x4d4d4d4d, w);
	snprintf(w, sizeof(w), "%s: esi", what);
	EXPECT_EQ(r.esi, 0x5e5e5e5e, w);
	snprintf(w, sizeof(w), "%s: edi", what);
	EXPECT_EQ(r.edi, 0x6f6f6f6f, w);
	snprintf(w, sizeof(w), "%s: ebp", what);
	EXPECT_EQ(r.ebp, 0x70707070, w);
	snprintf(w, sizeof(w), "%s: direction flag", what);
	EXPECT_EQ(r.eflags & 0x400, 0, w);
}

int main(void)
{
	check("getpid", __NR_getpid, 0x2b2b2b2b, getpid());
	check("close(-1)", __NR_close, -1, -EBADF);
	check("unknown call 222", 222, 0x2b2b2b2b, -ENOSYS);
	return test_done();
}
