#!/bin/sh
# Builds the root ramdisk: an ext2 image of rootfs/ plus the user programs.
#   sh tools/mkinitrd.sh BUILD_DIR "EXTRA_BIN" "EXTRA_TESTS"
# The image is made by mke2fs -d (e2fsprogs), so debugfs, e2fsck and a
# Linux mount all read it. Device nodes (/dev/console 5:1, /dev/tty 5:0,
# /dev/null 1:3, /dev/zero 1:5, /dev/full 1:7, /dev/random 1:8,
# /dev/urandom 1:9, and the IDE disk /dev/hda, block 3:0) are added with
# debugfs, which needs no root privileges.
# INITRD_SIZE (default 48M) and INITRD_BLOCK (1024 or 4096) pick the
# geometry; tests write into /tmp, so keep room. INITRD_IMG and INITRD_ROOT
# name another image and staging directory than $O/initrd.img, $O/rootfs.
set -e
O=$1
root=${INITRD_ROOT:-$O/rootfs}
img=${INITRD_IMG:-$O/initrd.img}
size=${INITRD_SIZE:-48M}
bsize=${INITRD_BLOCK:-1024}
rm -rf "$root"
mkdir -p "$root/bin" "$root/sbin" "$root/tests" "$root/bench" "$root/tmp" "$root/etc" \
	"$root/dev" "$root/proc"
[ -d rootfs ] && cp -r rootfs/. "$root/"
find "$root" -name .keep -delete
for d in bin sbin tests bench; do
	[ -d "$O/$d" ] && find "$O/$d" -maxdepth 1 -type f -perm -u+x -exec cp {} "$root/$d/" \;
done
# The image gets the build's programs without their debug information (the
# copies in $O keep it, for GDB): with it, the ~200 test programs alone
# would fill most of the image. Symbols stay.
find "$root/bin" "$root/sbin" "$root/tests" "$root/bench" -type f \
	-exec "${CROSS:-i686-linux-gnu-}strip" --strip-debug {} \;
# The cross toolchain's i386 glibc runtime, where Debian's libc6:i386 puts
# it: the libraries in /lib/i386-linux-gnu, and /lib/ld-linux.so.2 (the
# PT_INTERP of every dynamically linked i386 program) a link to the loader
# there. Skipped for a toolchain without glibc (i686-elf-).
libc=$("${CROSS:-i686-linux-gnu-}gcc" -print-file-name=libc.so.6)
if [ -f "$libc" ]; then
	sysroot=$(dirname "$libc")
	mkdir -p "$root/lib/i386-linux-gnu"
	for f in ld-linux.so.2 libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 \
		libresolv.so.2 libutil.so.1 libanl.so.1 libnss_files.so.2 libnss_dns.so.2 \
		libgcc_s.so.1; do
		cp -L "$sysroot/$f" "$root/lib/i386-linux-gnu/$f"
	done
	ln -s i386-linux-gnu/ld-linux.so.2 "$root/lib/ld-linux.so.2"
fi
# The shared objects the dynamically linked tests dlopen.
if [ -d "$O/tests-lib" ]; then
	mkdir -p "$root/tests-lib"
	cp "$O"/tests-lib/* "$root/tests-lib/"
fi
# Debian's busybox (fetched by the Makefile), as itself: its applets are
# reached as "busybox APPLET" while /bin holds our own programs.
[ -x "$O/debs/busybox/bin/busybox" ] && cp "$O/debs/busybox/bin/busybox" "$root/bin/busybox"
# Debian's dynamically linked programs and their libraries (bash, grep...,
# fetched by the Makefile into $O/debs/PKG), where Debian puts them; the
# documentation stays out.
for pkg in "$O"/debs/*; do
	[ -f "$pkg/VERSION" ] && [ "${pkg##*/}" != busybox ] || continue
	for sub in bin sbin lib usr/bin usr/lib; do
		[ -d "$pkg/$sub" ] || continue
		mkdir -p "$root/$sub"
		cp -a "$pkg/$sub/." "$root/$sub/"
	done
done
# The scripts of layer 61 (Debian's bash and grep) and their runner.
mkdir -p "$root/debtests"
cp tests/debian/* "$root/debtests/"
# The busybox scripts of layer 60 and their runner (init=/bbtests/run).
mkdir -p "$root/bbtests"
cp tests/busybox/* "$root/bbtests/"
if [ -n "$2" ]; then cp "$2"/* "$root/bin/"; fi
# INITRD_EXTRA: a directory whose tree is added at / (make ltp's programs).
if [ -n "$INITRD_EXTRA" ]; then cp -r "$INITRD_EXTRA"/. "$root/"; fi
if [ -n "$3" ]; then cp "$3"/* "$root/tests/"; fi
chmod 1777 "$root/tmp"
rm -f "$img"
# -E root_owner: files belong to root whoever builds the image.
mke2fs -q -t ext2 -b "$bsize" -L root -E root_owner=0:0 -d "$root" "$img" "$size"
debugfs -w "$img" -f - > /dev/null <<CMDS
cd /dev
mknod console c 5 1
mknod null c 1 3
mknod tty c 5 0
mknod zero c 1 5
mknod full c 1 7
mknod random c 1 8
mknod urandom c 1 9
mknod hda b 3 0
sif console mode 020600
sif null mode 020666
sif tty mode 020666
sif zero mode 020666
sif full mode 020666
sif random mode 020666
sif urandom mode 020666
sif hda mode 060660
CMDS
e2fsck -fn "$img" > "$O/initrd.fsck.log" 2>&1 || { cat "$O/initrd.fsck.log"; exit 1; }
