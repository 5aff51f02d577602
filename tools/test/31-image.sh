#!/bin/sh
# Layer 31: nothing lost. The guest suite of layer 30 ran with its RAM in a
# file ($O/logs/guest-ram.bin, QEMU's memory-backend-file with share=on), so
# once QEMU has exited the file holds the guest's memory as it was at
# power-off - including the ramdisk, which the kernel's writes changed in
# place and which reboot's sync_all() brought up to date. The kernel's boot
# line "ramdisk: ram0 at START-END" says where the image lies.
#
# Checks: the image is a clean ext2 filesystem (e2fsck -fn), GDB reads the
# core dump user/tests/sig_coredump.c left in /tmp, and the files
# user/tests/file_persist.c left there hold exactly the expected bytes when
# debugfs reads them on the host.
log="$O/logs/qemu-test.log"
ram="$O/logs/guest-ram.bin"
img="$O/logs/guest-image.img"
if [ ! -s "$ram" ] || ! grep -aq '^ramdisk: ram0 at ' "$log" 2>/dev/null; then
	echo "not ok - image: no guest RAM file or ramdisk line from layer 30 ($ram, $log)"
	exit 1
fi
range=$(grep -a '^ramdisk: ram0 at ' "$log" | head -n 1 | sed 's/^ramdisk: ram0 at \([0-9a-f]*\)-\([0-9a-f]*\).*/\1 \2/')
start=$((0x${range% *}))
end=$((0x${range#* }))
dd if="$ram" of="$img" bs=4096 skip=$((start / 4096)) count=$(((end - start) / 4096)) 2>/dev/null
rm -f "$ram"
if e2fsck -fn "$img" > "$O/logs/guest-image.fsck" 2>&1; then
	echo "ok - image: e2fsck -fn finds the guest's ramdisk clean"
else
	echo "not ok - image: e2fsck -fn reports errors in the guest's ramdisk"
	sed 's/^/#   /' "$O/logs/guest-image.fsck" | head -n 40
fi

# The core user/tests/sig_coredump.c kept: GDB must read it as it reads a
# Linux core - the backtrace through the function that faulted, and a
# global (private file mapping, written) pointing at anonymous memory.
core="$O/logs/sig_coredump.core"
rm -f "$core"
debugfs -R "dump /tmp/sig_coredump.core $core" "$img" > /dev/null 2>&1
if [ ! -s "$core" ]; then
	echo "ok - image: no /tmp/sig_coredump.core (sig_coredump did not run) # SKIP"
else
	gdb -nx -batch -ex "bt 2" -ex "p victim_area" "$O/tests/sig_coredump" "$core" \
		> "$O/logs/sig_coredump.gdb" 2>&1
	if grep -q '^#0 .*die_in_named_frame' "$O/logs/sig_coredump.gdb" &&
	   grep -q '^#1 .*main' "$O/logs/sig_coredump.gdb" &&
	   grep -q '"a page the process wrote before it died"' "$O/logs/sig_coredump.gdb"; then
		echo "ok - image: GDB reads the guest's core dump: backtrace and memory"
	else
		echo "not ok - image: GDB cannot read the guest's core dump as expected"
		sed 's/^/#   /' "$O/logs/sig_coredump.gdb" | head -n 20
	fi
fi

# The files of user/tests/file_persist.c, if the suite ran it.
if ! debugfs -R "stat /tmp/fs-persist.txt" "$img" 2>/dev/null | grep -q '^Inode:'; then
	echo "ok - image: /tmp/fs-persist.* absent (file_persist did not run) # SKIP"
	exit 0
fi
want="$O/logs/fs-persist.expected"
printf 'the kernel wrote this line\n' > "$want.txt"
python3 -c '
import sys
pat = bytes(i % 251 for i in range(300000))
sys.stdout.buffer.write(pat + bytes(1 << 20) + pat[:4096])' > "$want.bin"
for f in txt bin; do
	debugfs -R "dump /tmp/fs-persist.$f $O/logs/fs-persist.got.$f" "$img" > /dev/null 2>&1
	if cmp -s "$O/logs/fs-persist.got.$f" "$want.$f"; then
		echo "ok - image: /tmp/fs-persist.$f holds the bytes the guest wrote"
	else
		echo "not ok - image: /tmp/fs-persist.$f differs from what the guest wrote"
		cmp "$O/logs/fs-persist.got.$f" "$want.$f" 2>&1 | sed 's/^/#   /'
	fi
done
