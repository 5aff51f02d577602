"""GDB helpers for the kernel: `source tools/gdb/vmkernel.py` (make debug does).

One module per subsystem, next to this file; each registers its commands
when imported, and each command's docstring is its help. `help vmkernel`
lists them all, with the first line of each one's help.
"""
import os
import sys

import gdb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

MODULES = ["flags", "tasks", "current", "mm", "pgtable", "pagecache", "printk", "symbols"]


def read_word(addr):
    """The 32-bit word at kernel address addr."""
    return int.from_bytes(bytes(gdb.selected_inferior().read_memory(addr, 4)), "little")


class Kallsyms(gdb.Command):
    """vm-kallsyms ADDR: name+offset of a kernel text address, as an oops names it.

Reads the kernel's own symbol table (ksyms_addr, ksyms_name, ksyms_str:
written by tools/ksyms.sh at link time, searched by kernel/kallsyms.c), so
the answer is the one a backtrace prints; `info symbol ADDR` agrees."""

    def __init__(self):
        super().__init__("vm-kallsyms", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        addr = int(gdb.parse_and_eval(arg)) & 0xFFFFFFFF
        name, off = lookup(addr)
        if name is None:
            print("0x%08x: not in the kernel's text (_text-_etext)" % addr)
        else:
            print("0x%08x: %s+0x%x" % (addr, name, off))


def lookup(addr):
    """(name, offset) of the kernel function containing addr, or (None, None)."""
    text = int(gdb.parse_and_eval("(unsigned long)_text"))
    etext = int(gdb.parse_and_eval("(unsigned long)_etext"))
    num = int(gdb.parse_and_eval("ksyms_num"))
    table = int(gdb.parse_and_eval("(unsigned long)&ksyms_addr"))
    if not text <= addr < etext or not num:
        return None, None
    lo, hi = 0, num	# the last symbol at or below addr, as kallsyms_lookup
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if read_word(table + 4 * mid) <= addr:
            lo = mid
        else:
            hi = mid
    start = read_word(table + 4 * lo)
    if start > addr:
        return None, None
    names = int(gdb.parse_and_eval("(unsigned long)&ksyms_name"))
    strings = int(gdb.parse_and_eval("(unsigned long)&ksyms_str"))
    name = gdb.parse_and_eval("(char *)%d" % (strings + read_word(names + 4 * lo))).string()
    return name, addr - start


Kallsyms()
for module in MODULES:
    __import__(module)


def command_summaries():
    """'  vm-maps [PID]: ...' for every vm-* command GDB knows now."""
    out = gdb.execute("help user-defined", to_string=True)
    lines = [l for l in out.splitlines() if l.startswith("vm-")]
    return "\n".join("  " + l for l in sorted(lines))


class VmKernel(gdb.Command):
    """Helpers for the vmkernel teaching kernel (tools/gdb/)."""

    def __init__(self):
        super().__init__("vmkernel", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        gdb.execute("help vmkernel")


# The help of `vmkernel` is the list of every helper, made when they are loaded.
VmKernel.__doc__ = ("Helpers for the vmkernel teaching kernel (tools/gdb/), and the\n"
                    "convenience functions $vm_current() and $vm_task(PID).\n"
                    "`help vm-NAME` tells more about one.\n\n" + command_summaries())
VmKernel()
