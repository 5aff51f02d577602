#!/bin/sh
# Layer 60: real programs. Debian's busybox (i386, the same binary on both
# sides) runs each script of tests/busybox/ in the guest - booted with
# init=/bbtests/run, which prints every script's output between markers -
# and natively on the host, each in a fresh empty directory with the same
# environment. A script passes when both outputs and exit statuses agree
# byte for byte.
bb="$O/debs/busybox/bin/busybox"
log="$O/logs/busybox-guest.log"
dir="$O/logs/busybox"
rm -rf "$dir"
mkdir -p "$dir"
if [ ! -x "$bb" ]; then
	echo "not ok - busybox: $bb was not fetched (make all fetches it)"
	exit 1
fi
sh tools/qemu-boot.sh "$log" "${BUSYBOX_TIMEOUT:-300}" "init=/bbtests/run" > /dev/null 2>&1
rc=$?
[ "$rc" = 33 ] || echo "# guest exited with QEMU status $rc (33 = power-off)"
tr -d '\r' < "$log" > "$dir/guest.txt"
status=0
scratch=$(mktemp -d "${TMPDIR:-/tmp}/bbtests.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
abs_bb=$(cd "$(dirname "$bb")" && pwd)/busybox
for t in tests/busybox/*.sh; do
	n=$(basename "$t")
	# The guest's output: the lines between this script's markers.
	awk -v n="$n" '$0 == "=== begin " n { on = 1; next }
		on && index($0, "=== end " n " status ") == 1 { print; exit }
		on { print }' "$dir/guest.txt" > "$dir/$n.guest"
	mkdir "$scratch/$n"
	(cd "$scratch/$n" && env -i PATH=/nonexistent HOME=/ LC_ALL=C \
		"$abs_bb" sh "$OLDPWD/$t" 2>&1; echo "=== end $n status $?") > "$dir/$n.host"
	if cmp -s "$dir/$n.guest" "$dir/$n.host"; then
		echo "ok - busybox $n: same output as on Linux"
	else
		echo "not ok - busybox $n: output differs from Linux (guest -, host +)"
		diff -u "$dir/$n.guest" "$dir/$n.host" | sed -n '3,60p' | sed 's/^/#   /'
		status=1
	fi
done
exit $status
