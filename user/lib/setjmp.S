/*
 * setjmp/sigsetjmp save the callee-saved registers, the stack pointer and
 * the return address; __longjmp restores them and makes setjmp return val.
 * Layout of struct __jmp_buf (setjmp.h): ebx, esi, edi, ebp, esp, eip,
 * mask_saved, mask.
 */
	.text
	.globl setjmp
	.type setjmp, @function
setjmp:
	movl	4(%esp), %eax
	movl	$0, 24(%eax)		/* mask_saved = 0 */
	jmp	1f
	.size setjmp, . - setjmp

	/* int sigsetjmp(sigjmp_buf env, int savemask) */
	.globl sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	movl	4(%esp), %eax
	movl	8(%esp), %ecx
	movl	%ecx, 24(%eax)		/* mask_saved = savemask */
1:	movl	%ebx, 0(%eax)
	movl	%esi, 4(%eax)
	movl	%edi, 8(%eax)
	movl	%ebp, 12(%eax)
	leal	4(%esp), %ecx		/* caller's esp after our return */
	movl	%ecx, 16(%eax)
	movl	(%esp), %ecx		/* return address */
	movl	%ecx, 20(%eax)
	cmpl	$0, 24(%eax)
	je	2f
	/* Tail call: __sigsetjmp_save(env) saves the mask and returns 0. */
	jmp	__sigsetjmp_save
2:	xorl	%eax, %eax
	ret
	.size sigsetjmp, . - sigsetjmp

	/* void __longjmp(struct __jmp_buf *env, int val), val != 0 */
	.globl __longjmp
	.type __longjmp, @function
__longjmp:
	movl	4(%esp), %edx
	movl	8(%esp), %eax
	movl	0(%edx), %ebx
	movl	4(%edx), %esi
	movl	8(%edx), %edi
	movl	12(%edx), %ebp
	movl	16(%edx), %esp
	jmp	*20(%edx)
	.size __longjmp, . - __longjmp

	.section .note.GNU-stack, "", @progbits
