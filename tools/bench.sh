#!/bin/sh
# `make bench`: builds the kernel without CONFIG_DEBUG_VM into build-bench/
# and boots each benchmark in user/bench/ as the first process, under QEMU
# with -icount shift=0. In that mode the guest's time-stamp counter advances
# by exactly one per guest instruction, so the "per op" figures the programs
# print are guest instructions: repeatable, and comparable with another
# kernel booted in the same QEMU. Prints one table per benchmark.
O=${BENCH_O:-build-bench}
MAKE=${MAKE:-make}
$MAKE --no-print-directory O="$O" DEBUG_VM=0 all > "$O.build.log" 2>&1 || {
	cat "$O.build.log"
	exit 1
}
mkdir -p "$O/logs"

boot() {	# boot NAME CMDLINE: run /bench/NAME as init; its output on stdout
	log="$O/logs/bench-$1.log"
	O=$O sh tools/qemu-boot.sh "$log" 900 "init=/bench/$1 $2" -icount shift=0
	tr -d '\r' < "$log"
}

echo "== page faults and mmap (guest instructions per operation; reference:"
echo "   Linux 6.1 i386 in the same QEMU needs ~3,800 per anonymous fault and"
echo "   ~14,500 per mmap+munmap pair)"
boot fault_bench "" | grep '^bench '

if [ -e "$O/bench/mmap_bench" ]; then
	for algo in tree linear; do
		echo "== mmap+munmap cost against the number of VMAs, mmap_search=$algo"
		boot mmap_bench "mmap_search=$algo" | awk '
		/^mmap_bench:/ {
			for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
			printf "  %-6s vmas=%-6s %10s instructions per pair\n", v["workload"], v["vmas"], v["cycles_per_pair"]
		}'
	done
fi
