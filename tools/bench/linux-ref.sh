#!/bin/sh
# The real Linux `make bench` compares with: Debian 12's i386 kernel
# (linux-image-6.1.0-*-686, the package linux-image-686:i386 depends on)
# and an initramfs holding the same benchmark binaries.
#   sh tools/bench/linux-ref.sh BUILD_DIR [bench|tests]
# writes BUILD_DIR/linux-ref/vmlinuz (only the package's ./boot is
# unpacked), BUILD_DIR/linux-ref/VERSION and an initramfs:
#   bench  BUILD_DIR/linux-ref/initramfs.cpio: BUILD_DIR/bench/* as /bench,
#          an empty /tmp and /dev/console (for `make bench`);
#   tests  BUILD_DIR/linux-ref/tests.cpio: the whole tree our ramdisk is
#          made of (BUILD_DIR/rootfs, staged by tools/mkinitrd.sh), for
#          `make test-linux-ref`.
# The .deb comes through tools/fetch-deb (apt-get download, checked against
# apt's signed index, cached outside the tree). LINUX_REF_PKG names another
# package. On failure it prints one line saying why and exits non-zero.
set -e
O=$1
what=${2:-bench}
ref=$O/linux-ref
cache=${VMKERNEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vmkernel}/debs
pkg=${LINUX_REF_PKG:-$(apt-cache depends linux-image-686:i386 2>/dev/null |
	awk '/Depends: linux-image-[0-9]/ { print $2; exit }')}
if [ -z "$pkg" ]; then
	# Offline: the newest kernel package the cache has.
	deb=$(ls "$cache"/linux-image-*-686_*_i386.deb 2>/dev/null | tail -n 1)
	[ -n "$deb" ] || {
		echo "linux-ref: apt knows no linux-image-686:i386 (dpkg --add-architecture i386; apt-get update) and none is cached"
		exit 1
	}
	pkg=$(basename "$deb" | cut -d_ -f1):i386
fi
mkdir -p "$ref"
if [ ! -f "$ref/vmlinuz" ] || [ "$(cat "$ref/PACKAGE" 2>/dev/null)" != "$pkg" ]; then
	sh tools/fetch-deb "$pkg" "$ref/deb" ./boot > "$ref/fetch.log" 2>&1 || {
		cat "$ref/fetch.log"
		echo "linux-ref: tools/fetch-deb $pkg failed"
		exit 1
	}
	cp "$ref"/deb/boot/vmlinuz-* "$ref/vmlinuz"
	cp "$ref/deb/VERSION" "$ref/VERSION"
	echo "$pkg" > "$ref/PACKAGE"
	rm -rf "$ref/deb"
fi
if [ "$what" = tests ]; then
	[ -x "$O/rootfs/sbin/init" ] || { echo "linux-ref: $O/rootfs is not staged (make all)"; exit 1; }
	python3 tools/bench/mkcpio.py "$ref/tests.cpio" "$O/rootfs"
	exit 0
fi
rm -rf "$ref/root"
mkdir -p "$ref/root/bench" "$ref/root/tmp"
cp "$O"/bench/* "$ref/root/bench/"
chmod 1777 "$ref/root/tmp"
python3 tools/bench/mkcpio.py "$ref/initramfs.cpio" "$ref/root"
