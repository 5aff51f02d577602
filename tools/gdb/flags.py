"""Decoders for the kernel's flag words, and pretty printers that use them.

vm_flags bits come from the VM_* macros of include/mm/mm_types.h, page-table
entry bits from the _PAGE_* macros of asm/pgtable.h (both read from the
headers by constants.py), struct page flags from `enum pageflags` in the
kernel's debug information. So `p *vma` shows
`vm_flags = "0x875 VM_READ|VM_EXEC|VM_MAYREAD|..."`, `p pte` shows the bits
of a pte_t, `p *page` names its PG_* flags.
"""
import gdb

import constants

# Single-bit VM_* macros, lowest bit first (VM_SPECIAL and friends are masks).
VM_FLAGS = sorted(((v, n) for n, v in constants.read_defines("include/mm/mm_types.h").items()
                   if n.startswith("VM_") and v and v & (v - 1) == 0), key=lambda x: x[0])

# Page-table entry bits, in the order vm-pte prints them.
PTE_FLAGS = [("_PAGE_PRESENT", "P"), ("_PAGE_RW", "RW"), ("_PAGE_USER", "U"),
             ("_PAGE_PWT", "PWT"), ("_PAGE_PCD", "PCD"), ("_PAGE_ACCESSED", "A"),
             ("_PAGE_DIRTY", "D"), ("_PAGE_PSE", "PS"), ("_PAGE_GLOBAL", "G")]


def vm_flags(value):
    """'VM_READ|VM_MAYREAD' for a vm_flags word (unknown bits as hex)."""
    value = int(value)
    names, known = [], 0
    for bit, name in VM_FLAGS:
        if value & bit and not known & bit:
            names.append(name)
            known |= bit
    if value & ~known:
        names.append("%#x" % (value & ~known))
    return "|".join(names) or "0"


def pte_flags(entry, user_pte=False):
    """'P RW U A D' for a page-table or directory entry."""
    entry = int(entry)
    flags = [short for name, short in PTE_FLAGS
             if constants.get(name) and entry & constants.get(name)]
    if user_pte and not entry & constants.get("_PAGE_PRESENT", 1) \
            and entry & constants.get("_PAGE_PROTNONE", 0x100):
        flags = [f for f in flags if f != "G"] + ["PROTNONE"]
    return " ".join(flags) or "-"


def page_flags(value):
    """'uptodate,anon' for struct page.flags, from enum pageflags."""
    value = int(value)
    names = []
    try:
        for field in gdb.lookup_type("enum pageflags").fields():
            if value & (1 << field.enumval):
                names.append(field.name[3:].lower())
    except gdb.error:
        return "%#x" % value
    return ",".join(names) or "0"


class VmaPrinter:
    """struct vm_area_struct with vm_flags decoded."""

    def __init__(self, val):
        self.val = val

    def to_string(self):
        return "vm_area_struct %#x-%#x" % (int(self.val["vm_start"]), int(self.val["vm_end"]))

    def children(self):
        for field in self.val.type.strip_typedefs().fields():
            if field.name == "vm_flags":
                value = int(self.val["vm_flags"])
                yield "vm_flags", flag_word(value, vm_flags(value))
            else:
                yield field.name, self.val[field.name]


class PagePrinter:
    """struct page with its PG_* flags named."""

    def __init__(self, val):
        self.val = val

    def to_string(self):
        return None

    def children(self):
        for field in self.val.type.strip_typedefs().fields():
            if field.name == "flags":
                value = int(self.val["flags"])
                yield "flags", flag_word(value, page_flags(value))
            elif field.name:
                yield field.name, self.val[field.name]
            else:	# an anonymous union: its members, as GDB shows them
                yield "<union>", self.val[field]


class PtePrinter:
    """pte_t, pgd_t: the entry, its frame and its bits."""

    def __init__(self, val):
        self.val = val

    def to_string(self):
        entry = int(self.val[self.val.type.strip_typedefs().fields()[0].name])
        return "%#010x frame %#010x %s" % (entry, entry & 0xFFFFF000, pte_flags(entry, True))


def flag_word(value, names):
    """A flag word as its value and its names: '0x875 VM_READ|...' (GDB quotes it)."""
    return "%#x %s" % (value, names)


def _lookup(val):
    t = val.type.strip_typedefs()
    if t.code != gdb.TYPE_CODE_STRUCT:
        return None
    name = t.tag or ""
    if name == "vm_area_struct":
        return VmaPrinter(val)
    if name == "page":
        return PagePrinter(val)
    if val.type.name in ("pte_t", "pgd_t"):
        return PtePrinter(val)
    return None


gdb.pretty_printers.append(_lookup)
