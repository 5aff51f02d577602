/*
 * The x87/SSE register state of user programs (arch/x86/process.c). The
 * kernel itself never uses these registers (-mgeneral-regs-only), so a
 * task's state is saved and loaded only at context switches, signal
 * frames and exec. With FXSR (every CPU QEMU offers) the image is fxsave's
 * 512 bytes, and SSE is enabled; otherwise fnsave's 108 bytes.
 */
#ifndef ASM_FPU_H
#define ASM_FPU_H

#include <kernel/types.h>

#define FPU_STATE_SIZE	512	/* room for an fxsave image; 16-byte aligned */

extern bool cpu_has_fxsr;	/* fxsave/fxrstor and SSE are in use */

/* ---- arch/x86/process.c ---- */
void fpu_save(u8 *state);
void fpu_restore(const u8 *state);
void fpu_init_state(void);
void fpu_sanitize_fxsave(u8 *fxsave);

#endif
