/*
 * __kernel_vsyscall: the way into the kernel glibc takes for every system
 * call when AT_SYSINFO names it (its "call *%gs:0x10"). It takes the
 * call's number and arguments in registers, as int $0x80 does, and
 * returns to its caller with the result in %eax.
 */
	.text
	.globl __kernel_vsyscall
	.type __kernel_vsyscall, @function
	.p2align 4
__kernel_vsyscall:
	.cfi_startproc
	int $0x80
	ret
	.cfi_endproc
	.size __kernel_vsyscall, . - __kernel_vsyscall

	.section .note.GNU-stack, "", @progbits
