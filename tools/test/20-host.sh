#!/bin/sh
# Layer 20: host unit tests. Each tests/test_*.c is a host program that prints
# its own "ok"/"not ok" lines. Its first line names the kernel sources it is
# compiled with:   /* SOURCES: lib/rbtree.c mm/mmap.c tests/shim/host.c */
# The kernel code is built as an i386 Linux program with the cross compiler
# (which has an i386 libc), statically so that no i386 loader is needed on
# the host, and run natively, so unsigned long and pointer overflow behave
# exactly as in the kernel.
B="$O/host"
mkdir -p "$B"
status=0
CFLAGS="-m32 -static -std=gnu11 -O1 -g -Wall -Wextra -Werror -Wno-unused-parameter \
 -fno-strict-aliasing -fno-builtin -DCONFIG_DEBUG_VM -DHOST_TEST -I tests/shim -I include -I arch/x86/include"
for t in tests/test_*.c; do
	[ -e "$t" ] || continue
	name=$(basename "$t" .c)
	srcs=$(sed -n '1s/.*SOURCES:\(.*\)\*\/.*/\1/p' "$t")
	if ! ${HOSTCC32:-${CROSS:-i686-linux-gnu-}gcc} $CFLAGS -o "$B/$name" "$t" $srcs > "$B/$name.build.log" 2>&1; then
		echo "not ok - $name: does not compile"
		sed 's/^/#   /' "$B/$name.build.log" | head -n 40
		status=1
		continue
	fi
	if ! timeout 300 "$B/$name"; then
		echo "not ok - $name: exited with failure"
		status=1
	fi
done
exit $status
