#!/bin/sh
# Layer 10: the whole tree builds (kernel, user programs, ramdisk, ISO) with -Werror.
if $MAKE --no-print-directory O="$O" all iso; then
	echo "ok - build: kernel, user programs, ramdisk and ISO"
else
	echo "not ok - build failed"
	exit 1
fi
