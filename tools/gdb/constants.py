"""Constants for the GDB helpers, read from the kernel's own headers.

The DWARF of a -g build has no macros, so instead of copying values we
parse `#define NAME value` lines of the headers the kernel is built from.
A header change shows up here without anyone editing this file.
"""
import os
import re

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

_DEFINE = re.compile(r"^#define\s+(\w+)\s+(.+?)\s*(/\*.*)?$")


def _eval(expr, known):
    """Value of a #define body made of numbers, known names and C operators, or None."""
    expr = re.sub(r"\b(0x[0-9a-fA-F]+|\d+)[uUlL]+\b", r"\1", expr)
    expr = re.sub(r"\(\s*\w+_t\s*\)", "", expr)  # casts like (pgprot_t)
    names = re.findall(r"\b[A-Za-z_]\w*", re.sub(r"\b(0x[0-9a-fA-F]+|\d+)\b", "", expr))
    if any(n not in known for n in names):
        return None
    try:
        return int(eval(expr, {"__builtins__": {}}, dict(known)))
    except Exception:
        return None


def read_defines(*headers):
    """Every integer-valued #define of the given headers (paths below the tree root)."""
    known = {}
    for header in headers:
        path = os.path.join(ROOT, header)
        if not os.path.exists(path):
            continue
        with open(path) as f:
            for line in f:
                m = _DEFINE.match(line.strip())
                if m:
                    value = _eval(m.group(2), known)
                    if value is not None:
                        known[m.group(1)] = value
    return known


C = read_defines("arch/x86/include/asm/page.h",
                 "arch/x86/include/asm/pgtable.h",
                 "include/mm/mm_types.h")


def get(name, default=None):
    """The value of macro name, or default if the headers do not define it."""
    return C.get(name, default)
