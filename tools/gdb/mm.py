"""vm-maps: the VMAs of the current task, in /proc/PID/maps style.

Walks current->mm->mmap (the sorted VMA list) and prints each region with
its permissions, file offset, flags and a guess at what it is.
"""
import gdb

from constants import get

PAGE_SHIFT = get("PAGE_SHIFT", 12)

# vm_flags bits worth showing beyond rwx/sp, in order.
EXTRA_FLAGS = ["VM_GROWSDOWN", "VM_LOCKED", "VM_DONTEXPAND", "VM_DENYWRITE",
               "VM_EXECUTABLE", "VM_DONTCOPY", "VM_NORESERVE"]


def perms(flags):
    """'rw-p' as /proc/PID/maps writes it."""
    bits = ""
    for name, ch in (("VM_READ", "r"), ("VM_WRITE", "w"), ("VM_EXEC", "x")):
        bits += ch if flags & get(name, 0) else "-"
    return bits + ("s" if flags & get("VM_MAYSHARE", 0x80) else "p")


def kind(vma, mm):
    """[heap], [stack], file, or anon."""
    start, end = int(vma["vm_start"]), int(vma["vm_end"])
    if int(vma["vm_file"]):
        return "file %s" % vma["vm_file"]
    try:
        if start <= int(mm["start_brk"]) and int(mm["brk"]) <= end and int(mm["brk"]):
            return "[heap]"
        if start <= int(mm["start_stack"]) < end:
            return "[stack]"
    except gdb.error:
        pass
    return "anon"


def vmas(mm):
    """The VMAs of mm, lowest first."""
    vma = mm["mmap"]
    while int(vma):
        yield vma.dereference()
        vma = vma["vm_next"]


class VmMaps(gdb.Command):
    """vm-maps [MM]: list the VMAs of the current task (or of the mm_struct * MM).

Columns: start-end, perms, offset (vm_pgoff in bytes), size, flags, what."""

    def __init__(self):
        super().__init__("vm-maps", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        mm = gdb.parse_and_eval(arg if arg else "current->mm")
        if not int(mm):
            print("no mm: a kernel thread (or no process yet)")
            return
        mm = mm.dereference()
        count = 0
        for vma in vmas(mm):
            flags = int(vma["vm_flags"])
            extra = [n[3:].lower() for n in EXTRA_FLAGS if get(n) and flags & get(n)]
            print("%08x-%08x %s %08x %6dK %-20s %s" % (
                int(vma["vm_start"]), int(vma["vm_end"]), perms(flags),
                int(vma["vm_pgoff"]) << PAGE_SHIFT,
                (int(vma["vm_end"]) - int(vma["vm_start"])) >> 10,
                ",".join(extra), kind(vma, mm)))
            count += 1
        print("%d VMAs (map_count %d), pgd %s" % (count, int(mm["map_count"]), mm["pgd"]))


VmMaps()
