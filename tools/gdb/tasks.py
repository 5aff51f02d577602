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
_LETTERS = {"TASK_RUNNING": "R", "TASK_INTERRUPTIBLE": "S", "TASK_UNINTERRUPTIBLE": "D",
            "TASK_ZOMBIE": "Z", "TASK_DEAD": "X", "TASK_STOPPED": "T"}
_SCHED = constants.read_defines("include/kernel/sched.h")
STATES = {_SCHED[n]: letter for n, letter in _LETTERS.items() if n in _SCHED}


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


def find_task(pid):
    """The task_struct of pid (0: the idle task), or None."""
    if pid == 0:
        return gdb.parse_and_eval("idle_task")
    for t in tasks():
        if int(t["pid"]) == pid:
            return t
    return None


def task_of(arg):
    """The task a command's PID argument names (an expression), or current's."""
    if not arg.strip():
        return gdb.parse_and_eval("current").dereference()
    pid = int(gdb.parse_and_eval(arg))
    task = find_task(pid)
    if task is None:
        raise gdb.GdbError("no task with pid %d" % pid)
    return task


def state_name(task):
    """'S (TASK_INTERRUPTIBLE)' for a task's state."""
    state = int(task["state"])
    names = [n for n, v in _SCHED.items() if n in _LETTERS and v == state]
    return "%s (%s)" % (STATES.get(state, "?"), names[0] if names else state)


class Current(gdb.Command):
    """vm-current: who runs now: pid, name, state, mm, and where it entered the kernel.

`current` is the kernel's pointer to the running task_struct; the
convenience functions $vm_current() and $vm_task(PID) return a task_struct *
for expressions: `p $vm_task(1)->mm->map_count`."""

    def __init__(self):
        super().__init__("vm-current", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        t = gdb.parse_and_eval("current").dereference()
        print("current = (struct task_struct *) %#x: pid %d (%s), %s, mm %#x" % (
            int(t.address), int(t["pid"]), t["comm"].string(), state_name(t), int(t["mm"])))


class CurrentFunction(gdb.Function):
    """$vm_current(): the running task, a struct task_struct *."""

    def __init__(self):
        super().__init__("vm_current")

    def invoke(self):
        return gdb.parse_and_eval("current")


class TaskFunction(gdb.Function):
    """$vm_task(PID): the task_struct * of PID."""

    def __init__(self):
        super().__init__("vm_task")

    def invoke(self, pid):
        task = find_task(int(pid))
        if task is None:
            raise gdb.GdbError("no task with pid %d" % int(pid))
        return task.address


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
Current()
CurrentFunction()
TaskFunction()
