#!/bin/sh
# Layer 40: the same kernel.elf and ramdisk boot from a GRUB rescue ISO.
# The ISO's menu entry gets "selftest_only", so the boot runs the self-tests
# and powers off; we check that GRUB handed over the Multiboot information
# and the ramdisk module.
iso="$O/iso-test"
log="$O/logs/iso-boot.log"
rm -rf "$iso" && mkdir -p "$iso/boot/grub"
cp "$O/kernel.elf" "$O/initrd.img" "$iso/boot/"
sed 's|multiboot /boot/kernel.elf.*|multiboot /boot/kernel.elf test selftest_only|' \
	boot/grub.cfg > "$iso/boot/grub/grub.cfg"
if ! grub-mkrescue -o "$O/test.iso" "$iso" > "$O/logs/grub-mkrescue.log" 2>&1; then
	echo "not ok - grub-mkrescue failed"
	cat "$O/logs/grub-mkrescue.log"
	exit 1
fi
timeout 120 ${QEMU:-qemu-system-i386} -m 128M -accel "${ACCEL:-tcg}" -no-reboot \
	-display none -device isa-debug-exit,iobase=0xf4,iosize=0x04 \
	-serial "file:$log" -cdrom "$O/test.iso" < /dev/null
rc=$?
ok=1
check() {	# check PATTERN WHAT
	if grep -aq "$1" "$log"; then echo "ok - iso: $2"; else echo "not ok - iso: $2"; ok=0; fi
}
check 'vmkernel: an i386' "GRUB booted the kernel through Multiboot"
check 'module 0: .*initrd' "GRUB passed the ramdisk module"
check 'selftests: .* 0 failed' "self-tests passed after a GRUB boot"
if [ "$rc" = 33 ]; then echo "ok - iso: clean power-off"; else echo "not ok - iso: QEMU status $rc"; ok=0; fi
[ $ok = 1 ] || { tail -n 30 "$log" | sed 's/^/#   /'; exit 1; }
