#!/bin/sh
# Builds the root ramdisk: an ext2 image of rootfs/ plus the user programs.
#   sh tools/mkinitrd.sh BUILD_DIR "EXTRA_BIN" "EXTRA_TESTS"
set -e
O=$1
root="$O/rootfs"
rm -rf "$root"
mkdir -p "$root/bin" "$root/sbin" "$root/tests" "$root/bench" "$root/tmp" "$root/etc" "$root/dev" "$root/proc"
[ -d rootfs ] && cp -r rootfs/. "$root/"
for d in bin sbin tests bench; do
	[ -d "$O/$d" ] && find "$O/$d" -maxdepth 1 -type f -perm -u+x -exec cp {} "$root/$d/" \;
done
[ -n "$2" ] && cp "$2"/* "$root/bin/"
[ -n "$3" ] && cp "$3"/* "$root/tests/"
rm -f "$O/initrd.img"
mke2fs -q -t ext2 -b 1024 -L root -d "$root" "$O/initrd.img" 16M
