#!/bin/sh
# Layer 47: the walkthrough of docs/swap.md as a scripted GDB session. It
# boots the swap_pageout_anon test with the swap disk, stops in
# do_swap_page on a swapped-out page, decodes the swap entry with vm-pte,
# lets the page come back and walks again (a present entry of a page in
# the swap cache): the swap path does what the page says.
log="$O/logs/gdb-swap.log"
port=$((20000 + ($$ + 4409) % 20000))
mkdir -p "$O/logs"
timeout 120 ${QEMU:-qemu-system-i386} -m 128M -accel "${ACCEL:-tcg}" -no-reboot -display none \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 -serial "file:$O/logs/gdb-swap-serial.log" \
	-kernel "$O/kernel.elf" -initrd "$O/initrd.img" -append "test=swap_pageout_anon" \
	-drive "file=$O/swap.img,if=ide,index=0,format=raw,snapshot=on" \
	-S -gdb "tcp:127.0.0.1:$port" < /dev/null 2> "$O/logs/gdb-swap-qemu.err" &
qemu=$!
sleep 1
timeout 100 gdb -batch -nx \
	-ex "set pagination off" \
	-ex "file $O/kernel.elf" \
	-ex "target remote 127.0.0.1:$port" \
	-ex "source tools/gdb/vmkernel.py" \
	-ex "break do_swap_page" \
	-ex "continue" \
	-ex "vm-pte address" \
	-ex "delete" \
	-ex "break mark_page_accessed" \
	-ex "continue" \
	-ex "up" \
	-ex "vm-pte address" \
	-ex "print nr_pswpin" \
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
check 'swap entry: area 0 slot [0-9]* (1 user of the slot)' "vm-pte decodes the swap entry of a page out on swap"
check '#1 .*do_swap_page' "do_swap_page marks the page accessed once it is mapped"
check 'pte 0x[0-9a-f]* frame 0x[0-9a-f]* P U A$' "vm-pte: afterwards a present, read-only entry"
check 'struct page: .*anon.*swapcache' "the page is anonymous and still in the swap cache"
check '^\$1 = [1-9]' "pswpin counted the read"
exit $status
