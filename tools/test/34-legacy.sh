#!/bin/sh
# Layer 33: the whole guest suite again in Linux's legacy bottom-up layout.
# Boots with "sysctl.vm.legacy_va_layout=1" (as Linux 5.8+ takes a sysctl
# on the command line), so every program gets the layout that
# personality(ADDR_COMPAT_LAYOUT) gives; layer 30 ran the default top-down
# one. Every verdict line is passed on with "legacy: " in front; a guest
# that hangs, panics or stops before the summary is a failure.
log="$O/logs/qemu-test-legacy.log"
sh tools/qemu-boot.sh "$log" "${GUEST_TIMEOUT:-420}" \
	"test debug_vm norandmaps sysctl.vm.legacy_va_layout=1"
rc=$?
grep -aE '^(not )?ok ' "$log" | tr -d '\r' | sed -E 's/^(not )?ok [0-9]+ - /&legacy: /'
status=0
if [ "$rc" != 33 ]; then
	echo "not ok - legacy: guest did not power off cleanly (QEMU status $rc; 124 = timed out)"
	status=1
elif ! grep -aqE '^[0-9]+ passed, [0-9]+ failed' "$log"; then
	echo "not ok - legacy: guest test runner printed no summary"
	status=1
fi
[ "$status" = 0 ] && echo "ok - legacy: guest boot ran to a clean power-off"
if [ "$status" != 0 ]; then
	echo "# last lines of $log:"
	tail -n 40 "$log" | sed 's/^/#   /'
fi
exit $status
