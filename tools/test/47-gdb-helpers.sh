#!/bin/sh
# Layer 47: every helper of tools/gdb/ against a known boot state. The debug
# kernel boots "test=fault_demand_zero" and stops at init's first user-mode
# page fault (its entry point, nothing of its text mapped yet); each helper's
# output is checked there, vm-check also on an mm corrupted on purpose, and
# vm-symbols across an exec (the user symbols of init are dropped when pid 3
# runs another program).
log="$O/logs/gdb-helpers.log"
script="$O/logs/gdb-helpers.gdb"
mkdir -p "$O/logs"
if ! $MAKE --no-print-directory O="$O" debug-kernel > "$O/logs/gdb-helpers-build.log" 2>&1; then
	echo "not ok - gdb helpers: the debug kernel does not build"
	tail -n 20 "$O/logs/gdb-helpers-build.log" | sed 's/^/#   /'
	exit 1
fi
cat > "$script" <<'EOT'
help vmkernel
break do_page_fault if regs->cs == 0x1b
continue
vm-ps
vm-current
printf "current pid %d\n", $vm_current()->pid
printf "task 1 is %s\n", $vm_task(1)->comm
vm-maps 1
vm-check
set $gap = $vm_current()->mm->mmap->vm_next->rb_subtree_gap
set $map_count = $vm_current()->mm->map_count
set var $vm_current()->mm->map_count = 7
set var $vm_current()->mm->mmap->vm_next->rb_subtree_gap = 0x1000
vm-check 1
set var $vm_current()->mm->map_count = $map_count
set var $vm_current()->mm->mmap->vm_next->rb_subtree_gap = $gap
vm-check 1
vm-pte $cr2
vm-pte $cr2 1
vm-kallsyms common_trap+28
info symbol common_trap+28
vm-kallsyms 0xc0100000
info symbol 0xc0100000
vm-kallsyms 0x1000
vm-dmesg
vm-dmesg 1 -l
p *$vm_current()->mm->mmap
p mem_map[0]
vm-symbols
info symbol $cr2
vm-btpagefault
vm-free
break handle_mm_fault
continue
finish
vm-pagecache init
vm-pagecache $vm_current()->mm->exe_file
delete
break start_thread if current->pid == 3
continue
vm-symbols
vm-symbols -d
kill
EOT
QEMU_FLAGS="-m 128M -accel ${ACCEL:-tcg} -no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04"
sh tools/debug.sh batch "$O-debug" "$O" "${QEMU:-qemu-system-i386}" "$QEMU_FLAGS" \
	"test=fault_demand_zero" "$O/logs/gdb-helpers-serial.log" "$script" > "$log" 2>&1
status=0
check() {	# check WHAT EGREP-PATTERN...: every pattern matches a line of the log
	what=$1
	shift
	for pattern in "$@"; do
		if ! grep -qE -- "$pattern" "$log"; then
			echo "not ok - gdb helpers: $what (no line matches: $pattern)"
			sed 's/^/#   /' "$log" | tail -n 60
			status=1
			return
		fi
	done
	echo "ok - gdb helpers: $what"
}
for c in vm-ps vm-current vm-maps vm-check vm-pte vm-kallsyms vm-dmesg vm-symbols vm-btpagefault \
	vm-free vm-pagecache; do
	set -- "$@" "^  $c -- $c"
done
check "help vmkernel lists every command" "$@"
check "vm-ps: pid 1 (init) runs" '^ +1 .*R\* 0x[0-9a-f]{8} 0xc[0-9a-f]{7} .* init$'
check "vm-current, \$vm_current(), \$vm_task(PID)" \
	'^current = \(struct task_struct \*\) 0xc[0-9a-f]+: pid 1 \(init\), R \(TASK_RUNNING\)' \
	'^current pid 1$' '^task 1 is init$'
check "vm-maps PID: /proc/PID/maps lines from the tree, offsets, flags, depth" \
	'^08048000-08049000 r--p 00000000 01:00 [0-9]+ +/sbin/init$' \
	'^08049000-[0-9a-f]{8} r-xp 00001000 01:00 [0-9]+ +/sbin/init$' \
	'^[0-9a-f]{8}-[0-9a-f]{8} rw-p 00000000 00:00 0 +(\[heap\])?$' \
	'^bf[0-9a-f]{6}-[0-9a-f]{8} rw-p 00000000 00:00 0 +\[stack\]$' \
	'^    rss 0K of [0-9]+K, depth [0-9], gap 0x[0-9a-f]+, VM_READ\|VM_EXEC\|VM_MAYREAD' \
	'VM_GROWSDOWN\|VM_ACCOUNT$' '^pid 1 \(init\): 8 VMAs in the tree, height [0-9], map_count 8$'
check "vm-check: a sound mm, then each broken invariant by name" \
	'^vm-check: pid 1: mm sound, 8 VMAs$' \
	'^vm-check: vma 0xc[0-9a-f]+ at 08049000: rb_subtree_gap 0x1000, should be 0x' \
	'^vm-check: map_count 7, the list has 8$' '^vm-check: pid 1: 2 problems$'
if [ "$(grep -c '^vm-check: pid 1: mm sound' "$log")" = 2 ]; then
	echo "ok - gdb helpers: vm-check: sound again once repaired"
else
	echo "not ok - gdb helpers: vm-check: not sound after the repair"; status=1
fi
check "vm-pte ADDR [PID]: the text page has no entry yet" \
	'^address 0x080491c9: pgd index 32, pte index 73, offset 0x1c9$' \
	'^  empty entry: the first access will fault$'
check "vm-kallsyms agrees with info symbol" \
	'^0xc01[0-9a-f]{5}: common_trap\+0x1c$' '^common_trap \+ 28 in section \.text$' \
	'^0xc0100000: _text\+0x0$' '^_text in section \.text$' \
	"^0x00001000: not in the kernel's text"
check "vm-dmesg: the log buffer, with and without levels" \
	'^vmkernel: an i386 teaching kernel for virtual memory$' '^<[0-7]>'
check "p *vma names vm_flags, p page names PG_ flags" \
	'vm_flags = 0x[0-9a-f]+ VM_READ\|VM_MAYREAD' '\{flags = 0x[0-9a-f]+ reserved'
check "vm-symbols loads init, vm-btpagefault names the fault" \
	'^vm-symbols: pid 1 runs /sbin/init: symbols of .*/sbin/init loaded$' '^_start in section \.text of ' \
	'^pid 1 \(init\): trap 14, error code 0x4, cr2 0x80491c9$' '^  eip 0x80491c9 <_start>$'
check "vm-free: buddy lists by order, slab caches" \
	'^order  blocks  frames$' '^   10 +[0-9]+ +[0-9]+$' '^# name +active_obj num_objs' \
	'^vm_area_struct +[0-9]+ +[0-9]+ +[0-9]+ ' '^kmalloc-2048 '
if grep -qE '^free frames ([0-9]+) \(nr_free_pages \1\)$' "$log"; then
	echo "ok - gdb helpers: vm-free: the free lists hold nr_free_pages frames"
else
	echo "not ok - gdb helpers: vm-free: free lists and nr_free_pages disagree"; status=1
fi
check "vm-pagecache: init's cached pages, the faulted one mapped by pid 1" \
	'^/sbin/init: [0-9]+ pages cached, size [0-9]+ bytes$' \
	'^  index +1 frame 0x[0-9a-f]{8} uptodate(,lru)? +_count 2 _mapcount 0, mapped by pid 1 at 08049000$'
check "vm-symbols: stale user symbols dropped after an exec, the new program's loaded" \
	'^vm-symbols: dropped the symbols of .*/sbin/init: pid 3 runs /tests/fault_demand_zero$' \
	'^vm-symbols: pid 3 runs /tests/fault_demand_zero: symbols of .*/tests/fault_demand_zero loaded$'
exit $status
