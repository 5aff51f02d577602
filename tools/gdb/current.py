"""vm-current, $vm_current() and $vm_task(PID): tasks by pid, for the other helpers too.

`current` is the kernel's pointer to the running task_struct; task_of()
turns a command's PID argument into a task_struct, find_task() looks one
up on task_list (tasks.py).
"""
import gdb

import constants
import tasks


def find_task(pid):
    """The task_struct of pid (0: the idle task), or None."""
    if pid == 0:
        return gdb.parse_and_eval("idle_task")
    for t in tasks.tasks():
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
    names = [n for n, v in constants.read_defines("include/kernel/sched.h").items()
             if n in tasks.LETTERS and v == state]
    return "%s (%s)" % (tasks.STATES.get(state, "?"), names[0] if names else state)


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


Current()
CurrentFunction()
TaskFunction()
