; Multiboot (v1) header and the early entry point.
;
; GRUB or QEMU's -kernel loader jumps to _start in 32-bit protected mode with
; paging off, EAX = 0x2BADB002 and EBX = the physical address of the Multiboot
; information. The kernel is linked at 0xC0100000 but loaded at 0x00100000,
; so until paging is on every address we touch is a symbol minus KERNEL_VMA.
;
; We build one page directory, boot_pg_dir (which becomes swapper_pg_dir),
; mapping the first MAXMEM (896 MiB) of physical memory twice with 4 MiB
; pages: at 0 (identity, so the instruction after "mov cr0" still runs) and
; at PAGE_OFFSET. Then we jump to the higher half, where start_kernel drops
; the identity half once nothing needs it.

MB_MAGIC	equ 0x1BADB002
MB_PAGE_ALIGN	equ 1 << 0		; modules on page boundaries
MB_MEMORY_INFO	equ 1 << 1		; we want mem_* and the memory map
MB_FLAGS	equ MB_PAGE_ALIGN | MB_MEMORY_INFO
KERNEL_VMA	equ 0xC0000000
PDE_4M		equ 0x83		; present | writable | 4 MiB page
MAXMEM_PDES	equ 224			; 896 MiB / 4 MiB
STACK_SIZE	equ 16384
CR4_PSE		equ 1 << 4
CR0_PG		equ 1 << 31
CR0_WP		equ 1 << 16

section .multiboot
align 4
	dd MB_MAGIC
	dd MB_FLAGS
	dd -(MB_MAGIC + MB_FLAGS)

section .bss.pgtable nobits
align 4096
global swapper_pg_dir
swapper_pg_dir:
	resd 1024
align 16
global init_stack
init_stack:
	resb STACK_SIZE
global init_stack_top
init_stack_top:

section .text.boot
global _start
_start:
	cld
	; Fill directory entries 0..223 and 768..991 with 4 MiB pages of the
	; first 896 MiB. The loader zeroed .bss, so every other entry is empty.
	mov edi, swapper_pg_dir - KERNEL_VMA
	mov ecx, 0
	mov edx, PDE_4M
.fill:
	mov [edi + ecx * 4], edx
	mov [edi + ecx * 4 + 768 * 4], edx
	add edx, 1 << 22
	inc ecx
	cmp ecx, MAXMEM_PDES
	jne .fill

	mov edx, cr4
	or edx, CR4_PSE
	mov cr4, edx
	mov edx, swapper_pg_dir - KERNEL_VMA
	mov cr3, edx
	mov edx, cr0
	or edx, CR0_PG | CR0_WP
	mov cr0, edx

	; Paging is on; we still run at the identity-mapped address. An absolute
	; jump takes us to the linked, higher-half address.
	lea edx, [higher_half]
	jmp edx

higher_half:
	mov esp, init_stack_top
	xor ebp, ebp			; terminates backtraces
	push ebx			; Multiboot info (physical)
	push eax			; Multiboot magic
	extern start_kernel
	call start_kernel
.hang:
	cli
	hlt
	jmp .hang
