"""vm-symbols and vm-btpagefault: user programs in GDB.

The kernel's ELF has no user code. vm-symbols loads the symbols of the
program a process runs (mm->exe_file) from the build directory, where the
user programs keep their debug information (the ramdisk's copies are
stripped of it), at the addresses it is linked at, after dropping the user
symbols loaded before. Every test program links main at about the same
address, so symbols of another program would name the wrong code: whenever
GDB stops in a task that runs another program than the loaded one, they are
dropped, with a message.

The program is found by its name in the build's bin, sbin, tests and
bench, and taken only if its stripped ramdisk copy ($vm_user_dir/rootfs/)
has the size of the running file's inode.
"""
import os

import gdb

import constants
import current

loaded = None	# (host path, inode address) of the user symbols GDB holds


def user_dir():
    """The build directory of the ramdisk and the user programs ($vm_user_dir)."""
    value = gdb.convenience_variable("vm_user_dir")
    return value.string() if value is not None else "build"


def exe_of(task):
    """(struct file *, its name) of the program task runs, or (None, None)."""
    mm = task["mm"]
    if not int(mm) or not int(mm["exe_file"]):
        return None, None
    import mm as mmdebug
    file = mm["exe_file"]
    return file, mmdebug.file_path(file)


def host_program(file, name):
    """The build's copy (with debug information) of the running file, or None."""
    size = int(file["f_inode"]["i_size"])
    base = os.path.basename(name)
    dirs = [os.path.dirname(name).strip("/")] if "/" in name else []
    for d in dirs + ["sbin", "bin", "tests", "bench"]:
        stripped = os.path.join(user_dir(), "rootfs", d, base)
        if os.path.isfile(stripped) and os.path.getsize(stripped) == size:
            full = os.path.join(user_dir(), d, base)
            return full if os.path.isfile(full) else None
    return None


def drop(why=None):
    """Remove the user symbols loaded by vm-symbols, saying why if asked."""
    global loaded
    if loaded is None:
        return
    path = loaded[0]
    loaded = None
    try:
        gdb.execute("remove-symbol-file %s" % os.path.abspath(path), to_string=True)
    except gdb.error:
        pass	# already gone (`symbol-file`, `remove-symbol-file` by hand)
    if why:
        print("vm-symbols: dropped the symbols of %s: %s" % (path, why))


class Symbols(gdb.Command):
    """vm-symbols [PID]: load the symbols of the program PID (default: current) runs.

Reads mm->exe_file, finds the same program in the build directory (with
its debug information) and loads it with add-symbol-file at its link
addresses, dropping the user symbols loaded before. `vm-symbols -d` drops
them. They are dropped by themselves when GDB stops in a task running
another program."""

    def __init__(self):
        super().__init__("vm-symbols", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        global loaded
        if arg.strip() == "-d":
            drop()
            return
        task = current.task_of(arg)
        file, name = exe_of(task)
        if file is None:
            raise gdb.GdbError("pid %d runs no program (a kernel thread)" % int(task["pid"]))
        path = host_program(file, name)
        if path is None:
            raise gdb.GdbError("%s (%d bytes) is not a program of %s" % (
                name, int(file["f_inode"]["i_size"]), user_dir()))
        drop()
        gdb.execute("add-symbol-file %s" % os.path.abspath(path), to_string=True)
        loaded = (path, int(file["f_inode"]))
        print("vm-symbols: pid %d runs %s: symbols of %s loaded" % (int(task["pid"]), name, path))


def on_stop(event):
    """Drop the user symbols when the task GDB stopped in runs another program."""
    if loaded is None:
        return
    try:
        file, name = exe_of(gdb.parse_and_eval("current").dereference())
        if file is None or int(file["f_inode"]) != loaded[1]:
            drop("pid %d runs %s" % (int(gdb.parse_and_eval("current->pid")), name or "no program"))
    except gdb.error:
        pass


class BtPageFault(gdb.Command):
    """vm-btpagefault: the user side of the current task's trap: where it faulted, and its stack.

Reads the trap frame at the top of current's kernel stack (task_pt_regs):
the user eip and esp, CR2 and the error code of a page fault, then scans
the user stack for words that point into the program's executable VMAs,
as an oops does without frame pointers: each is a likely return address
(`?`: a scan, not an unwind). Names come from vm-symbols."""

    def __init__(self):
        super().__init__("vm-btpagefault", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        task = gdb.parse_and_eval("current").dereference()
        regs = gdb.parse_and_eval("(struct pt_regs *)((char *)current->stack + %d) - 1" % thread_size())
        if int(regs["cs"]) & 3 != 3:
            raise gdb.GdbError("current's last trap frame is not from user mode")
        print("pid %d (%s): trap %d, error code %#x, cr2 %#x" % (
            int(task["pid"]), task["comm"].string(), int(regs["trapno"]), int(regs["err_code"]),
            int(gdb.parse_and_eval("$cr2")) & 0xFFFFFFFF))
        print("  eip %s" % name_of(int(regs["eip"])))
        esp = int(regs["esp"])
        print("  esp %#x" % esp)
        texts = exec_ranges(task)
        inf = gdb.selected_inferior()
        for i in range(int(arg) if arg.strip() else 256):
            try:
                word = int.from_bytes(bytes(inf.read_memory(esp + 4 * i, 4)), "little")
            except gdb.MemoryError:
                break
            if any(s <= word < e for s, e in texts):
                print("  ? %s (at esp+%#x)" % (name_of(word), 4 * i))


def thread_size():
    """THREAD_SIZE of include/kernel/sched.h: the kernel stack, trap frame at its top."""
    return constants.read_defines("include/kernel/sched.h").get("THREAD_SIZE", 8192)


def exec_ranges(task):
    """[start, end) of each executable VMA of task."""
    import mm
    ranges = []
    for vma in mm.list_walk(task["mm"].dereference()):
        if int(vma["vm_flags"]) & mm.get("VM_EXEC", 4):
            ranges.append((int(vma["vm_start"]), int(vma["vm_end"])))
    return ranges


def name_of(addr):
    """'0x8049182 <main+18>' from the loaded symbols, or the bare address."""
    out = gdb.execute("info symbol %#x" % addr, to_string=True).strip()
    if out.startswith("No symbol"):
        return "%#x" % addr
    sym = out.split(" in section")[0].replace(" + ", "+")
    return "%#x <%s>" % (addr, sym)


Symbols()
BtPageFault()
gdb.events.stop.connect(on_stop)
