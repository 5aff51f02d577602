#!/bin/sh
# Layer 25: physical memory at several machine sizes. Boots the kernel with
# "test selftest_only" under -m 16M, 128M, 1G and 3G: each boot builds
# mem_map from that machine's memory map (3G also exercises the cut at
# 896 MiB), runs the boot self-tests (every frame allocated and freed,
# coalescing, slab, kmalloc, poisoning) and powers off. One ok/not ok per
# size: a clean power-off, a memory summary line and no failed check.
status=0
mkdir -p "$O/logs"
# 16 MiB cannot hold the real ramdisk; a small stand-in module still makes
# mem_init reserve a module (selftest_only powers off before the root mount).
small="$O/logs/memsizes-module.bin"
head -c 65536 /dev/zero > "$small"
for mem in 16M 128M 1G 3G; do
	log="$O/logs/memsizes-$mem.log"
	if [ "$mem" = 16M ]; then initrd=$small; else initrd="$O/initrd.img"; fi
	MEM=$mem INITRD=$initrd sh tools/qemu-boot.sh "$log" "${GUEST_TIMEOUT:-120}" "test selftest_only"
	rc=$?
	why=""
	if [ "$rc" != 33 ]; then
		why="QEMU status $rc, want 33 (clean power-off; 124 = timed out)"
	elif ! grep -aq '^Memory: total' "$log"; then
		why="no memory summary line"
	elif grep -aq '^not ok' "$log"; then
		why="$(grep -ac '^not ok' "$log") failed self-test checks"
	elif ! grep -aqE '^selftests: [0-9]+ checks, 0 failed' "$log"; then
		why="the self-tests did not finish"
	fi
	summary=$(grep -a '^Memory: total' "$log" | tr -d '\r' | sed 's/ (.*//')
	if [ -z "$why" ]; then
		echo "ok - -m $mem: boots and passes the memory self-tests ($summary)"
	else
		echo "not ok - -m $mem: $why"
		grep -a '^not ok' "$log" | sed 's/^/#   /'
		tail -n 20 "$log" | tr -d '\r' | sed 's/^/#   /'
		status=1
	fi
done
exit $status
