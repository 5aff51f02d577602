#!/usr/bin/env python3
"""Writes a Linux initramfs: a cpio archive in the "newc" format.

    python3 tools/bench/mkcpio.py OUT DIR

Every file and directory under DIR goes into OUT with its mode and size,
owned by root, plus the device node /dev/console (character 5:1), which
the kernel opens as the first process's stdin, stdout and stderr; without
it, init runs with no console. Written here rather than with cpio(1) so no
package and no root privilege is needed to make a device node.

The format (Linux: Documentation/driver-api/early-userspace/buffer-format.rst):
each entry is the magic "070701", thirteen 8-digit hex fields, the name
with its NUL, padding to 4 bytes, the data, padding to 4 bytes; the
archive ends with an entry named "TRAILER!!!".
"""
import os
import stat
import sys

S_IFCHR = 0o020000


def entry(out, ino, name, mode, data=b"", rdev=(0, 0), nlink=1):
    """Append one newc entry for NAME (no leading slash) to the bytearray OUT."""
    name_bytes = name.encode() + b"\0"
    fields = [ino, mode, 0, 0, nlink, 0, len(data), 0, 0, rdev[0], rdev[1],
              len(name_bytes), 0]
    out += b"070701" + b"".join(b"%08x" % f for f in fields)
    out += name_bytes
    out += b"\0" * (-len(out) % 4)
    out += data
    out += b"\0" * (-len(out) % 4)


def main():
    out_path, root = sys.argv[1], sys.argv[2]
    out = bytearray()
    ino = 1
    names = []
    for top, dirs, files in os.walk(root):
        dirs.sort()
        for n in sorted(dirs) + sorted(files):
            names.append(os.path.relpath(os.path.join(top, n), root))
    if "dev" not in names:
        names.insert(0, "dev")
    for name in names:
        path = os.path.join(root, name)
        if not os.path.lexists(path):  # the /dev we add ourselves
            entry(out, ino, name, stat.S_IFDIR | 0o755, nlink=2)
        else:
            st = os.lstat(path)
            perm = stat.S_IMODE(st.st_mode)
            if stat.S_ISDIR(st.st_mode):
                entry(out, ino, name, stat.S_IFDIR | perm, nlink=2)
            elif stat.S_ISLNK(st.st_mode):
                entry(out, ino, name, stat.S_IFLNK | 0o777, os.readlink(path).encode())
            else:
                with open(path, "rb") as f:
                    entry(out, ino, name, stat.S_IFREG | perm, f.read())
        ino += 1
    entry(out, ino, "dev/console", S_IFCHR | 0o600, rdev=(5, 1))
    entry(out, 0, "TRAILER!!!", 0)
    with open(out_path, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
