/*
 * __kernel_vsyscall: the way into the kernel glibc takes for every system
 * call when AT_SYSINFO names it (its "call *%gs:0x10"). It takes the
 * call's number and arguments in registers, as int $0x80 does, and
 * returns to its caller with the result in %eax.
 *
 * The fast way is sysenter (Linux's vdso32/system_call.S): it saves
 * nothing, so the user's %ecx, %edx and %ebp go on the stack first and
 * %ebp carries the stack pointer to the kernel, which reads the sixth
 * argument from there and returns (by iret) to sysenter_return below. A
 * call the kernel restarts backs up two bytes, onto the int $0x80, which
 * makes it again the slow way with the same registers. A CPU without
 * sysenter gets the mov and the sysenter patched into no-ops at boot
 * (arch/x86/vdso/vma.c), so the int $0x80 is the only way in.
 */
	.text
	.globl __kernel_vsyscall
	.type __kernel_vsyscall, @function
	.p2align 4
__kernel_vsyscall:
	.cfi_startproc
	pushl %ecx
	.cfi_adjust_cfa_offset 4
	pushl %edx
	.cfi_adjust_cfa_offset 4
	pushl %ebp
	.cfi_adjust_cfa_offset 4
	.globl __vdso_sysenter_patch
__vdso_sysenter_patch:			/* the 4 bytes patched away without sysenter */
	movl %esp, %ebp
	sysenter
	int $0x80
	.globl __vdso_sysenter_return
__vdso_sysenter_return:
	popl %ebp
	.cfi_adjust_cfa_offset -4
	popl %edx
	.cfi_adjust_cfa_offset -4
	popl %ecx
	.cfi_adjust_cfa_offset -4
	ret
	.cfi_endproc
	.size __kernel_vsyscall, . - __kernel_vsyscall

	.section .note.GNU-stack, "", @progbits
