#!/usr/bin/env python3
"""Run a GDB walkthrough of docs/ and check (or rewrite) the output it shows.

    python3 tools/gdb/walkthrough.py check|update DOC.md KDIR UDIR QEMU QEMU_FLAGS

A walkthrough is a page with a `make debug` line (optionally
`make debug CMDLINE="..."`) in a code block, and code blocks of GDB
sessions: lines `(gdb) COMMAND`, each followed by the output that command
prints. All of a page's commands form one session from a fresh `make
debug` (tools/debug.sh batch: the same kernel, ramdisk, QEMU flags and
gdbinit), typed in order; each runs as if typed (from_tty), so `continue`
says "Continuing." as it does on a terminal.

check compares every command's output with the page, line for line, and
prints a diff of what differs (exit status 1). update writes what the run
printed into the page, leaving the prose and the commands alone. Line
numbers, addresses and values on the page are then the ones this tree
produces: a change to the code that moves them makes check fail until the
page is updated (and its prose read again).
"""
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile

SETUP = re.compile(r'^make debug(?: CMDLINE="([^"]*)")?\s*$')
PROMPT = "(gdb) "
MARK = "\x01vm-walkthrough-command "


def parse(lines):
    """(cmdline, blocks): the page's `make debug` words, and its GDB blocks.

    A block is (first line index, last line index + 1, [(command, [output lines])]).
    """
    cmdline, blocks, i = None, [], 0
    while i < len(lines):
        if not lines[i].startswith("```"):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        body = lines[i + 1:j]
        for line in body:
            m = SETUP.match(line)
            if m and cmdline is None:
                cmdline = m.group(1) or ""
        if body and body[0].startswith(PROMPT):
            steps = []
            for line in body:
                if line.startswith(PROMPT):
                    steps.append((line[len(PROMPT):], []))
                else:
                    steps[-1][1].append(line)
            blocks.append((i + 1, j, steps))
        i = j + 1
    return cmdline, blocks


DRIVER = r'''
import json
import gdb
for n, cmd in enumerate(json.load(open(%r))):
    print(%r + str(n))
    try:
        gdb.execute(cmd, True)
    except gdb.error as e:
        print(e)
print(%r + "end")
'''


def run(commands, cmdline, kdir, udir, qemu, flags):
    """The output of each command, as lists of lines, from one batch session."""
    with tempfile.TemporaryDirectory() as tmp:
        cmds = os.path.join(tmp, "commands.json")
        with open(cmds, "w") as f:
            json.dump(commands, f)
        driver = os.path.join(tmp, "driver.py")
        with open(driver, "w") as f:
            f.write(DRIVER % (cmds, MARK, MARK))
        script = os.path.join(tmp, "session.gdb")
        with open(script, "w") as f:
            f.write("source %s\n" % driver)
        serial = os.path.join(kdir, "logs", "walkthrough-serial.log")
        # norandmaps: the layout is randomized at every exec otherwise, and
        # a page's addresses would differ from one session to the next.
        out = subprocess.run(["sh", "tools/debug.sh", "batch", kdir, udir, qemu, flags,
                              (cmdline + " norandmaps").strip(), serial, script],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout
    text = out.decode("utf-8", "replace")
    outputs, current = [], None
    for line in text.splitlines():
        if line.startswith(MARK):
            current = [] if line[len(MARK):] != "end" else None
            if current is not None:
                outputs.append(current)
        elif current is not None:
            current.append(line.rstrip())
    return outputs, text


def main():
    mode, doc, kdir, udir, qemu, flags = sys.argv[1:7]
    with open(doc) as f:
        lines = f.read().split("\n")
    cmdline, blocks = parse(lines)
    if not blocks:
        return 0
    if cmdline is None:
        print("%s: GDB sessions but no `make debug` line to start them" % doc)
        return 1
    commands = [cmd for _, _, steps in blocks for cmd, _ in steps]
    outputs, raw = run(commands, cmdline, kdir, udir, qemu, flags)
    if len(outputs) < len(commands):
        print("%s: the session stopped after %d of %d commands; its output:" % (
            doc, len(outputs), len(commands)))
        print(raw[-3000:])
        return 1
    n, problems, new = 0, 0, []
    last = 0
    for first, end, steps in blocks:
        new.extend(lines[last:first])
        for cmd, shown in steps:
            got = outputs[n]
            n += 1
            new.append(PROMPT + cmd)
            new.extend(got)
            if [s.rstrip() for s in shown] != got:
                problems += 1
                if mode == "check":
                    print("%s: `%s` (line %d) prints other output than the page shows:" % (
                        doc, cmd, first + 1))
                    for d in difflib.unified_diff(shown, got, "page", "run", lineterm="", n=1):
                        print("    " + d)
        last = end
    new.extend(lines[last:])
    if mode == "update":
        with open(doc, "w") as f:
            f.write("\n".join(new))
        print("%s: %d commands, %d outputs rewritten" % (doc, len(commands), problems))
        return 0
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
