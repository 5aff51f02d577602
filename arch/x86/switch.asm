; Context switch and the first steps of a new task.
;
; switch_context saves the callee-saved registers and EFLAGS of the running
; task on its kernel stack, stores the stack pointer in *prev_esp, loads
; next_esp and pops the same registers in reverse: the other task resumes
; where it called switch_context (or, for a new task, at the address
; copy_thread left on its stack). EAX carries `prev` across the switch, so
; the resumed side learns which task ran before it (for schedule_tail).

section .text
extern schedule_tail
extern prepare_exit_to_usermode
extern ret_from_trap

; struct task_struct *switch_context(unsigned long *prev_esp,
;                                    unsigned long next_esp,
;                                    struct task_struct *prev)
global switch_context
switch_context:
	mov eax, [esp + 12]
	mov ecx, [esp + 4]
	mov edx, [esp + 8]
	push ebp
	push ebx
	push esi
	push edi
	pushfd
	mov [ecx], esp
	mov esp, edx
	popfd
	pop edi
	pop esi
	pop ebx
	pop ebp
	ret

; A forked child starts here, with its pt_regs (a copy of its parent's, eax
; 0) right above the stack pointer.
global ret_from_fork
ret_from_fork:
	push eax
	call schedule_tail
	add esp, 4
	jmp ret_to_user

; A task started by copy_thread with a function (init) starts here: it runs
; fn (in EBX) in kernel mode, on the stack below its pt_regs, and then
; leaves for user mode with the registers fn set up there (do_execve).
global ret_from_kernel_thread
ret_from_kernel_thread:
	push eax
	call schedule_tail
	add esp, 4
	call ebx
ret_to_user:
	push esp			; struct pt_regs *regs
	call prepare_exit_to_usermode
	add esp, 4
	jmp ret_from_trap
