#!/usr/bin/env python3
"""Every non-static function in the kernel's .c files has a comment right
above its definition (its contract), so that `list fn` in GDB shows it.
Prints each function without one; exits 1 if there is any."""
import glob
import re
import sys

DIRS = ['kernel', 'mm', 'fs', 'drivers', 'lib', 'arch/x86', 'arch/x86/mm']
# A definition starts at column 0 with a type and a name followed by "(",
# and does not end in ";" (a declaration) or contain "=" before the "(".
DEF = re.compile(r'^[A-Za-z_][\w \*]*\b\w+\(')
SKIP = ('static', 'typedef', 'struct {', 'union', 'enum', 'SYSCALL_DEFINE', 'selftest(',
        'core_initcall', 'fs_initcall', 'device_initcall', 'late_initcall', '__setup')


def has_contract(lines, i):
    """Is there a comment ending just above line i (or above its return type)?"""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j >= 0 and lines[j].rstrip().endswith('*/'):
        return True
    # "unsigned long\nget_unmapped_area(...)": the type may sit on its own line
    if j >= 0 and re.match(r'^[A-Za-z_][\w \*]*$', lines[j]) and not lines[j].startswith('static'):
        return has_contract(lines, j)
    return False


missing = []
for d in DIRS:
    for f in sorted(glob.glob(d + '/*.c')):
        lines = open(f).read().split('\n')
        for i, line in enumerate(lines):
            if not DEF.match(line) or line.startswith(SKIP):
                continue
            if '=' in line.split('(')[0]:
                continue
            k = i	# a declaration ends its (maybe wrapped) parameter list with ";"
            while k < len(lines) - 1 and not lines[k].rstrip().endswith((')', ';', '{')):
                k += 1
            if lines[k].rstrip().endswith(';'):
                continue
            if not has_contract(lines, i):
                missing.append('%s:%d: %s' % (f, i + 1, line.strip()))
if missing:
    print('non-static functions without a contract comment at the definition:')
    print('\n'.join(missing))
sys.exit(1 if missing else 0)
