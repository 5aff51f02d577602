#!/bin/sh
# `make debug`: QEMU stopped at the first instruction with its gdbstub on
# 127.0.0.1:1234, and GDB attached with the kernel's symbols and our GDB
# helpers (tools/gdb/). Quitting GDB ends QEMU.
O=$1
QEMU=$2
FLAGS=$3
CMDLINE=$4
cat > "$O/gdbinit" <<EOT
set pagination off
file $O/kernel.elf
target remote 127.0.0.1:1234
source tools/gdb/vmkernel.py
echo \nQEMU is stopped before the first instruction. Try:\n  break start_kernel\n  continue\n  next / list / bt\n  help vmkernel\n\n
EOT
# shellcheck disable=SC2086
$QEMU $FLAGS -kernel "$O/kernel.elf" -initrd "$O/initrd.img" -append "$CMDLINE" \
	-drive "file=$O/swap.img,if=ide,index=0,format=raw,snapshot=on" \
	-serial "file:$O/logs/debug-serial.log" -display none -S -gdb tcp:127.0.0.1:1234 &
qemu=$!
echo "QEMU pid $qemu; serial output goes to $O/logs/debug-serial.log"
gdb -q -x "$O/gdbinit"
kill "$qemu" 2>/dev/null
