#!/bin/sh
# Layer 35: what goes wrong is reported, not a triple fault. Boots without a
# ramdisk (a clear message and a halt); with what the boot loader handed
# over spoiled by GDB at the kernel's first instruction (wrong Multiboot
# magic, no memory map, a module overlapping the kernel); and with
# crashtest=... (a kernel oops: exception name, error code, CR2, registers
# and a symbolized backtrace). Each boot must end with the panic status (QEMU 35), not a
# reset or a hang.
status=0
expect() {	# expect NAME LOG RC PATTERN...
	name=$1 log=$2 rc=$3
	shift 3
	if [ "$rc" != 35 ]; then
		echo "not ok - $name: QEMU status $rc, want 35 (panic halt)"
		tail -n 20 "$log" | sed 's/^/#   /'
		status=1
		return
	fi
	for pat in "$@"; do
		if ! grep -aq -- "$pat" "$log"; then
			echo "not ok - $name: log lacks '$pat'"
			tail -n 20 "$log" | sed 's/^/#   /'
			status=1
			return
		fi
	done
	echo "ok - $name"
}

log="$O/logs/boot-noramdisk.log"
mkdir -p "$O/logs"
timeout 60 ${QEMU:-qemu-system-i386} -m 64M -accel "${ACCEL:-tcg}" -no-reboot -display none \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 -serial "file:$log" \
	-kernel "$O/kernel.elf" < /dev/null
expect "boot without a ramdisk stops with a message" "$log" $? "no ramdisk module" "Kernel panic"

# boot_spoiled LOG GDB-COMMAND: stop at _start's call of start_kernel(magic,
# mbi_phys), run the command (the arguments are at esp+4 and esp+8), go on.
boot_spoiled() {
	port=$((20000 + ($$ + ${#2}) % 20000))
	timeout 60 ${QEMU:-qemu-system-i386} -m 64M -accel "${ACCEL:-tcg}" -no-reboot -display none \
		-device isa-debug-exit,iobase=0xf4,iosize=0x04 -serial "file:$1" \
		-kernel "$O/kernel.elf" -initrd "$O/initrd.img" -S -gdb "tcp:127.0.0.1:$port" < /dev/null &
	qemu=$!
	sleep 1
	timeout 50 gdb -batch -nx -ex "file $O/kernel.elf" -ex "target remote 127.0.0.1:$port" \
		-ex "break *start_kernel" -ex continue -ex "$2" -ex continue > "$1.gdb" 2>&1
	wait $qemu
}
mbi='((struct multiboot_info *)(*(unsigned int *)($esp + 8) + 0xc0000000))'
log="$O/logs/boot-badmagic.log"
boot_spoiled "$log" 'set var *(unsigned int *)($esp + 4) = 0x12345678'
expect "wrong Multiboot magic stops with a message" "$log" $? "wrong Multiboot magic 12345678"
log="$O/logs/boot-nommap.log"
boot_spoiled "$log" "set var $mbi->flags = 0x3"
expect "no memory map stops with a message" "$log" $? "gave no memory map"
log="$O/logs/boot-overlap.log"
boot_spoiled "$log" "set var ((struct multiboot_mod *)($mbi->mods_addr + 0xc0000000))->mod_start = 0x100000"
expect "a module overlapping the kernel stops with a message" "$log" $? "overlaps the kernel image"

for kind in null ud div; do
	log="$O/logs/boot-crashtest-$kind.log"
	sh tools/qemu-boot.sh "$log" 60 "crashtest=$kind"
	rc=$?
	case $kind in
	null) expect "kernel NULL store: oops with CR2 and backtrace" "$log" $rc \
		"page fault (vector 14), error code 0x2" "CR2 00000000" "EIP c0" "Backtrace:" "crashtest_null+0x" "start_kernel+0x";;
	ud) expect "kernel ud2: invalid opcode oops" "$log" $rc "invalid opcode (vector 6)" "crashtest_run+0x";;
	div) expect "kernel division by zero: divide error oops" "$log" $rc "divide error (vector 0)" "crashtest_div+0x";;
	esac
done
exit $status
