/*
 * The first process. rest_init, the end of start_kernel, creates pid 1 and
 * then becomes the idle task. Pid 1 starts in kernel mode: it gets the
 * root directory and fds 0, 1, 2 on the console, executes /sbin/init (or
 * init=PATH) with the argv the kernel command line asks for, and leaves
 * for user mode through the registers exec set up. If init ever exits,
 * the kernel panics with its status, as Linux does.
 */
#include <asm/irq.h>
#include <asm/processor.h>
#include <fs/fs.h>
#include <kernel/init.h>
#include <kernel/main.h>
#include <kernel/printk.h>
#include <kernel/resource.h>
#include <kernel/sched.h>
#include <lib/string.h>
#include <mm/swap.h>

struct task_struct *init_task_p;
static const char *init_path = "/sbin/init";

static void set_init_path(const char *value)
{
	if (*value)
		init_path = value;
}
__setup("init", set_init_path);

/* Runs as pid 1 in kernel mode, then returns to user mode as init. */
static void init_main(void)
{
	const char *argv[4] = { init_path, NULL, NULL, NULL };
	static const char *const envp[] = { "HOME=/", "PATH=/bin:/sbin", NULL };
	int err;

	local_irq_enable();
	memcpy(current->rlim, init_rlimits, sizeof(current->rlim));	/* inherited from here on */
	current->fs = alloc_fs_struct();
	current->files = alloc_files();
	if (!current->fs || !current->files)
		panic("init: no memory for the root directory or file table");
	err = open_console_fds();
	if (err)
		printk(KERN_ERR "init: cannot open the console: %d\n", err);
	if (boot_test_mode) {
		argv[1] = "test";
		argv[2] = boot_test_name;	/* NULL unless test=NAME */
	}
	err = do_execve(init_path, argv, envp, task_pt_regs(current), true);
	if (err)
		panic("No working init found (%s: error %d)", init_path, err);
}

/*
 * The end of start_kernel: create pid 1 (which execs init) and become the
 * idle task. Never returns.
 */
void rest_init(void)
{
	init_task_p = kernel_thread_init(init_main);
	init_task_p->pgrp = 1;
	kswapd_run();		/* after init, which must be pid 1 */
	cpu_idle();
}
