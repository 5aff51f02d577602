#!/bin/sh
# `make ltp LTP_SRC=dir`: builds the Linux Test Project's system-call tests
# named in the reference verdicts (../shared/ltp/, or LTP_REF) from a
# checkout of its source (github.com/linux-test-project/ltp, at the commit
# the verdicts name) as static i386 glibc programs, runs them in the guest
# in batches that fit a ramdisk, and prints for every test our verdict
# beside Linux's, then the totals. The source is copied; the checkout is
# not touched. Not part of `make test`: a fresh machine has no LTP source.
set -e
O=${O:-build}
src=${LTP_SRC:?usage: make ltp LTP_SRC=path-to-an-ltp-checkout}
ref=${LTP_REF:-../shared/ltp}
cross=${CROSS:-i686-linux-gnu-}
work="$O/ltp"
verdicts="$ref/verdicts-2026-12-03.txt"
entries="$ref/runtest-entries.txt"
[ -d "$src/testcases/kernel/syscalls" ] || { echo "ltp: $src is not an LTP source tree"; exit 1; }
[ -f "$verdicts" ] && [ -f "$entries" ] || { echo "ltp: no reference verdicts in $ref"; exit 1; }
mkdir -p "$work"

# ---- build ----
dirs=$(grep -v '^#' "$verdicts" | awk '{ print $2 }' | sort -u)
if [ ! -f "$work/built" ]; then
	echo "ltp: building in $work/src (log: $work/build.log)"
	rm -rf "$work/src"
	mkdir -p "$work/src"
	(cd "$src" && tar --exclude=.git -cf - .) | (cd "$work/src" && tar -xf -)
	(
		cd "$work/src"
		make autotools
		./configure --host="${cross%-}" LDFLAGS=-static
		make -C lib -j2
		for d in $dirs; do make -C "testcases/kernel/syscalls/$d" -j2; done
	) > "$work/build.log" 2>&1 || { tail -n 30 "$work/build.log"; exit 1; }
	touch "$work/built"
fi

# ---- batches: whole directories, about 16 MiB of programs each ----
rm -rf "$work"/batch-*
n=0 size=0
for d in $dirs; do
	if [ "$n" = 0 ] || [ "$size" -gt 16000000 ]; then
		n=$((n + 1)) size=0
		mkdir -p "$work/batch-$n/ltp/bin" "$work/batch-$n/etc"
		cp tools/ltp/run "$work/batch-$n/ltp/run"
		printf 'root:x:0:0:root:/:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n' \
			> "$work/batch-$n/etc/passwd"
		printf 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nnobody:x:65534:\n' > "$work/batch-$n/etc/group"
	fi
	b="$work/batch-$n"
	for f in "$work/src/testcases/kernel/syscalls/$d"/*; do
		[ -f "$f" ] && [ -x "$f" ] || continue
		"${cross}strip" -o "$b/ltp/bin/$(basename "$f")" "$f" 2>/dev/null || continue
		size=$((size + $(wc -c < "$b/ltp/bin/$(basename "$f")")))
	done
	for t in $(grep -v '^#' "$verdicts" | awk -v d="$d" '$2 == d { print $1 }'); do
		grep "^$t " "$entries" >> "$b/ltp/entries" || true
	done
done

# ---- run ----
: > "$work/results"
for b in "$work"/batch-*; do
	[ -s "$b/ltp/entries" ] || continue
	echo "ltp: $(basename "$b"): $(wc -l < "$b/ltp/entries") tests"
	# The image: the batch's programs, the usual image's 40 MiB, and room in /tmp.
	mb=$(( $(du -sm "$b" | cut -f1) + 96 ))
	INITRD_ROOT="$b.root" INITRD_IMG="$b.img" INITRD_EXTRA="$b" INITRD_SIZE=${mb}M \
		sh tools/mkinitrd.sh "$O" "" "" > "$b.mkinitrd.log" 2>&1 || { cat "$b.mkinitrd.log"; exit 1; }
	INITRD="$b.img" MEM=512M sh tools/qemu-boot.sh "$b.log" "${LTP_TIMEOUT:-3600}" \
		"init=/ltp/run" > /dev/null 2>&1 || true
	tr -d '\r' < "$b.log" | sed -n 's/^=== ltp end \([^ ]*\) status \([0-9]*\)$/\1 \2/p' >> "$work/results"
done

# ---- verdicts ----
# LTP's exit status is the OR of its results: 1 fail, 2 broken, 4 warn, 32 not applicable.
awk -v res="$work/results" '
BEGIN {
	while ((getline line < res) > 0) { split(line, f, " "); st[f[1]] = f[2] }
}
/^#/ { next }
{
	name = $1; linux = $3
	if (!(name in st)) ours = "NORUN"
	else if (st[name] == 0) ours = "PASS"
	else if (st[name] >= 128) ours = "KILLED"
	else if (int(st[name] / 2) % 2) ours = "BROK"
	else if (st[name] % 2) ours = "FAIL"
	else if (int(st[name] / 4) % 2) ours = "WARN"
	else if (st[name] == 32) ours = "CONF"
	else ours = "EXIT" st[name]
	printf "%-16s %-13s linux %-5s here %s\n", name, $2, linux, ours
	lx[linux]++; us[ours]++
	if (linux == "PASS") { lp++; if (ours == "PASS") both++ }
}
END {
	printf "\nLinux:       "; for (v in lx) printf " %s %d", v, lx[v]; printf "\n"
	printf "this kernel: "; for (v in us) printf " %s %d", v, us[v]; printf "\n"
	printf "of the %d tests that pass on Linux, %d pass here\n", lp, both
}' "$verdicts" | tee "$work/verdicts.txt"
