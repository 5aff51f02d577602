#!/bin/sh
# Layer 32: the leak check, on the log of layer 30's test boot.
#
# Three checks. (1) Every address space torn down during the run (exit,
# exec) gave back all its anonymous pages, file mappings and page tables;
# mm/memory.c prints "BUG: mm ..." otherwise, and any other "BUG:" the
# kernel printed fails this too. (2) The whole suite, exactly: init prints
# MemFree before the first test and after the last, each time after sync
# and "3" written to /proc/sys/vm/drop_caches. Dropping frees every clean
# unused page-cache page and every empty slab, which are the frames the
# suite legitimately leaves behind (without it, each cache keeps the one
# empty slab it had at its peak: 48 kB here, 8 frames of them the
# task_struct slab). What stays in use is held by someone: init itself
# (its page tables, anonymous pages, the mapped pages of /sbin/init, the
# slab objects of its task, mm, VMAs and files), the same before and
# after. So the two must be equal; one leaked frame fails.
log="$O/logs/qemu-test.log"
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
line=$(grep -a '^# memory: MemFree ' "$log" | tr -d '\r' | tail -n 1)
before=$(echo "$line" | sed -n 's/.*MemFree \([0-9]*\) kB before.*/\1/p')
after=$(echo "$line" | sed -n 's/.*, \([0-9]*\) kB after.*/\1/p')
if [ -z "$before" ] || [ -z "$after" ]; then
	echo "not ok - leak: init printed no MemFree line"
	exit 1
fi
if [ "$before" = "$after" ]; then
	echo "ok - leak: free memory after the suite equals before, caches dropped ($before kB)"
else
	echo "not ok - leak: $((before - after)) kB of memory lost over the suite ($before kB free before, $after kB after, caches dropped)"
	exit 1
fi
# (3) The commit: every charge of an exited address space was given back.
line=$(grep -a '^# memory: Committed_AS ' "$log" | tr -d '\r' | tail -n 1)
cbefore=$(echo "$line" | sed -n 's/.*Committed_AS \([0-9]*\) kB before.*/\1/p')
cafter=$(echo "$line" | sed -n 's/.*, \([0-9]*\) kB after.*/\1/p')
if [ -z "$cbefore" ] || [ "$cbefore" != "$cafter" ]; then
	echo "not ok - leak: Committed_AS before the suite ${cbefore:-?} kB, after ${cafter:-?} kB"
	exit 1
fi
echo "ok - leak: Committed_AS after the suite equals before ($cbefore kB)"
[ -z "$bugs" ]
