"""vm-dmesg: the kernel log buffer, read from GDB.

kernel/printk.c keeps every message in log_buf, a ring of LOG_BUF_LEN
bytes; log_end counts the bytes ever written, logged_chars how many of the
newest are still there. Each line carries its "<level>", as syslog(2)
returns it. The ring is there after a hang or a triple fault too, when the
console is gone.
"""
import gdb


def log_text():
    """The bytes still in the log ring, oldest first, as text."""
    buf = gdb.parse_and_eval("log_buf")
    size = buf.type.sizeof
    end = int(gdb.parse_and_eval("log_end"))
    count = int(gdb.parse_and_eval("logged_chars"))
    raw = bytes(gdb.selected_inferior().read_memory(buf.address, size))
    first = (end - count) % size
    data = (raw + raw)[first:first + count]	# the ring, unrolled once
    return data.decode("latin-1")


class Dmesg(gdb.Command):
    """vm-dmesg [N] [-l]: the kernel log (the last N lines); -l keeps each line's <level>."""

    def __init__(self):
        super().__init__("vm-dmesg", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        words = arg.split()
        levels = "-l" in words
        words = [w for w in words if w != "-l"]
        lines = log_text().splitlines()
        if words:
            lines = lines[-int(words[0]):]
        for line in lines:
            if not levels and len(line) >= 3 and line[0] == "<" and line[2] == ">":
                line = line[3:]
            print(line)


Dmesg()
