#!/bin/sh
# Layer 45: a scripted GDB session against a QEMU boot. It breaks at
# start_kernel and checks that GDB reports the right source file and line
# (symbols and higher-half addresses agree), then breaks in the page-fault
# handler once user programs run and checks the faulting address is a user one,
# and that a system call's frame shows its typed arguments by name (bt).
log="$O/logs/gdb-session.log"
port=$((20000 + $$ % 20000))
mkdir -p "$O/logs"
timeout 120 ${QEMU:-qemu-system-i386} -m 128M -accel "${ACCEL:-tcg}" -no-reboot -display none \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 -serial "file:$O/logs/gdb-serial.log" \
	-kernel "$O/kernel.elf" -initrd "$O/initrd.img" -append "test" \
	-S -gdb "tcp:127.0.0.1:$port" < /dev/null &
qemu=$!
sleep 1
want_line=$(grep -n 'serial_init();' kernel/main.c | head -n 1 | cut -d: -f1)
timeout 100 gdb -batch -nx \
	-ex "file $O/kernel.elf" \
	-ex "target remote 127.0.0.1:$port" \
	-ex "break start_kernel" \
	-ex "continue" \
	-ex "info line *\$pc" \
	-ex "break do_page_fault if regs->cs == 0x1b" \
	-ex "continue" \
	-ex "printf \"user fault at eip %#x\\n\", regs->eip" \
	-ex "delete" \
	-ex "break sys_munmap" \
	-ex "continue" \
	-ex "bt 1" \
	-ex "kill" > "$log" 2>&1
kill "$qemu" 2>/dev/null
wait "$qemu" 2>/dev/null
if grep -q "Line $want_line of \"kernel/main.c\"" "$log"; then
	echo "ok - gdb: break start_kernel stops at kernel/main.c:$want_line"
else
	echo "not ok - gdb: start_kernel breakpoint not at kernel/main.c:$want_line"
	sed 's/^/#   /' "$log"
	exit 1
fi
# A user address is below 0xc0000000: up to 7 hex digits, or 8 starting 0-b.
if grep -qE 'user fault at eip 0x([0-9a-f]{1,7}|[0-9ab][0-9a-f]{7})$' "$log"; then
	echo "ok - gdb: breaks in do_page_fault on a user-mode fault"
else
	echo "not ok - gdb: no user-mode page fault reached do_page_fault"
	sed 's/^/#   /' "$log"
	exit 1
fi
# SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len): bt names both.
if grep -qE '^#0 +sys_munmap \(addr=[0-9]+, len=[0-9]+\) at mm/mmap.c' "$log"; then
	echo "ok - gdb: bt shows sys_munmap's typed arguments by name and value"
else
	echo "not ok - gdb: bt does not show sys_munmap (addr=..., len=...)"
	sed 's/^/#   /' "$log"
	exit 1
fi
