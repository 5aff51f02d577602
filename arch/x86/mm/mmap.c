/*
 * Which layout a new program's address space gets, and where its mmap
 * area starts (Linux's arch/x86/mm/mmap.c).
 *
 * The default, top-down layout puts mmap_base below the stack, leaving a
 * gap the stack may grow into: RLIMIT_STACK, plus the stack's random
 * offset and its guard gap, but at least 128 MiB and at most 5/6 of the
 * address space. Mappings then go downward from there toward the
 * program, so heap and mmap area share all the space between them:
 *
 *	0xc0000000  TASK_SIZE         the stack, growing down
 *	            (gap)             RLIMIT_STACK, clamped
 *	mmap_base                     the first mapping ends here
 *	            ...               mappings, downward
 *	            ...               brk heap, upward
 *	0x08048000                    the program
 *
 * The legacy bottom-up layout (personality ADDR_COMPAT_LAYOUT, or
 * vm.legacy_va_layout = 1) starts at TASK_UNMAPPED_BASE (1 GiB) and goes
 * upward, which caps the heap below 1 GiB.
 *
 * With randomization on (kernel.randomize_va_space 1 or 2, no
 * ADDR_NO_RANDOMIZE in the personality) the stack's top moves down by up
 * to 8 MiB and its pointer by up to 8 KiB more, mmap_base moves down by
 * up to 255 pages (Linux's 8 bits of mmap entropy for 32-bit tasks), and
 * with 2 the heap's start moves up by up to 32 MiB (arch_randomize_brk).
 * "norandmaps" on the command line sets randomize_va_space to 0.
 */
#include <kernel/init.h>
#include <kernel/random.h>
#include <kernel/sched.h>
#include <mm/mm.h>
#include <uapi/mman.h>

int randomize_va_space = 2;		/* Linux's default: stack, mmap and brk */

static void norandmaps_setup(const char *value)
{
	randomize_va_space = 0;
}
__setup("norandmaps", norandmaps_setup);

#define MMAP_RND_BITS	8			/* Linux's mmap_rnd_compat_bits for 32-bit */
#define MIN_GAP		(128UL << 20)		/* Linux's SIZE_128M */
#define MAX_GAP		(TASK_SIZE / 6 * 5)
#define STACK_RND_MASK	0x7ffUL			/* pages of stack randomization (8 MiB) */
#define STACK_GUARD_PAD	(256UL << PAGE_SHIFT)	/* stack_guard_gap, 1 MiB */
#define BRK_RND_RANGE	0x02000000UL		/* 32 MiB */

/* Does this exec randomize its layout? (Linux's PF_RANDOMIZE test.) */
static bool randomizing(void)
{
	return randomize_va_space && !(current->personality & ADDR_NO_RANDOMIZE);
}

static unsigned long random_long(void)
{
	unsigned long r;

	get_random_bytes(&r, sizeof(r));
	return r;
}

/*
 * The legacy layout for everyone (vm.legacy_va_layout) or for this task
 * (ADDR_COMPAT_LAYOUT). Linux 2.6 also chose it when RLIMIT_STACK was
 * unlimited, since an unlimited stack left no room for a gap; Linux 4.x
 * and later stay top-down and clamp the gap to MAX_GAP, as we do.
 */
static bool mmap_is_legacy(void)
{
	return (current->personality & ADDR_COMPAT_LAYOUT) || sysctl_legacy_va_layout;
}

/* How far the stack's top may move down under randomization (Linux's stack_maxrandom_size). */
static unsigned long stack_maxrandom_size(void)
{
	return randomizing() ? STACK_RND_MASK << PAGE_SHIFT : 0;
}

/*
 * mmap_base of the top-down layout: below the stack's gap (RLIMIT_STACK
 * plus the stack's random offset and guard gap, clamped to [MIN_GAP,
 * MAX_GAP]) and the random offset rnd.
 */
static unsigned long mmap_base(unsigned long rnd)
{
	unsigned long gap = rlimit(RLIMIT_STACK);
	unsigned long pad = stack_maxrandom_size() + STACK_GUARD_PAD;

	if (gap + pad > gap)		/* values near RLIM_INFINITY would wrap */
		gap += pad;
	if (gap < MIN_GAP)
		gap = MIN_GAP;
	else if (gap > MAX_GAP)
		gap = MAX_GAP;
	return PAGE_ALIGN(TASK_SIZE - gap - rnd);
}

/*
 * Choose mm's layout at exec (Linux's arch_pick_mmap_layout): the search
 * functions and mmap_base, top-down unless mmap_is_legacy, both moved by
 * up to 255 random pages when randomizing. The caller is exec, with
 * current's personality and limits already those of the new program.
 */
void arch_pick_mmap_layout(struct mm_struct *mm)
{
	unsigned long rnd = 0;

	if (randomizing())
		rnd = (random_long() & ((1UL << MMAP_RND_BITS) - 1)) << PAGE_SHIFT;
	if (mmap_is_legacy()) {
		mm->mmap_base = TASK_UNMAPPED_BASE + rnd;	/* 2.6: not randomized */
		mm->get_unmapped_area = arch_get_unmapped_area;
		mm->unmap_area = arch_unmap_area;
	} else {
		mm->mmap_base = mmap_base(rnd);
		mm->get_unmapped_area = arch_get_unmapped_area_topdown;
		mm->unmap_area = arch_unmap_area_topdown;
	}
	mm->free_area_cache = mm->mmap_base;
	mm->cached_hole_size = ~0UL;
}

/*
 * Where the heap of mm starts: mm->brk itself, or with randomize_va_space
 * 2 a page in [brk, brk + 32 MiB) (Linux's arch_randomize_brk). The caller
 * is exec, before the heap has any pages.
 */
unsigned long arch_randomize_brk(struct mm_struct *mm)
{
	if (randomize_va_space < 2 || !randomizing())
		return mm->brk;
	return PAGE_ALIGN(mm->brk + (random_long() % BRK_RND_RANGE));
}

/*
 * The top of a new program's stack: stack_top, or with randomization up
 * to STACK_RND_MASK pages (8 MiB) lower (Linux's randomize_stack_top).
 * mmap_base's gap leaves room for that (stack_maxrandom_size).
 */
unsigned long randomize_stack_top(unsigned long stack_top)
{
	if (!randomizing())
		return PAGE_ALIGN(stack_top);
	return PAGE_ALIGN(stack_top) - ((random_long() & STACK_RND_MASK) << PAGE_SHIFT);
}

/*
 * The start-up stack pointer below the argument strings: 16-byte aligned
 * and, when randomizing, up to 8 KiB lower (Linux's arch_align_stack).
 */
unsigned long arch_align_stack(unsigned long sp)
{
	if (randomizing())
		sp -= random_long() % 8192;
	return sp & ~0xfUL;
}
