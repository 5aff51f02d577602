"""vm-free and vm-pagecache: physical memory as the allocators see it.

vm-free prints the buddy allocator's free lists (mm/page_alloc.c:
free_area[order], blocks of 2^order frames) and every slab cache on
cache_chain (mm/slab.c) in the columns of /proc/slabinfo. vm-pagecache
prints the page cache of one file (fs.h: address_space, its pages on
page_list), each page's state and which processes map it.
"""
import gdb

import flags
import mm
import tasks


def list_entries(head, typename, member):
    """Each struct typename whose list_head member is on the list at head (a value)."""
    t = gdb.lookup_type(typename)
    offset = [f for f in t.fields() if f.name == member][0].bitpos // 8
    node, first = head["next"], int(head.address)
    while int(node) != first:
        yield gdb.Value(int(node) - offset).cast(t.pointer()).dereference()
        node = node["next"]


class VmFree(gdb.Command):
    """vm-free: the buddy free lists by order, and the slab caches like /proc/slabinfo.

For each order: free blocks of 2^order frames and the frames they hold;
then nr_free_pages. For each cache on cache_chain: objects in use and in
all its slabs, the object size (and the stride), objects per slab, frames
per slab and slabs."""

    def __init__(self):
        super().__init__("vm-free", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        areas = gdb.parse_and_eval("free_area")
        total = 0
        print("order  blocks  frames")
        for order in range(areas.type.range()[1] + 1):
            n = int(areas[order]["nr_free"])
            total += n << order
            print("%5d %7d %7d" % (order, n, n << order))
        print("free frames %d (nr_free_pages %d)" % (total, int(gdb.parse_and_eval("nr_free_pages"))))
        print("%-18s %10s %8s %8s %8s %10s %8s" % ("# name", "active_obj", "num_objs", "objsize",
                                                  "stride", "objperslab", "pages"))
        for c in list_entries(gdb.parse_and_eval("cache_chain"), "struct kmem_cache", "list"):
            objects = int(c["objects"])
            print("%-18s %10d %8d %8d %8d %10d %8d" % (
                c["name"].string(), int(c["nr_active"]), int(c["nr_slabs"]) * objects,
                int(c["object_size"]), int(c["size"]), objects,
                int(c["nr_slabs"]) << int(c["order"])))


def mapping_of(arg):
    """(address_space, name) for an inode, file or address_space expression, or a mapped file's name."""
    try:
        val = gdb.parse_and_eval(arg)
        tag = val.type.strip_typedefs().target().tag
        if tag == "file":
            return val["f_mapping"].dereference(), mm.file_path(val)
        if tag == "inode":
            return val["i_mapping"].dereference(), "inode %d" % int(val["i_ino"])
        if tag == "address_space":
            return val.dereference(), "inode %d" % int(val["host"]["i_ino"])
    except gdb.error:
        pass
    for t in tasks.tasks():
        if not int(t["mm"]):
            continue
        for vma in mm.list_walk(t["mm"].dereference()):
            f = vma["vm_file"]
            if int(f) and f["f_name"].string().split("/")[-1] == arg.split("/")[-1]:
                return f["f_mapping"].dereference(), mm.file_path(f)
    raise gdb.GdbError("%s: no such inode, file or address_space, and no process maps a file by that name" % arg)


def mappers(mapping, page):
    """'pid 1 at 08049000' for every VMA on i_mmap whose page table maps page."""
    pfn = (int(page.address) - int(gdb.parse_and_eval("mem_map"))) // page.type.sizeof
    out = []
    for vma in list_entries(mapping["i_mmap"], "struct vm_area_struct", "shared"):
        start, end = int(vma["vm_start"]), int(vma["vm_end"])
        addr = start + ((int(page["index"]) - int(vma["vm_pgoff"])) << mm.PAGE_SHIFT)
        if not start <= addr < end:
            continue
        table = mm.PageTables(int(vma["vm_mm"]["pgd"])).table(addr >> mm.PGDIR_SHIFT)
        entry = table[(addr >> mm.PAGE_SHIFT) & 0x3FF] if table else 0
        if entry & mm.PRESENT and entry >> mm.PAGE_SHIFT == pfn:
            pids = [int(t["pid"]) for t in tasks.tasks() if int(t["mm"]) == int(vma["vm_mm"])]
            out.append("pid %s at %08x" % (",".join(map(str, pids)) or "?", addr))
    return out


class VmPageCache(gdb.Command):
    """vm-pagecache FILE: the page-cache pages of a file, their state and who maps them.

FILE is a struct inode *, struct file * or struct address_space *
expression, or the name of a file some process maps (`vm-pagecache init`).
Each page: its index in the file, frame, PG_ flags (uptodate, dirty...),
references and map count, and the processes whose page tables map it."""

    def __init__(self):
        super().__init__("vm-pagecache", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        if not arg.strip():
            raise gdb.GdbError("usage: vm-pagecache FILE")
        mapping, name = mapping_of(arg.strip())
        print("%s: %d pages cached, size %d bytes" % (
            name, int(mapping["nrpages"]), int(mapping["host"]["i_size"])))
        base = int(gdb.parse_and_eval("mem_map"))
        for page in list_entries(mapping["page_list"], "struct page", "cache_list"):
            pfn = (int(page.address) - base) // page.type.sizeof
            who = mappers(mapping, page)
            print("  index %4d frame %#010x %-16s _count %d _mapcount %d%s" % (
                int(page["index"]), pfn << mm.PAGE_SHIFT, flags.page_flags(page["flags"]),
                int(page["_count"]), int(page["_mapcount"]),
                ", mapped by " + "; ".join(who) if who else ""))


VmFree()
VmPageCache()
