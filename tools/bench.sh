#!/bin/sh
# `make bench`: the cost of an mmap+munmap pair against the number of VMAs,
# for both free-area searches, printed as a table.
#
# Three columns per search algorithm source:
#   guest  user/bench/mmap_bench booted as the first process of our kernel
#          (built without CONFIG_DEBUG_VM in build-bench/) with
#          "init=/bench/mmap_bench mmap_search=tree|linear" on the command line;
#   host   tests/bench_mmap.c: the same workloads run straight against
#          mm/mmap.c on the host (no syscalls, no page tables);
#   Linux  user/bench/mmap_bench run natively on the host's Linux, for scale.
# Figures are CPU cycles per pair (rdtsc; under QEMU TCG the guest's TSC is
# emulated, so compare guest figures with each other only).
O=build-bench
MAKE=${MAKE:-make}
mkdir -p "$O/host" "$O/logs"
res="$O/logs/bench-results.txt"
: > "$res"

# Lines "mmap_bench: workload=W vmas=N ... cycles_per_pair=C" -> "SRC W N C"
collect() {
	tr -d '\r' | sed -n 's/.*mmap_bench: workload=\([a-z]*\) vmas=\([0-9]*\) .*cycles_per_pair=\([0-9]*\).*/\1 \2 \3/p' |
		while read -r w n c; do echo "$1 $w $n $c"; done >> "$res"
}

echo "building (DEBUG_VM=0) in $O ..."
if $MAKE --no-print-directory O="$O" DEBUG_VM=0 all > "$O/logs/build.log" 2>&1; then
	for search in tree linear; do
		log="$O/logs/guest-$search.log"
		echo "booting: init=/bench/mmap_bench mmap_search=$search"
		rm -f "$log"
		O="$O" sh tools/qemu-boot.sh "$log" "${BENCH_TIMEOUT:-900}" \
			"init=/bench/mmap_bench mmap_search=$search" > /dev/null 2>&1 &
		qpid=$!
		# Stop early when the guest has finished or cannot start init.
		while kill -0 "$qpid" 2>/dev/null; do
			if grep -aqE 'mmap_bench: done|no init process|Kernel panic|PANIC' "$log" 2>/dev/null; then
				sleep 2
				pkill -P "$qpid" 2>/dev/null
				break
			fi
			sleep 2
		done
		wait "$qpid" 2>/dev/null
		collect "guest-$search" < "$log"
		grep -aq 'cycles_per_pair' "$log" ||
			echo "  (no figures from the guest: see $log - can the kernel run init= yet?)"
	done
else
	echo "  kernel build failed, see $O/logs/build.log"
fi

CFLAGS="-m32 -std=gnu11 -O2 -Wall -Wextra -Werror -Wno-unused-parameter -fno-strict-aliasing \
 -DHOST_TEST -I tests/shim -I include -I arch/x86/include"
srcs=$(sed -n '1s/.*SOURCES:\(.*\)\*\/.*/\1/p' tests/bench_mmap.c)
if ${HOSTCC:-gcc} $CFLAGS -o "$O/host/bench_mmap" tests/bench_mmap.c $srcs; then
	for search in tree linear; do
		"$O/host/bench_mmap" "$search" | collect "host-$search"
	done
fi
[ -x "$O/bench/mmap_bench" ] && "$O/bench/mmap_bench" | collect "linux"

# The table: one row per workload and VMA count, one column per source.
echo
awk '
{ v[$1 "," $2 "," $3] = $4; src[$1] = 1; key[$2 "," $3] = 1 }
END {
	ncols = split("guest-tree guest-linear host-tree host-linear linux", cols, " ")
	printf "%-6s %6s", "work", "VMAs"
	for (i = 1; i <= ncols; i++) printf " %13s", cols[i]
	printf "\n"
	nw = split("top churn", ws, " ")
	nn = split("10 100 1000 10000 65000", ns, " ")
	for (w = 1; w <= nw; w++) for (n = 1; n <= nn; n++) {
		printf "%-6s %6s", ws[w], ns[n]
		for (i = 1; i <= ncols; i++) {
			k = cols[i] "," ws[w] "," ns[n]
			printf " %13s", (k in v) ? v[k] : "-"
		}
		printf "\n"
	}
	printf "(CPU cycles per mmap+munmap pair; \"-\" = no figure)\n"
	for (w = 1; w <= nw; w++) for (i = 1; i <= ncols; i++) {
		a = cols[i] "," ws[w] ",10"; b = cols[i] "," ws[w] ",65000"
		if ((a in v) && (b in v) && v[a] > 0)
			printf "%s %s: 65000 VMAs cost %.1fx what 10 cost\n", cols[i], ws[w], v[b] / v[a]
	}
}' "$res"
