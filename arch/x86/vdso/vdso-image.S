/*
 * The vDSO's image (the shared object the Makefile links from vdso32/),
 * as bytes in the kernel's read-only data, between vdso32_image_start
 * and vdso32_image_end. VDSO_IMAGE names the file.
 */
	.section .rodata
	.p2align 12
	.globl vdso32_image_start, vdso32_image_end
vdso32_image_start:
	.incbin VDSO_IMAGE
vdso32_image_end:

	.section .note.GNU-stack, "", @progbits
