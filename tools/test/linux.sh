#!/bin/sh
# Runs every user test binary natively on the host's Linux (i386 binaries
# run on x86-64 Linux), each in a fresh scratch directory as its cwd, with a
# time limit. This proves each test encodes Linux's behaviour: a test that
# fails here is wrong, whatever our kernel does.
#   sh tools/test/linux.sh [BUILD_DIR] [NAME...]
# Prints "ok - NAME" or "not ok - NAME (exit S / signal S / timed out)" per
# test, the failing test's output indented by "#", and "N passed, N failed".
O=${1:-build}
[ $# -gt 0 ] && shift
LIMIT=${TEST_TIMEOUT:-120}
logdir="$O/logs/linux"
mkdir -p "$logdir"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/usertests.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT INT TERM
abs_o=$(cd "$O" && pwd)
ulimit -Sc 0	# no core files from a crashing test, unless it asks for one

if [ $# -gt 0 ]; then
	tests=$(for n in "$@"; do echo "$abs_o/tests/$n"; done)
else
	tests=$(ls "$abs_o"/tests/* 2>/dev/null | sort)
fi

pass=0
fail=0
for t in $tests; do
	[ -f "$t" ] && [ -x "$t" ] || continue
	name=$(basename "$t")
	dir="$scratch/$name"
	mkdir -p "$dir"
	log="$abs_o/logs/linux/$name.log"
	(cd "$dir" && exec timeout -s KILL "$LIMIT" "$t") > "$log" 2>&1 < /dev/null
	rc=$?
	if [ "$rc" = 0 ]; then
		echo "ok - $name"
		pass=$((pass + 1))
		continue
	fi
	if [ "$rc" = 137 ]; then
		why="timed out after ${LIMIT}s or killed"
	elif [ "$rc" -gt 128 ]; then
		why="signal $((rc - 128))"
	else
		why="exit $rc"
	fi
	echo "not ok - $name ($why)"
	tail -n 20 "$log" | sed 's/^/#   /'
	fail=$((fail + 1))
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
