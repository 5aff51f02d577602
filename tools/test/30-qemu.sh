#!/bin/sh
# Layer 30: boot with "test debug_vm norandmaps" (validate_mm after every
# mm change; no layout randomization, so runs repeat exactly):
# the kernel runs its self-tests, then init runs every program in /tests and
# prints "ok"/"not ok" per test and a summary, and powers off. Every verdict
# line of the guest is passed on. A guest that hangs, panics or stops before
# the summary is a failure, with its log shown.
log="$O/logs/qemu-test.log"
# The guest RAM lives in a file so that layer 31 can check the ramdisk
# image the guest leaves behind. (-m takes MiB without a suffix, the
# memory backend bytes: give it the suffix.)
mem=${MEM:-128M}
case $mem in *[0-9]) mem=${mem}M ;; esac
sh tools/qemu-boot.sh "$log" "${GUEST_TIMEOUT:-420}" "test debug_vm norandmaps" \
	-monitor "unix:$O/logs/qemu-monitor.sock,server,nowait" \
	-object "memory-backend-file,id=guestram,size=$mem,mem-path=$O/logs/guest-ram.bin,share=on" \
	-machine memory-backend=guestram
rc=$?
grep -aE '^(not )?ok ' "$log" | tr -d '\r'
status=0
if [ "$rc" != 33 ]; then
	echo "not ok - guest did not power off cleanly (QEMU status $rc; 124 = timed out)"
	status=1
elif ! grep -aqE '^[0-9]+ passed, [0-9]+ failed' "$log"; then
	echo "not ok - guest test runner printed no summary"
	status=1
fi
[ "$status" = 0 ] && echo "ok - guest boot ran to a clean power-off"
if [ "$status" != 0 ]; then
	echo "# last lines of $log:"
	tail -n 40 "$log" | sed 's/^/#   /'
fi
exit $status
