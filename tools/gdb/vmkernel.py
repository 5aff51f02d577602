"""GDB helpers for the kernel: `source tools/gdb/vmkernel.py`.

Commands (each one's docstring is its help text):
  vm-kallsyms ADDR   name+offset of a kernel address, from the kernel's own table
  vm-maps [MM]       the VMAs of the current task (tools/gdb/mm.py)
  vm-pte ADDR        walk the page directory in CR3 for ADDR (tools/gdb/pgtable.py)
  vm-ps              every task: tid, tgid, parent, state, mm, signals (tools/gdb/tasks.py)
More helpers are small modules next to this file, loaded at the end.
"""
import os
import sys

import gdb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


class VmKernel(gdb.Command):
    """Helpers for the vmkernel teaching kernel. See `help vm-...`."""

    def __init__(self):
        super().__init__("vmkernel", gdb.COMMAND_USER, prefix=True)


class Kallsyms(gdb.Command):
    """vm-kallsyms ADDR: the function containing ADDR and the offset into it."""

    def __init__(self):
        super().__init__("vm-kallsyms", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        addr = int(gdb.parse_and_eval(arg)) & 0xFFFFFFFF
        block = gdb.block_for_pc(addr)
        while block is not None and block.function is None:
            block = block.superblock
        if block is None:
            print("0x%08x: not in the kernel's text" % addr)
            return
        print("0x%08x: %s+0x%x" % (addr, block.function.name, addr - block.start))


VmKernel()
Kallsyms()

# One module per subsystem; each registers its commands when imported.
import mm  # noqa: E402,F401
import pgtable  # noqa: E402,F401
import tasks  # noqa: E402,F401
