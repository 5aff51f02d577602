"""vm-maps: the VMAs of the current task, in /proc/PID/maps style.

Walks current->mm->mmap (the sorted VMA list) and prints each region with
its permissions, file offset, how many of its pages are resident (entries
present in the page tables of that mm), flags and what it maps.
"""
import gdb

from constants import get

PAGE_SHIFT = get("PAGE_SHIFT", 12)
PAGE_OFFSET = get("PAGE_OFFSET", 0xC0000000)
PGDIR_SHIFT = get("PGDIR_SHIFT", 22)
PRESENT = get("_PAGE_PRESENT", 1) | get("_PAGE_PROTNONE", 0x100)


class PageTables:
    """Reads the page tables of one page directory, each table at most once."""

    def __init__(self, pgd_vaddr):
        self.pgd = pgd_vaddr
        self.tables = {}

    def _table(self, index):
        if index not in self.tables:
            inf = gdb.selected_inferior()
            pde = int.from_bytes(bytes(inf.read_memory(self.pgd + 4 * index, 4)), "little")
            table = None
            if pde & get("_PAGE_PRESENT", 1) and not pde & get("_PAGE_PSE", 0x80):
                raw = bytes(inf.read_memory(PAGE_OFFSET + (pde & 0xFFFFF000), 4096))
                table = [int.from_bytes(raw[i:i + 4], "little") for i in range(0, 4096, 4)]
            self.tables[index] = table
        return self.tables[index]

    def resident(self, start, end):
        """Pages of [start, end) whose entry maps a frame."""
        count = 0
        for addr in range(start, end, 1 << PAGE_SHIFT):
            table = self._table(addr >> PGDIR_SHIFT)
            if table and table[(addr >> PAGE_SHIFT) & 0x3FF] & PRESENT:
                count += 1
        return count

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
        try:
            return vma["vm_file"]["f_name"].string()
        except (gdb.error, gdb.MemoryError):
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

Columns: start-end, perms, offset (vm_pgoff in bytes), size, resident
size (pages with a page-table entry), flags, what."""

    def __init__(self):
        super().__init__("vm-maps", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        mm = gdb.parse_and_eval(arg if arg else "current->mm")
        if not int(mm):
            print("no mm: a kernel thread (or no process yet)")
            return
        mm = mm.dereference()
        tables = PageTables(int(mm["pgd"]))
        count = 0
        print("%-17s %-4s %-8s %7s %7s %-12s %s" % ("range", "perm", "offset", "size", "rss", "flags", "what"))
        for vma in vmas(mm):
            flags = int(vma["vm_flags"])
            start, end = int(vma["vm_start"]), int(vma["vm_end"])
            extra = [n[3:].lower() for n in EXTRA_FLAGS if get(n) and flags & get(n)]
            print("%08x-%08x %s %08x %6dK %6dK %-12s %s" % (
                start, end, perms(flags), int(vma["vm_pgoff"]) << PAGE_SHIFT,
                (end - start) >> 10, tables.resident(start, end) << (PAGE_SHIFT - 10),
                ",".join(extra), kind(vma, mm)))
            count += 1
        print("%d VMAs (map_count %d), pgd %s" % (count, int(mm["map_count"]), mm["pgd"]))


VmMaps()
