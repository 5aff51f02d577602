/*
 * clone with a function to run, as glibc's clone(3): the child starts on
 * `stack` (its top), calls fn(arg) there and ends the thread with exit(2)
 * of fn's result. Returns the child's tid in the caller, or -errno (the
 * raw result, as __syscall returns it).
 *
 * long __clone(int (*fn)(void *), void *stack, unsigned long flags, void *arg,
 *		int *ptid, void *tls, int *ctid)
 *
 * i386 clone: eax 120, ebx flags, ecx the new stack, edx ptid, esi tls,
 * edi ctid. The child's first words on its stack are arg and fn, put there
 * before the call: the child needs nothing of the parent's stack.
 */
	.text
	.globl __clone
	.type __clone, @function
__clone:
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%ebx
	movl	24(%esp), %ecx		/* stack */
	andl	$-16, %ecx
	subl	$16, %ecx
	movl	32(%esp), %eax		/* arg */
	movl	%eax, 0(%ecx)
	movl	20(%esp), %eax		/* fn */
	movl	%eax, 4(%ecx)
	movl	28(%esp), %ebx		/* flags */
	movl	36(%esp), %edx		/* ptid */
	movl	40(%esp), %esi		/* tls */
	movl	44(%esp), %edi		/* ctid */
	movl	$120, %eax
	int	$0x80
	testl	%eax, %eax
	jz	1f
	popl	%ebx
	popl	%esi
	popl	%edi
	popl	%ebp
	ret
1:	/* the child, on its own stack: arg at 0(%esp), fn at 4(%esp) */
	xorl	%ebp, %ebp
	movl	4(%esp), %eax
	call	*%eax
	movl	%eax, %ebx
	movl	$1, %eax		/* exit: this thread only */
	int	$0x80
	hlt
	.size __clone, . - __clone

	.section .note.GNU-stack, "", @progbits
