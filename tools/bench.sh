#!/bin/sh
# `make bench`: builds the kernel without CONFIG_DEBUG_VM into build-bench/
# and boots each benchmark in user/bench/ as the first process, under QEMU
# with -icount shift=0. In that mode the guest's time-stamp counter advances
# by exactly one per guest instruction, so the "per op" figures the programs
# print are guest instructions: repeatable, and comparable with another
# kernel booted in the same QEMU. Prints one table per benchmark.
#
# The mmap table has five columns per workload and VMA count:
#   guest-tree, guest-linear  user/bench/mmap_bench booted with
#                             mmap_search=tree / mmap_search=linear
#                             (guest instructions per mmap+munmap pair);
#   host-tree, host-linear    tests/bench_mmap.c: the same workloads straight
#                             against mm/mmap.c on the host (CPU cycles);
#   linux                     mmap_bench run natively on the host (CPU cycles).
O=${BENCH_O:-build-bench}
MAKE=${MAKE:-make}
mkdir -p "$O/logs" "$O/host"
$MAKE --no-print-directory O="$O" DEBUG_VM=0 all > "$O/build.log" 2>&1 || {
	cat "$O/build.log"
	exit 1
}

boot() {	# boot NAME CMDLINE: run /bench/NAME as init; its output on stdout
	log="$O/logs/bench-$1${2:+-}$(echo "$2" | tr -c 'a-z0-9\n' '_').log"
	rm -f "$log"
	O=$O sh tools/qemu-boot.sh "$log" "${BENCH_TIMEOUT:-900}" "init=/bench/$1 $2" \
		-icount shift=0 > /dev/null 2>&1 &
	qpid=$!
	# Stop early once the program is done or the kernel cannot start it.
	while kill -0 "$qpid" 2>/dev/null; do
		if grep -aqE ': done|no init process|Kernel panic' "$log" 2>/dev/null; then
			sleep 2
			pkill -P "$qpid" 2>/dev/null
			break
		fi
		sleep 2
	done
	wait "$qpid" 2>/dev/null
	tr -d '\r' < "$log"
}

echo "== page faults and mmap (guest instructions per operation; reference:"
echo "   Linux 6.1 i386 in the same QEMU needs ~3,800 per anonymous fault and"
echo "   ~14,500 per mmap+munmap pair)"
boot fault_bench "" | grep '^bench '

# "mmap_bench: workload=W vmas=N ... cycles_per_pair=C" -> "SRC W N C"
collect() {
	sed -n 's/.*mmap_bench: workload=\([a-z]*\) vmas=\([0-9]*\) .*cycles_per_pair=\([0-9]*\).*/\1 \2 \3/p' |
		while read -r w n c; do echo "$1 $w $n $c"; done
}

res="$O/logs/mmap-results.txt"
: > "$res"
if [ -e "$O/bench/mmap_bench" ]; then
	for algo in tree linear; do
		boot mmap_bench "mmap_search=$algo" | collect "guest-$algo" >> "$res"
	done
	"$O/bench/mmap_bench" | collect linux >> "$res"
fi
CFLAGS="-m32 -static -std=gnu11 -O2 -Wall -Wextra -Werror -Wno-unused-parameter -fno-strict-aliasing \
 -DHOST_TEST -I tests/shim -I include -I arch/x86/include"
srcs=$(sed -n '1s/.*SOURCES:\(.*\)\*\/.*/\1/p' tests/bench_mmap.c)
# Built like the host unit tests: with the cross compiler, which has an i386
# C library (gcc -m32 would need gcc-multilib, which Debian makes conflict
# with the cross compiler). A build failure is shown, not hidden.
if ${HOSTCC32:-${CROSS:-i686-linux-gnu-}gcc} $CFLAGS -o "$O/host/bench_mmap" tests/bench_mmap.c $srcs \
	> "$O/host/bench_mmap.build.log" 2>&1; then
	for algo in tree linear; do
		"$O/host/bench_mmap" "$algo" | collect "host-$algo" >> "$res"
	done
else
	echo "bench: tests/bench_mmap.c does not compile (host columns empty):"
	sed 's/^/#   /' "$O/host/bench_mmap.build.log" | head -n 20
fi

echo "== mmap+munmap cost against the number of VMAs"
awk '
{ v[$1 "," $2 "," $3] = $4 }
END {
	ncols = split("guest-tree guest-linear host-tree host-linear linux", cols, " ")
	printf "  %-6s %6s", "work", "VMAs"
	for (i = 1; i <= ncols; i++) printf " %13s", cols[i]
	printf "\n"
	nw = split("top churn", ws, " ")
	nn = split("10 100 1000 10000 65000", ns, " ")
	for (w = 1; w <= nw; w++) for (n = 1; n <= nn; n++) {
		printf "  %-6s %6s", ws[w], ns[n]
		for (i = 1; i <= ncols; i++) {
			k = cols[i] "," ws[w] "," ns[n]
			printf " %13s", (k in v) ? v[k] : "-"
		}
		printf "\n"
	}
	printf "  (guest: instructions per pair; host and linux: CPU cycles; - = no figure)\n"
	for (w = 1; w <= nw; w++) for (i = 1; i <= ncols; i++) {
		a = cols[i] "," ws[w] ",10"; b = cols[i] "," ws[w] ",65000"
		if ((a in v) && (b in v) && v[a] > 0)
			printf "  %s %s: 65000 VMAs cost %.1fx what 10 cost\n", cols[i], ws[w], v[b] / v[a]
	}
}' "$res"
