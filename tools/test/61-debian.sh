#!/bin/sh
# Layer 61: Debian's own dynamically linked programs. Debian's i386 bash
# and grep (with libtinfo6 and libpcre2-8-0, fetched by tools/fetch-deb)
# run each script of tests/debian/ in the guest - booted with
# init=/debtests/run, which prints every script's output between markers -
# and natively on the host (the same binaries, with the host's i386 glibc
# and the fetched libraries), each in a fresh empty directory with the
# same environment. A script passes when both outputs and exit statuses
# agree byte for byte.
debs="$O/debs"
log="$O/logs/debian-guest.log"
dir="$O/logs/debian"
rm -rf "$dir"
mkdir -p "$dir"
for p in bash libtinfo6 grep libpcre2-8-0; do
	if [ ! -f "$debs/$p/VERSION" ]; then
		echo "not ok - debian: $p was not fetched (make all fetches it)"
		exit 1
	fi
done
sh tools/qemu-boot.sh "$log" "${DEBIAN_TIMEOUT:-300}" "init=/debtests/run" > /dev/null 2>&1
rc=$?
[ "$rc" = 33 ] || echo "# guest exited with QEMU status $rc (33 = power-off)"
tr -d '\r' < "$log" > "$dir/guest.txt"
status=0
scratch=$(mktemp -d "${TMPDIR:-/tmp}/debtests.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
abs=$(cd "$debs" && pwd)
# The host's PATH: Debian's i386 grep, as /bin/grep is in the guest.
mkdir "$scratch/bin"
ln -s "$abs/grep/bin/grep" "$scratch/bin/grep"
libs="$abs/libtinfo6/lib/i386-linux-gnu:$abs/libpcre2-8-0/usr/lib/i386-linux-gnu"
for t in tests/debian/*.sh; do
	n=$(basename "$t")
	awk -v n="$n" '$0 == "=== begin " n { on = 1; next }
		on && index($0, "=== end " n " status ") == 1 { print; exit }
		on { print }' "$dir/guest.txt" > "$dir/$n.guest"
	mkdir "$scratch/$n"
	(cd "$scratch/$n" && out=$(env -i PATH="$scratch/bin" HOME=/ LC_ALL=C LD_LIBRARY_PATH="$libs" \
		"$abs/bash/bin/bash" "$OLDPWD/$t" 2>&1); s=$?; echo "$out"; echo "=== end $n status $s") \
		> "$dir/$n.host"
	if cmp -s "$dir/$n.guest" "$dir/$n.host"; then
		echo "ok - debian $n: same output as on Linux"
	else
		echo "not ok - debian $n: output differs from Linux (guest -, host +)"
		diff -u "$dir/$n.guest" "$dir/$n.host" | sed -n '3,60p' | sed 's/^/#   /'
		status=1
	fi
done
exit $status
