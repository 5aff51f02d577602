"""vm-ps: every task, as the scheduler sees it.

Walks task_list (include/kernel/sched.h: for_each_process) and prints, for
each task: pid, parent pid, state, whether it is current or on the run
queue, its kernel stack pointer (saved by switch_to), its mm, the pending
and blocked signal masks, and its name. The idle task (pid 0) is not on
the list; `print *current` shows whoever runs now.
"""
import gdb

import constants

# The letter ps shows for each TASK_* state; the values are the kernel's.
LETTERS = {"TASK_RUNNING": "R", "TASK_INTERRUPTIBLE": "S", "TASK_UNINTERRUPTIBLE": "D",
           "TASK_ZOMBIE": "Z", "TASK_DEAD": "X", "TASK_STOPPED": "T"}
STATES = {v: LETTERS[n] for n, v in constants.read_defines("include/kernel/sched.h").items()
          if n in LETTERS}


def tasks():
    """The task_structs on task_list, in creation order."""
    head = gdb.parse_and_eval("&task_list")
    task_type = gdb.lookup_type("struct task_struct")
    offset = None
    for field in task_type.fields():
        if field.name == "tasks":
            offset = field.bitpos // 8
    node = head["next"]
    while int(node) != int(head):
        addr = int(node) - offset
        yield gdb.Value(addr).cast(task_type.pointer()).dereference()
        node = node["next"]


class Ps(gdb.Command):
    """vm-ps: pid, ppid, state (R S D Z X), kernel esp, mm, signals and name of every task."""

    def __init__(self):
        super().__init__("vm-ps", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        current = int(gdb.parse_and_eval("current"))
        print("%5s %5s %2s %-10s %-10s %-18s %-18s %s" %
              ("PID", "PPID", "ST", "KESP", "MM", "PENDING", "BLOCKED", "COMM"))
        for t in tasks():
            parent = t["parent"]
            ppid = int(parent["pid"]) if int(parent) else 0
            state = STATES.get(int(t["state"]), "?")
            if int(t.address) == current:
                state += "*"
            print("%5d %5d %2s 0x%08x 0x%08x 0x%016x 0x%016x %s" %
                  (int(t["pid"]), ppid, state, int(t["thread"]["esp"]), int(t["mm"]),
                   int(t["pending"]), int(t["blocked"]), t["comm"].string()))


Ps()
