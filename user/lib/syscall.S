/*
 * The one place that executes int $0x80. The Linux i386 convention: number
 * in eax, arguments in ebx, ecx, edx, esi, edi, ebp, result in eax (a value
 * in [-4095, -1] is -errno). ebx, esi, edi and ebp are callee-saved in C, so
 * they are saved around the call.
 *
 * long __syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
 */
	.text
	.globl __syscall
	.type __syscall, @function
__syscall:
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%ebx
	movl	20(%esp), %eax
	movl	24(%esp), %ebx
	movl	28(%esp), %ecx
	movl	32(%esp), %edx
	movl	36(%esp), %esi
	movl	40(%esp), %edi
	movl	44(%esp), %ebp
	int	$0x80
	popl	%ebx
	popl	%esi
	popl	%edi
	popl	%ebp
	ret
	.size __syscall, . - __syscall

/*
 * The signal return trampoline, installed as sa_restorer with SA_RESTORER.
 * A handler "returns" here (the kernel put its address at the top of the
 * signal frame), and rt_sigreturn restores the interrupted context from the
 * ucontext in the frame. The byte sequence is glibc's, which debuggers know.
 */
	.globl __restore_rt
	.type __restore_rt, @function
	nop
__restore_rt:
	movl	$173, %eax		/* __NR_rt_sigreturn */
	int	$0x80
	hlt				/* not reached */
	.size __restore_rt, . - __restore_rt

	.section .note.GNU-stack, "", @progbits
