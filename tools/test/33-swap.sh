#!/bin/sh
# Layer 33: swap on a small machine. Boots with -m 56M (the 40 MiB ramdisk
# leaves about 15 MiB to the page allocator) and the 64 MiB swap disk, and
# runs the swap tests there: swap_overcommit touches twice MemTotal in one
# process, then in two at once, and reads every byte back; the other swap
# tests run under that pressure too. The boot must end cleanly with no
# failed test, no "BUG:", and free memory after the tests equal to before
# (every page given back; each test's swapoff gave back every slot).
status=0
log="$O/logs/qemu-swap.log"
tests="swap_overcommit swap_pageout_anon swap_fork_cow swap_mlock_resident swap_file_shared
	swap_msync_reclaim swap_onoff"
if [ ! -f "$O/swap.img" ]; then
	echo "not ok - swap: no swap image $O/swap.img (make builds it with mkswap)"
	exit 1
fi
for t in $tests; do
	MEM=56M sh tools/qemu-boot.sh "$log.$t" "${GUEST_TIMEOUT:-300}" "test=$t debug_vm"
	rc=$?
	why=""
	line=$(grep -a '^# memory: MemFree ' "$log.$t" | tr -d '\r' | tail -n 1)
	before=$(echo "$line" | sed -n 's/.*MemFree \([0-9]*\) kB before.*/\1/p')
	after=$(echo "$line" | sed -n 's/.*, \([0-9]*\) kB after.*/\1/p')
	if [ "$rc" != 33 ]; then
		why="QEMU status $rc, want 33 (124 = timed out)"
	elif ! grep -aq "^ok 1 - $t" "$log.$t"; then
		why="the test failed"
	elif grep -aq 'BUG:' "$log.$t"; then
		why="the kernel reported a BUG"
	elif [ -z "$before" ] || [ "$before" != "$after" ]; then
		why="free memory $before kB before, $after kB after"
	fi
	if [ -z "$why" ]; then
		echo "ok - swap under -m 56M: $t$(grep -a '^# .*pages out to swap' "$log.$t" | tr -d '\r' | sed 's/^#/ -/')"
	else
		echo "not ok - swap under -m 56M: $t: $why"
		grep -a '^not ok\|^#\|BUG\|panic' "$log.$t" | tr -d '\r' | head -n 20 | sed 's/^/#   /'
		status=1
	fi
done
exit $status
