#!/bin/sh
# Boots the kernel once under QEMU for a test layer, with a time limit, and
# keeps the serial log. Usage:
#   sh tools/qemu-boot.sh LOG TIMEOUT_SECONDS CMDLINE [extra qemu args...]
# Boots $O/kernel.elf with $O/initrd.img (override with KERNEL=, INITRD=,
# MEM=), and $O/swap.img (SWAP_IMG=, "none" for no disk) as the first IDE
# disk; snapshot=on keeps the image as mkswap made it and lets boots share
# it. Exit status: QEMU's (33 = clean power-off, 35 = panic), or 124 when
# the time limit killed it.
log=$1
limit=$2
cmdline=$3
shift 3
mkdir -p "$(dirname "$log")"
kernel=${KERNEL:-$O/kernel.elf}
initrd=${INITRD:-$O/initrd.img}
set -- -m "${MEM:-128M}" -accel "${ACCEL:-tcg}" -no-reboot -display none \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 \
	-serial "file:$log" -kernel "$kernel" -initrd "$initrd" -append "$cmdline" "$@"
swap=${SWAP_IMG:-$O/swap.img}
if [ "$swap" != none ] && [ -f "$swap" ]; then
	set -- "$@" -drive "file=$swap,if=ide,index=0,format=raw,snapshot=on"
fi
timeout "$limit" ${QEMU:-qemu-system-i386} "$@" < /dev/null
