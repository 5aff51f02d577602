#!/bin/sh
# `make test-linux-ref`: the user test suite on real i386 Linux - Debian
# 12's Linux 6.1 (686 flavour, a 3G/1G split like ours) in qemu-system-i386,
# booted from an initramfs of the same tree our ramdisk holds. Unlike
# `make test-linux` (the host's 64-bit kernel, whose 32-bit processes see
# almost 4 GiB), this checks the tests against the address space they are
# written for. The first process is /bench/linux_ref_init, which mounts
# /proc and /dev and becomes our /sbin/init with "test": the same runner,
# the same "ok N - NAME" lines and summary as the guest layer.
#   sh tools/bench/test-linux-ref.sh BUILD_DIR [NAME]
# Prints the verdicts and "N passed, N failed"; the serial log is kept in
# BUILD_DIR/logs/linux-ref-tests.log. Exit status 1 if a test failed.
O=${1:-build}
name=$2
log=$O/logs/linux-ref-tests.log
mkdir -p "$O/logs"
sh tools/bench/linux-ref.sh "$O" tests || exit 1
rm -f "$log"
KERNEL=$O/linux-ref/vmlinuz INITRD=$O/linux-ref/tests.cpio MEM=${MEM:-512M} O=$O \
	sh tools/qemu-boot.sh "$log" "${TEST_TIMEOUT:-1200}" \
	"console=ttyS0 quiet rdinit=/bench/linux_ref_init test $name" > /dev/null 2>&1
tr -d '\r' < "$log" | grep -aE '^(ok|not ok) [0-9]+ - |^[0-9]+ passed, [0-9]+ failed'
summary=$(tr -d '\r' < "$log" | grep -aE '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
[ -n "$summary" ] || { echo "test-linux-ref: the suite did not finish (see $log)"; exit 1; }
case "$summary" in
"0 passed"*) exit 1 ;;
*" 0 failed") exit 0 ;;
esac
exit 1
