"""vm-ps: every task, as the scheduler sees it, threads under their process.

Walks task_list (include/kernel/sched.h: for_each_process) and prints, for
each task: its tid (pid), its thread group (tgid, what getpid returns),
parent pid, state, whether it is current, its kernel stack pointer (saved
by switch_to), its mm (the threads of a process share one; mm_users says
how many tasks use it), the pending and blocked signal masks, and its
name. A process's other threads follow its leader, marked with a "`-".
The idle task (pid 0) is not on the list; `print *current` shows whoever
runs now.
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


def grouped(all_tasks):
    """The tasks with each process's threads right after its leader."""
    leaders, threads = [], {}
    for t in all_tasks:
        if int(t["group_leader"]) == int(t.address):
            leaders.append(t)
        else:
            threads.setdefault(int(t["tgid"]), []).append(t)
    for t in leaders:
        yield t, False
        for th in threads.pop(int(t["tgid"]), []):
            yield th, True
    for rest in threads.values():     # a group whose leader is gone (de_thread)
        for th in rest:
            yield th, True


class Ps(gdb.Command):
    """vm-ps: tid, tgid, ppid, state (R S D Z X T), kernel esp, mm and its users, signals, name.

Threads of one process share its tgid and mm and are listed under their
leader, marked "`-"."""

    def __init__(self):
        super().__init__("vm-ps", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        current = int(gdb.parse_and_eval("current"))
        print("%7s %5s %5s %2s %-10s %-10s %5s %-18s %-18s %s" %
              ("TID", "TGID", "PPID", "ST", "KESP", "MM", "USERS", "PENDING", "BLOCKED",
               "COMM"))
        for t, is_thread in grouped(tasks()):
            parent = t["parent"]
            ppid = int(parent["tgid"]) if int(parent) else 0
            state = STATES.get(int(t["state"]), "?")
            if int(t.address) == current:
                state += "*"
            mm = t["mm"]
            users = int(mm["mm_users"]) if int(mm) else 0
            tid = ("`-%d" if is_thread else "%d") % int(t["pid"])
            print("%7s %5d %5d %2s 0x%08x 0x%08x %5d 0x%016x 0x%016x %s" %
                  (tid, int(t["tgid"]), ppid, state, int(t["thread"]["esp"]), int(mm),
                   users, int(t["pending"]) | int(t["signal"]["shared_pending"]),
                   int(t["blocked"]), t["comm"].string()))


Ps()
