#!/bin/sh
# Layer 32: the leak check, on the log of layer 30's test boot.
#
# Two checks. (1) Exact: every address space torn down during the run
# (exit, exec) gave back all its anonymous pages, file mappings and page
# tables; mm/memory.c prints "BUG: mm ..." otherwise, and any other "BUG:"
# the kernel printed fails this too. (2) The whole suite: init prints
# MemFree+Cached before the first test and after the last. The two may
# differ by a few frames that the slab keeps on purpose (each cache holds
# one empty slab, see mm/slab.c), never by a frame per process: the suite
# runs hundreds of processes, so a per-process leak exceeds LEAK_SLACK_KB.
log="$O/logs/qemu-test.log"
LEAK_SLACK_KB=${LEAK_SLACK_KB:-128}
if [ ! -f "$log" ] || ! ls "$O"/tests/* >/dev/null 2>&1; then
	echo "ok - leak: nothing to check (no test boot ran)"
	exit 0
fi
bugs=$(grep -a 'BUG:' "$log" | tr -d '\r')
if [ -z "$bugs" ]; then
	echo "ok - leak: every torn-down address space gave back all its pages and page tables"
else
	echo "not ok - leak: the kernel reported a BUG during the test run"
	echo "$bugs" | head -n 10 | sed 's/^/#   /'
fi
line=$(grep -a '^# memory: MemFree+Cached' "$log" | tr -d '\r' | tail -n 1)
before=$(echo "$line" | sed -n 's/.*Cached \([0-9]*\) kB before.*/\1/p')
after=$(echo "$line" | sed -n 's/.*, \([0-9]*\) kB after.*/\1/p')
if [ -z "$before" ] || [ -z "$after" ]; then
	echo "not ok - leak: init printed no MemFree+Cached line"
	exit 1
fi
lost=$((before - after))
if [ "$lost" -le "$LEAK_SLACK_KB" ]; then
	echo "ok - leak: free+cached memory after the suite within $LEAK_SLACK_KB kB of before ($before kB before, $after kB after)"
else
	echo "not ok - leak: $lost kB of free+cached memory lost over the suite ($before kB before, $after kB after)"
	exit 1
fi
[ -z "$bugs" ]
