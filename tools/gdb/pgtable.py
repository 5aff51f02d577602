"""vm-pte: walk the two-level i386 page table for one address.

Reads the page directory from CR3 (QEMU's gdbstub exposes it) or, failing
that, from current->mm->pgd, or that of a given process, and follows it
through the kernel's direct map: physical address + PAGE_OFFSET is where
the kernel sees any frame.
"""
import gdb

import current
import flags
from constants import get

PAGE_OFFSET = get("PAGE_OFFSET", 0xC0000000)
PAGE_SHIFT = get("PAGE_SHIFT", 12)
PGDIR_SHIFT = get("PGDIR_SHIFT", 22)

def read_u32(vaddr):
    """One 32-bit word of kernel virtual memory."""
    mem = gdb.selected_inferior().read_memory(vaddr, 4)
    return int.from_bytes(bytes(mem), "little")


def current_cr3():
    """Physical address of the live page directory."""
    try:
        return int(gdb.parse_and_eval("$cr3")) & 0xFFFFF000
    except gdb.error:
        pgd = int(gdb.parse_and_eval("current->mm->pgd"))
        return pgd - PAGE_OFFSET


def describe(entry, user_pte=False):
    """'0x00123067 frame 0x00123000 P RW U A D' for one entry."""
    return "0x%08x frame 0x%08x %s" % (entry, entry & 0xFFFFF000, flags.pte_flags(entry, user_pte))


def describe_page(pfn):
    """'struct page: _count 2, mapped by 2 entries, anon' for the frame pfn, from mem_map."""
    try:
        page = gdb.parse_and_eval("mem_map[%d]" % pfn)
        names = [n for n in flags.page_flags(page["flags"]).split(",")
                 if n in ("anon", "dirty", "uptodate", "reserved", "lru", "active",
                          "referenced", "swapcache")]
        kind = "page cache" if int(page["mapping"]) else ""
        maps = int(page["_mapcount"]) + 1
        return "struct page: _count %d, mapped by %d %s%s%s" % (
            int(page["_count"]), maps, "entry" if maps == 1 else "entries",
            ", " + ", ".join(names) if names else "", ", " + kind if kind else "")
    except gdb.error as e:
        return "struct page: unreadable (%s)" % e


def describe_swap(pte):
    """'swap entry: area 0 slot 123 (2 users)' for a non-present, non-empty entry.

The layout of arch/x86/include/asm/pgtable.h: the area in bits 1-5, the
slot from bit 9 up; the users are the slot's count in swap_map."""
    swp_type, offset = (pte >> 1) & 0x1F, pte >> 9
    try:
        count = int(gdb.parse_and_eval("swap_info[%d].swap_map[%d]" % (swp_type, offset)))
        users = " (%d user%s of the slot)" % (count, "" if count == 1 else "s")
    except gdb.error:
        users = ""
    return ("swap entry: area %d slot %d%s; the page is out on swap "
            "(do_swap_page brings it back)" % (swp_type, offset, users))


class VmPte(gdb.Command):
    """vm-pte ADDR [PID]: walk the page directory in CR3 (or PID's) for the address ADDR.

Prints the directory entry, the page-table entry and the physical address
ADDR translates to, or where the walk stops (entry not present), and for a
mapped frame its struct page: references, map count, anon/dirty/cache/LRU;
a swap entry is decoded into its area and slot."""

    def __init__(self):
        super().__init__("vm-pte", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        args = gdb.string_to_argv(arg)
        if not args:
            raise gdb.GdbError("usage: vm-pte ADDR [PID]")
        addr = int(gdb.parse_and_eval(args[0])) & 0xFFFFFFFF
        if len(args) > 1:
            mm = current.task_of(args[1])["mm"]
            if not int(mm):
                raise gdb.GdbError("pid %s has no mm" % args[1])
            cr3 = int(mm["pgd"]) - PAGE_OFFSET
        else:
            cr3 = current_cr3()
        pdi = addr >> PGDIR_SHIFT
        pti = (addr >> PAGE_SHIFT) & 0x3FF
        pde = read_u32(PAGE_OFFSET + cr3 + 4 * pdi)
        print("address 0x%08x: pgd index %d, pte index %d, offset 0x%03x"
              % (addr, pdi, pti, addr & 0xFFF))
        print("  CR3 0x%08x" % cr3)
        print("  pde %s" % describe(pde))
        if not pde & get("_PAGE_PRESENT", 1):
            print("  no page table: the address is unmapped")
            return
        if pde & get("_PAGE_PSE", 0x80):
            phys = (pde & 0xFFC00000) | (addr & 0x3FFFFF)
            print("  4 MiB page -> physical 0x%08x" % phys)
            return
        pte = read_u32(PAGE_OFFSET + (pde & 0xFFFFF000) + 4 * pti)
        print("  pte %s" % describe(pte, user_pte=True))
        if pte & get("_PAGE_PRESENT", 1):
            print("  -> physical 0x%08x" % ((pte & 0xFFFFF000) | (addr & 0xFFF)))
        if pte & (get("_PAGE_PRESENT", 1) | get("_PAGE_PROTNONE", 0x100)):
            print("  %s" % describe_page(pte >> PAGE_SHIFT))
        elif pte:
            print("  %s" % describe_swap(pte))
        else:
            print("  empty entry: the first access will fault")


VmPte()
