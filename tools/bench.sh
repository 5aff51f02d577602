#!/bin/sh
# `make bench`: the benchmarks of user/bench/ on this kernel and on Debian
# 12's i386 Linux 6.1, side by side. Both boot in the same qemu-system-i386
# with -icount shift=0,sleep=off, where the guest's time-stamp counter
# advances by exactly one per guest instruction: every figure is guest
# instructions, and the two kernels are compared like with like. Each
# benchmark runs as the first process (our init=, Linux's rdinit= from an
# initramfs, tools/bench/linux-ref.sh), takes the best of several rounds
# itself, and the table takes the minimum over BENCH_BOOTS boots (default 3):
# Linux repeats to 1-2 % between boots (its random state differs), ours
# exactly.
#
# Prints two markdown tables (operations; mmap+munmap against the number of
# VMAs), the figures of mm/mmap.c alone on the host (CPU cycles, labelled
# so), and draws $O/bench.png with gnuplot when it is installed.
# Everything a boot printed is kept in $O/logs/.
O=${BENCH_O:-build-bench}
MAKE=${MAKE:-make}
BOOTS=${BENCH_BOOTS:-3}
LIMIT=${BENCH_TIMEOUT:-900}
ICOUNT="-icount shift=0,sleep=off"
mkdir -p "$O/logs" "$O/host"
res=$O/logs/results.txt
: > "$res"

$MAKE --no-print-directory O="$O" DEBUG_VM=0 all > "$O/build.log" 2>&1 || {
	cat "$O/build.log"
	exit 1
}
linux=yes
if ! sh tools/bench/linux-ref.sh "$O" > "$O/logs/linux-ref.log" 2>&1; then
	linux_why=$(tail -n 1 "$O/logs/linux-ref.log")
	echo "bench: no Linux column: $linux_why"
	linux=
fi

# boot KERNEL PROGRAM TAG [CMDLINE]: run /bench/PROGRAM as the first
# process of "ours" or "linux"; its serial output on stdout.
boot() {
	log="$O/logs/bench-$1-$2-$3.log"
	rm -f "$log"
	if [ "$1" = linux ]; then
		KERNEL=$O/linux-ref/vmlinuz INITRD=$O/linux-ref/initramfs.cpio O=$O \
			sh tools/qemu-boot.sh "$log" "$LIMIT" \
			"console=ttyS0 quiet rdinit=/bench/$2 $4" $ICOUNT > /dev/null 2>&1 &
	else
		O=$O sh tools/qemu-boot.sh "$log" "$LIMIT" "init=/bench/$2 $4" \
			$ICOUNT > /dev/null 2>&1 &
	fi
	qpid=$!
	wait "$qpid"
	tr -d '\r' < "$log"
	grep -aq ': done' "$log" ||
		echo "bench: $1 /bench/$2 did not finish (see $log)" >&2
}

# "bench: op=O layout=L ticks=T ops=N faults=F" -> "K O L T N F";
# "bench: op=O layout=L skip=WHY" -> "K O L skip WHY".
collect_ops() {
	sed -n -e 's/^bench: op=\([a-z0-9_]*\) layout=\([a-z]*\) ticks=\([0-9]*\) ops=\([0-9]*\) faults=\([0-9-]*\).*/\1 \2 \3 \4 \5/p' \
		-e 's/^bench: op=\([a-z0-9_]*\) layout=\([a-z]*\) skip=\(.*\)/\1 \2 skip \3/p' |
		while read -r a b c d e; do echo "$1 $a $b $c $d $e"; done
}
# "mmap_bench: workload=W vmas=N layout=L ... cycles_per_pair=C" -> "mmap K W N L C"
collect_mmap() {
	sed -n 's/^mmap_bench: workload=\([a-z]*\) vmas=\([0-9]*\) layout=\([a-z]*\) .*cycles_per_pair=\([0-9]*\).*/\1 \2 \3 \4/p' |
		while read -r w n l c; do echo "mmap $1 $w $n $l $c"; done
}

b=1
while [ "$b" -le "$BOOTS" ]; do
	boot ours ops_bench "$b" | collect_ops ours >> "$res"
	[ -n "$linux" ] && boot linux ops_bench "$b" | collect_ops linux >> "$res"
	b=$((b + 1))
done
# Ours repeats exactly, so one boot per search is enough for the VMA curves.
for algo in tree linear; do
	boot ours mmap_bench "$algo" "mmap_search=$algo" | collect_mmap "ours-$algo" >> "$res"
done
b=1
while [ -n "$linux" ] && [ "$b" -le "$BOOTS" ]; do
	boot linux mmap_bench "$b" | collect_mmap linux >> "$res"
	b=$((b + 1))
done

# mm/mmap.c alone, compiled for the host like the host unit tests (with the
# cross compiler, which has an i386 C library; `gcc -m32` would need
# gcc-multilib, which Debian makes conflict with it). A build failure is
# shown, not hidden.
CFLAGS="-m32 -static -std=gnu11 -O2 -Wall -Wextra -Werror -Wno-unused-parameter -fno-strict-aliasing \
 -DHOST_TEST -I tests/shim -I include -I arch/x86/include"
srcs=$(sed -n '1s/.*SOURCES:\(.*\)\*\/.*/\1/p' tests/bench_mmap.c)
if ${HOSTCC32:-${CROSS:-i686-linux-gnu-}gcc} $CFLAGS -o "$O/host/bench_mmap" tests/bench_mmap.c $srcs \
	> "$O/host/bench_mmap.build.log" 2>&1; then
	for algo in tree linear; do
		"$O/host/bench_mmap" "$algo" |
			sed 's/ pairs=/ layout=bottomup pairs=/' | collect_mmap "host-$algo" >> "$res"
	done
else
	echo "bench: tests/bench_mmap.c does not compile (no host figures):"
	sed 's/^/#   /' "$O/host/bench_mmap.build.log" | head -n 20
fi

linux_name=$(sed 's/_i386.deb//; s/_/ /' "$O/linux-ref/VERSION" 2>/dev/null)
mkdir -p "$O/chart"
rm -f "$O/chart"/*.dat
awk -v linux="${linux:+yes}" -v linux_why="$linux_why" -v linux_name="$linux_name" \
	-v boots="$BOOTS" -v chart_dir="$O/chart" -f tools/bench/table.awk "$res"
if command -v gnuplot > /dev/null 2>&1; then
	sh tools/bench/chart.sh "$O/chart" "$O/bench.png" && echo "chart: $O/bench.png"
else
	echo "chart: not drawn: gnuplot is not installed (apt-get install gnuplot-nox)"
fi
