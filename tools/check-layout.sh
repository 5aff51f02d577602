#!/bin/sh
# The shape the style notes promise (../shared/STYLE.md, README "How it is
# built"): hardware knowledge lives in arch/ and boot/ only. Generic code -
# kernel/, mm/, fs/, drivers/, lib/ and include/ - has no inline assembly
# (barrier() in include/kernel/compiler.h, a compiler barrier that emits no
# instruction, is the one exception), reads no trap-frame field (a system
# call gets typed arguments from SYSCALL_DEFINEn; the few that need the
# frame pass it on to arch code), and knows nothing of Multiboot, whose
# hand-over setup_arch turns into struct boot_params.
# Prints each offending line; exits 1 if there is any.
status=0
hits=$(grep -rnE '__asm__|\basm\b *(volatile|goto|\()|regs->[a-z_]+|multiboot_|MULTIBOOT_|asm/multiboot\.h' \
	kernel mm fs drivers lib include --include='*.c' --include='*.h' |
	grep -v '^include/kernel/compiler.h:.*define barrier()')
if [ -n "$hits" ]; then
	echo "x86 knowledge outside arch/ and boot/:"
	echo "$hits"
	status=1
fi
# Every system call in the typed form.
old=$(grep -rn 'SYSCALL_DEFINE(' --include='*.c' . | grep -v '^./tools/')
if [ -n "$old" ]; then
	echo "untyped SYSCALL_DEFINE(nr, name):"
	echo "$old"
	status=1
fi
# Contracts at the definition (STYLE.md).
python3 tools/check-contracts.py || status=1
exit $status
