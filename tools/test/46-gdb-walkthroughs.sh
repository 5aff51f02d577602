#!/bin/sh
# Layer 46: the walkthrough of docs/page-fault.md as a scripted GDB session.
# It stops at init's first user-mode page fault, lists the VMAs with vm-maps,
# walks the page table with vm-pte (an empty entry), lets handle_mm_fault
# run to its end and walks again (now a present, read-only entry): the
# helpers of tools/gdb/ work and demand paging does what the page says.
log="$O/logs/gdb-fault.log"
port=$((20000 + ($$ + 7919) % 20000))
mkdir -p "$O/logs"
timeout 120 ${QEMU:-qemu-system-i386} -m 128M -accel "${ACCEL:-tcg}" -no-reboot -display none \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 -serial "file:$O/logs/gdb-fault-serial.log" \
	-kernel "$O/kernel.elf" -initrd "$O/initrd.img" -append "test=fault_demand_zero" \
	-S -gdb "tcp:127.0.0.1:$port" < /dev/null 2> "$O/logs/gdb-fault-qemu.err" &
qemu=$!
sleep 1
timeout 100 gdb -batch -nx \
	-ex "set pagination off" \
	-ex "file $O/kernel.elf" \
	-ex "target remote 127.0.0.1:$port" \
	-ex "source tools/gdb/vmkernel.py" \
	-ex "break do_page_fault if regs->cs == 0x1b" \
	-ex "continue" \
	-ex "vm-maps" \
	-ex "vm-pte regs->eip" \
	-ex "break handle_mm_fault" \
	-ex "continue" \
	-ex "finish" \
	-ex "vm-pte \$cr2" \
	-ex "kill" > "$log" 2>&1
kill "$qemu" 2>/dev/null
wait "$qemu" 2>/dev/null
check() {	# check PATTERN WHAT
	if grep -q "$1" "$log"; then
		echo "ok - gdb: $2"
	else
		echo "not ok - gdb: $2"
		sed 's/^/#   /' "$log" | tail -n 40
		status=1
	fi
}
status=0
check '^08048000-.* init$' "vm-maps lists init's VMAs, named by file"
check 'growsdown *\[stack\]' "vm-maps shows the growsdown stack"
check 'empty entry: the first access will fault' "vm-pte: the faulting text page has no entry yet"
check 'Value returned is .* = 4$' "handle_mm_fault returns VM_FAULT_MAJOR for the first text page"
check 'pte 0x[0-9a-f]* frame 0x[0-9a-f]* P U A$' "vm-pte: afterwards a present, user, read-only entry"
exit $status
