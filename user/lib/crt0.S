/*
 * Process entry. The kernel starts us at _start with the System V i386
 * start-up stack:
 *	esp ->	argc
 *		argv[0] ... argv[argc-1], NULL
 *		envp[0] ... NULL
 *		auxv pairs (type, value) ... AT_NULL
 * and no other register contents guaranteed. __libc_start_main (start.c)
 * finds the three vectors from that pointer, calls main and exits.
 */
	.text
	.globl _start
	.type _start, @function
_start:
	xorl	%ebp, %ebp		/* outermost frame, for backtraces */
	movl	%esp, %eax		/* -> argc */
	andl	$-16, %esp		/* the ABI's 16-byte call alignment */
	subl	$12, %esp
	pushl	%eax
	call	__libc_start_main
	hlt				/* not reached: it never returns */
	.size _start, . - _start

	.section .note.GNU-stack, "", @progbits
