"""vm-maps and vm-check: a process's VMAs, from its red-black tree.

vm-maps walks mm->mm_rb in order (the tree mm/mmap.c searches, with each
node's depth) and prints each region as /proc/PID/maps does (fs/procfs.c:
show_map_vma, without the padding; paths from the ramdisk image), then how
much of it is resident (entries present in that mm's page tables), its
depth in the tree, rb_subtree_gap and its vm_flags by name. vm-check runs validate_mm's checks (mm/mmap.c: __validate_mm) from
GDB, without calling into the kernel, and prints each broken invariant.
"""
import gdb

import constants
import current
import flags

get = constants.get
PAGE_SHIFT = get("PAGE_SHIFT", 12)
PAGE_SIZE = 1 << PAGE_SHIFT
PAGE_OFFSET = get("PAGE_OFFSET", 0xC0000000)
PGDIR_SHIFT = get("PGDIR_SHIFT", 22)
PRESENT = get("_PAGE_PRESENT", 1) | get("_PAGE_PROTNONE", 0x100)
TASK_SIZE = get("TASK_SIZE", PAGE_OFFSET)


class PageTables:
    """Reads the page tables of one page directory, each table at most once."""

    def __init__(self, pgd_vaddr):
        self.pgd = pgd_vaddr
        self.tables = {}

    def table(self, index):
        """The 1024 entries of page table index, or None if the directory has none."""
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
        for addr in range(start, end, PAGE_SIZE):
            table = self.table(addr >> PGDIR_SHIFT)
            if table and table[(addr >> PAGE_SHIFT) & 0x3FF] & PRESENT:
                count += 1
        return count


def perms(vm_flags):
    """'rw-p' as /proc/PID/maps writes it."""
    bits = ""
    for name, ch in (("VM_READ", "r"), ("VM_WRITE", "w"), ("VM_EXEC", "x")):
        bits += ch if vm_flags & get(name, 0) else "-"
    return bits + ("s" if vm_flags & get("VM_MAYSHARE", 0x80) else "p")


def file_name(file):
    """The name a file was opened by (struct file.f_name)."""
    try:
        return file["f_name"].string()
    except (gdb.error, gdb.MemoryError):
        return "file %s" % file


_paths = {}	# inode number -> path in the ramdisk image


def file_path(file):
    """The file's path, as /proc/PID/maps prints it, or the name it was opened by.

The kernel finds the path by walking ".." up the directories, which GDB
cannot do; for a file of the root filesystem (root_sb) the ramdisk image
the guest booted says it: `debugfs -R "ncheck INODE"`, taken only if it
ends with the name the file was opened by."""
    import os
    import subprocess
    import symbols
    name = file_name(file)
    try:
        inode = file["f_inode"]
        if int(inode["i_sb"]) != int(gdb.parse_and_eval("root_sb")):
            return name
        ino = int(inode["i_ino"])
    except gdb.error:
        return name
    if ino not in _paths:
        image = os.path.join(symbols.user_dir(), "initrd.img")
        try:
            out = subprocess.run(["debugfs", "-R", "ncheck %d" % ino, image], capture_output=True,
                                 text=True, timeout=10).stdout.splitlines()
            found = [l.split("\t", 1)[1] for l in out[1:] if "\t" in l]
        except (OSError, subprocess.SubprocessError):
            found = []
        _paths[ino] = found[0] if found else None
    path = _paths[ino]
    if path and os.path.basename(path) == os.path.basename(name):
        return path
    return name


def what(vma, mm):
    """The last column of /proc/PID/maps: the file, [heap], [stack] or nothing."""
    start, end = int(vma["vm_start"]), int(vma["vm_end"])
    if int(vma["vm_file"]):
        return file_path(vma["vm_file"])
    if int(mm["start_brk"]) and start <= int(mm["brk"]) and end >= int(mm["start_brk"]):
        return "[heap]"
    if start <= int(mm["start_stack"]) <= end:
        return "[stack]"
    return ""


def vma_type():
    return gdb.lookup_type("struct vm_area_struct")


def rb_vma(node):
    """The vm_area_struct whose vm_rb is the rb_node * node."""
    offset = [f for f in vma_type().fields() if f.name == "vm_rb"][0].bitpos // 8
    return gdb.Value(int(node) - offset).cast(vma_type().pointer()).dereference()


def rb_walk(mm):
    """(vma, depth) for every node of mm->mm_rb, in order; the root has depth 0."""
    stack, node, depth = [], mm["mm_rb"]["rb_node"], 0
    while stack or int(node):
        while int(node):
            stack.append((node, depth))
            node, depth = node["rb_left"], depth + 1
        node, depth = stack.pop()
        yield rb_vma(node), depth
        node, depth = node["rb_right"], depth + 1


def list_walk(mm):
    """The VMAs of mm's sorted list, lowest first."""
    vma = mm["mmap"]
    while int(vma):
        yield vma.dereference()
        vma = vma["vm_next"]


def map_line(vma, mm):
    """One line of /proc/PID/maps for vma (without the padding to column 73)."""
    vm_flags = int(vma["vm_flags"])
    pgoff, dev, ino = 0, 0, 0
    if int(vma["vm_file"]):
        inode = vma["vm_file"]["f_inode"]
        dev, ino = int(inode["i_sb"]["s_dev"]), int(inode["i_ino"])
        pgoff = int(vma["vm_pgoff"]) << PAGE_SHIFT	# anonymous: shown as 0, as Linux
    return "%08x-%08x %s %08x %02x:%02x %-6d %s" % (
        int(vma["vm_start"]), int(vma["vm_end"]), perms(vm_flags), pgoff,
        (dev >> 8) & 0xFF, dev & 0xFF, ino, what(vma, mm))


def mm_of(arg):
    """(task, mm_struct) for a PID argument, or for current; mm is None for a kernel thread."""
    task = current.task_of(arg)
    mm = task["mm"]
    return task, (mm.dereference() if int(mm) else None)


class VmMaps(gdb.Command):
    """vm-maps [PID]: the VMAs of process PID (default: current), from its rbtree.

Each line is the task's /proc/PID/maps line (start-end, perms, file offset,
device, inode, file or [heap]/[stack]); below it, indented: resident size
(pages with a page-table entry), the node's depth in mm->mm_rb,
rb_subtree_gap, and vm_flags by name. The last line counts the tree's
nodes and its height against map_count."""

    def __init__(self):
        super().__init__("vm-maps", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        task, mm = mm_of(arg)
        if mm is None:
            print("pid %d (%s) has no mm: a kernel thread" % (int(task["pid"]), task["comm"].string()))
            return
        tables = PageTables(int(mm["pgd"]))
        count, height = 0, 0
        for vma, depth in rb_walk(mm):
            start, end = int(vma["vm_start"]), int(vma["vm_end"])
            print(map_line(vma, mm))
            print("    rss %dK of %dK, depth %d, gap %#x, %s" % (
                tables.resident(start, end) << (PAGE_SHIFT - 10), (end - start) >> 10,
                depth, int(vma["rb_subtree_gap"]), flags.vm_flags(vma["vm_flags"])))
            count += 1
            height = max(height, depth + 1)
        print("pid %d (%s): %d VMAs in the tree, height %d, map_count %d" % (
            int(task["pid"]), task["comm"].string(), count, height, int(mm["map_count"])))


def subtree_gap(vma):
    """What rb_subtree_gap must be (mm/mmap.c: vma_compute_subtree_gap)."""
    prev = vma["vm_prev"]
    gap = int(vma["vm_start"]) - (int(prev["vm_end"]) if int(prev) else 0)
    for side in ("rb_left", "rb_right"):
        child = vma["vm_rb"][side]
        if int(child):
            gap = max(gap, int(rb_vma(child)["rb_subtree_gap"]))
    return gap


def black_height(node, problems):
    """Black nodes on every path below node (RB_BLACK = 1), or -1 if paths differ."""
    if not int(node):
        return 1
    red = int(node["__rb_parent_color"]) & 1 == 0
    for side in ("rb_left", "rb_right"):
        child = node[side]
        if red and int(child) and int(child["__rb_parent_color"]) & 1 == 0:
            problems.append("red node %s has a red child" % node)
    left, right = black_height(node["rb_left"], problems), black_height(node["rb_right"], problems)
    if left < 0 or right < 0 or left != right:
        if left >= 0 and right >= 0:
            problems.append("node %s: black heights %d and %d differ" % (node, left, right))
        return -1
    return left + (0 if red else 1)


def check_mm(mm):
    """Every broken invariant of mm, as a list of sentences (empty: sound)."""
    problems = []
    mm_addr = int(mm.address)
    tree = [int(v.address) for v, _ in rb_walk(mm)]
    prev, count, pages, i = None, 0, 0, 0
    for vma in list_walk(mm):
        start, end = int(vma["vm_start"]), int(vma["vm_end"])
        where = "vma %#x at %08x" % (int(vma.address), start)
        if int(vma["vm_mm"]) != mm_addr:
            problems.append("%s: vm_mm %#x != %#x" % (where, int(vma["vm_mm"]), mm_addr))
        if int(vma["vm_prev"]) != (int(prev.address) if prev is not None else 0):
            problems.append("%s: vm_prev %#x is not the previous VMA" % (where, int(vma["vm_prev"])))
        if not start < end <= TASK_SIZE:
            problems.append("%s: bad range %08x-%08x" % (where, start, end))
        if (start | end) & (PAGE_SIZE - 1):
            problems.append("%s: unaligned %08x-%08x" % (where, start, end))
        if prev is not None and int(prev["vm_end"]) > start:
            problems.append("%s overlaps the previous VMA ending %08x" % (where, int(prev["vm_end"])))
        if i >= len(tree) or tree[i] != int(vma.address):
            problems.append("%s: the tree has %s here" % (where, "%#x" % tree[i] if i < len(tree) else "nothing"))
        if int(vma["rb_subtree_gap"]) != subtree_gap(vma):
            problems.append("%s: rb_subtree_gap %#x, should be %#x" % (
                where, int(vma["rb_subtree_gap"]), subtree_gap(vma)))
        if len(problems) > 8 or count > 100000:
            return problems	# the walk itself may no longer be safe
        prev, count, pages, i = vma, count + 1, pages + ((end - start) >> PAGE_SHIFT), i + 1
    if len(tree) > count:
        problems.append("the tree holds %d VMAs, the list %d" % (len(tree), count))
    if count != int(mm["map_count"]):
        problems.append("map_count %d, the list has %d" % (int(mm["map_count"]), count))
    last_end = int(prev["vm_end"]) if prev is not None else 0
    if int(mm["highest_vm_end"]) != last_end:
        problems.append("highest_vm_end %08x, the last VMA ends %08x" % (int(mm["highest_vm_end"]), last_end))
    if pages != int(mm["total_vm"]):
        problems.append("total_vm %d, the VMAs cover %d pages" % (int(mm["total_vm"]), pages))
    black_height(mm["mm_rb"]["rb_node"], problems)
    problems += check_page_tables(mm)
    return problems


def check_page_tables(mm):
    """Present user entries that lie outside every VMA."""
    problems = []
    vmas = [(int(v["vm_start"]), int(v["vm_end"])) for v in list_walk(mm)]
    tables = PageTables(int(mm["pgd"]))
    for i in range(TASK_SIZE >> PGDIR_SHIFT):
        table = tables.table(i)
        for j, entry in enumerate(table or []):
            addr = (i << PGDIR_SHIFT) | (j << PAGE_SHIFT)
            if entry and not any(s <= addr < e for s, e in vmas):
                problems.append("pte %08x maps %08x outside every VMA" % (entry, addr))
    return problems[:4]


class VmCheck(gdb.Command):
    """vm-check [PID]: validate_mm's checks on PID's mm (default: current), from GDB.

The list sorted, aligned and non-overlapping with right vm_prev links, the
tree holding the same VMAs in the same order with the red-black rules kept,
every rb_subtree_gap right, map_count, highest_vm_end and total_vm right,
no present page-table entry outside a VMA. Prints each broken invariant,
or that the mm is sound."""

    def __init__(self):
        super().__init__("vm-check", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        task, mm = mm_of(arg)
        if mm is None:
            print("pid %d has no mm" % int(task["pid"]))
            return
        problems = check_mm(mm)
        for p in problems:
            print("vm-check: " + p)
        print("vm-check: pid %d: %s" % (int(task["pid"]), "%d problems" % len(problems) if problems
                                        else "mm sound, %d VMAs" % int(mm["map_count"])))


VmMaps()
VmCheck()
