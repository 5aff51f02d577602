#!/bin/sh
# Layer 10: the whole tree builds (kernel, user programs, ramdisk, ISO) with
# -Werror, and keeps the shape of the style notes (tools/check-layout.sh).
status=0
if $MAKE --no-print-directory O="$O" all iso; then
	echo "ok - build: kernel, user programs, ramdisk and ISO"
else
	echo "not ok - build failed"
	status=1
fi
if sh tools/check-layout.sh; then
	echo "ok - layout: no inline asm, trap-frame field or Multiboot outside arch/ and boot/; every system call typed"
else
	echo "not ok - layout: see above"
	status=1
fi
exit $status
