/*
 * The console terminal: /dev/console (5:1), fds 0, 1 and 2 of init.
 *
 * Output goes to every console (serial and VGA) through console_write.
 * Input arrives one character at a time from the COM1 interrupt
 * (serial_rx_hook) and is cooked here as a Linux tty in canonical mode
 * does: characters are echoed, backspace erases the last one, and a reader
 * gets nothing until a whole line (ending in '\n') is complete; ^D on an
 * empty line is end of file (read returns 0). A reader with nothing to read
 * sleeps on tty_wait; the interrupt wakes it at the end of a line.
 * Clearing ICANON with TCSETS hands every character over at once.
 *
 * Job control, as POSIX's terminal interface and Linux's tty layer have
 * it. The console is the controlling terminal of one session: the first
 * that opens it as a session leader without O_NOCTTY - init's, since the
 * kernel opens it for init. (Linux never gives /dev/console itself to a
 * session; here it is the one terminal, as /dev/ttyS0 would be.) One
 * process group of that session is in the foreground (TIOCSPGRP,
 * tcsetpgrp). With ISIG, ^C, ^\ and ^Z send SIGINT, SIGQUIT and SIGTSTP to
 * the foreground group and drop the input typed so far. A process of a
 * background group that reads gets SIGTTIN instead and stops, or EIO if it
 * ignores or blocks SIGTTIN or its group is orphaned (tty_check_change);
 * changing the settings or the foreground group from the background, or
 * writing under TOSTOP, gets SIGTTOU the same way, except that a process
 * that ignores or blocks SIGTTOU may go ahead.
 */
#include <asm/processor.h>
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <fs/tty.h>
#include <kernel/console.h>
#include <kernel/init.h>
#include <kernel/sched.h>
#include <lib/string.h>
#include <uapi/asm/ioctls.h>
#include <uapi/asm/termbits.h>
#include <uapi/errno.h>
#include <uapi/fcntl.h>
#include <uapi/poll.h>

/* drivers/serial.c: start taking input by interrupt. */
void serial_enable_rx(void);

/* What `stty -a` shows on a fresh Linux console: cooked, echoing. */
static struct termios tty_termios = {
	.c_iflag = ICRNL | IXON,
	.c_oflag = OPOST | ONLCR,
	.c_cflag = B38400 | CS8 | CREAD | HUPCL,
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
	.c_cc = {
		[VINTR] = 3,		/* ^C */
		[VQUIT] = 28,		/* ^\ */
		[VERASE] = 127,		/* DEL */
		[VKILL] = 21,		/* ^U */
		[VEOF] = 4,		/* ^D */
		[VMIN] = 1,
		[VSTART] = 17,		/* ^Q */
		[VSTOP] = 19,		/* ^S */
		[VSUSP] = 26,		/* ^Z */
		[VREPRINT] = 18,	/* ^R */
		[VDISCARD] = 15,	/* ^O */
		[VWERASE] = 23,		/* ^W */
		[VLNEXT] = 22,		/* ^V */
	},
};

#define LINE_MAX	256
#define BUF_SIZE	1024
static char line[LINE_MAX];		/* the line being edited */
static unsigned int line_len;
static char buf[BUF_SIZE];		/* finished input, ready for read() */
static unsigned int buf_head, buf_tail;	/* ring indices, free-running */
static unsigned int eof_pending;	/* ^D on an empty line, not yet read */
static struct wait_queue_head tty_wait;
/* The console's session, foreground group and size: 80x24 until TIOCSWINSZ. */
static struct tty_struct console_tty = {
	.winsize = { .ws_row = 24, .ws_col = 80 },
};

static void tty_echo(const char *s, size_t n)
{
	if (tty_termios.c_lflag & ECHO)
		console_write(s, n);
}

static void buf_put(char c)
{
	if (buf_tail - buf_head < BUF_SIZE)
		buf[buf_tail++ % BUF_SIZE] = c;
}

/* Move the edited line to the read buffer and wake the readers. */
static void tty_finish_line(void)
{
	unsigned int i;

	for (i = 0; i < line_len; i++)
		buf_put(line[i]);
	line_len = 0;
	wake_up(&tty_wait);
}

/* Drop the line being edited and all input not yet read. */
static void tty_flush_input(void)
{
	line_len = 0;
	buf_head = buf_tail;
	eof_pending = 0;
}

/* The signal that c stands for under ISIG (^C, ^\, ^Z), or 0. A c_cc entry of 0 is off. */
static int tty_isig_char(char c)
{
	const cc_t *cc = tty_termios.c_cc;

	if (!(tty_termios.c_lflag & ISIG) || !c)
		return 0;
	if (c == cc[VINTR])
		return SIGINT;
	if (c == cc[VQUIT])
		return SIGQUIT;
	if (c == cc[VSUSP])
		return SIGTSTP;
	return 0;
}

/*
 * A signal character typed: the input goes (unless NOFLSH), the character
 * echoes as ^C (ECHOCTL), and sig goes to the foreground group. Linux's
 * isig and n_tty_receive_signal_char.
 */
static void tty_isig(int sig, char c)
{
	char ctl[2] = { '^', c ^ 0x40 };

	if (!(tty_termios.c_lflag & NOFLSH))
		tty_flush_input();
	if (tty_termios.c_lflag & ECHOCTL)
		tty_echo(ctl, 2);
	else
		tty_echo(&c, 1);
	if (console_tty.pgrp)
		kill_pgrp_info(sig, NULL, console_tty.pgrp);
}

/* The COM1 interrupt's hook, with interrupts off: one received character. */
static void tty_receive(char c)
{
	int sig = tty_isig_char(c);

	if (sig) {
		tty_isig(sig, c);
		return;
	}
	if (c == '\r')
		c = '\n';
	if (!(tty_termios.c_lflag & ICANON)) {
		buf_put(c);
		tty_echo(&c, 1);
		wake_up(&tty_wait);
	} else if (c == tty_termios.c_cc[VERASE] || c == '\b') {
		if (line_len) {
			line_len--;
			tty_echo("\b \b", 3);
		}
	} else if (c == tty_termios.c_cc[VEOF]) {
		if (!line_len)
			eof_pending++;
		tty_finish_line();
	} else if (line_len < LINE_MAX - 1 || c == '\n') {
		line[line_len++] = c;
		tty_echo(&c, 1);
		if (c == '\n')
			tty_finish_line();
	}
}

/*
 * May current read from tty (sig SIGTTIN) or change it (SIGTTOU)? Yes (0)
 * unless tty is its controlling terminal and its group is in the
 * background. Then a SIGTTOU that is ignored or blocked lets it go ahead;
 * a SIGTTIN that is, or an orphaned group (nobody would continue it), gets
 * -EIO; otherwise sig goes to the whole group and -ERESTARTSYS makes the
 * call try again once the group is continued. Linux's tty_check_change
 * (and n_tty's job_control for reads).
 */
static int tty_check_change(struct tty_struct *tty, int sig)
{
	bool ignored = (current->blocked & sigmask(sig)) ||
		       current->sighand->action[sig - 1].handler == SIG_IGN;

	if (current->tty != tty || !tty->pgrp || current->pgrp == tty->pgrp)
		return 0;
	if (ignored)
		return sig == SIGTTOU ? 0 : -EIO;
	if (is_current_pgrp_orphaned())
		return -EIO;
	kill_pgrp_info(sig, NULL, current->pgrp);
	return -ERESTARTSYS;
}

static ssize_t tty_read(struct file *file, char *ubuf, size_t n, loff_t *pos)
{
	unsigned long flags;
	size_t done = 0;
	int err = tty_check_change(&console_tty, SIGTTIN);

	if (err)
		return err;
	/* Interrupts stay off from the check to the sleep: no lost wake-up. */
	flags = local_irq_save();
	while (buf_head == buf_tail && !eof_pending) {
		if (sleep_on(&tty_wait)) {
			local_irq_restore(flags);
			return -ERESTARTSYS;
		}
	}
	if (buf_head == buf_tail) {
		eof_pending--;
		local_irq_restore(flags);
		return 0;
	}
	while (done < n && buf_head != buf_tail) {
		char c = buf[buf_head++ % BUF_SIZE];

		local_irq_restore(flags);
		if (copy_to_user(ubuf + done, &c, 1))
			return done ? (ssize_t)done : -EFAULT;
		done++;
		flags = local_irq_save();
		if (c == '\n' && (tty_termios.c_lflag & ICANON))
			break;
	}
	local_irq_restore(flags);
	return done;
}

static ssize_t tty_write(struct file *file, const char *ubuf, size_t n, loff_t *pos)
{
	char chunk[128];
	size_t done = 0;

	if (tty_termios.c_lflag & TOSTOP) {
		int err = tty_check_change(&console_tty, SIGTTOU);

		if (err)
			return err;
	}
	while (done < n) {
		size_t len = min(sizeof(chunk), n - done);

		if (copy_from_user(chunk, ubuf + done, len))
			return done ? (ssize_t)done : -EFAULT;
		console_write(chunk, len);
		done += len;
	}
	return done;
}

/* Make tty the controlling terminal of current's session, current's group in the foreground. */
static void tty_set_ctty(struct tty_struct *tty)
{
	tty->session = current->session;
	tty->pgrp = current->pgrp;
	current->tty = tty;
}

/* Every task of session sid loses its controlling terminal (Linux's session_clear_tty). */
static void session_clear_tty(pid_t sid)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->session == sid)
			p->tty = NULL;
}

/*
 * The session of process group pgrp, or -1 if there is no such group. As
 * Linux's, a pid that is not a group but a process answers for its own
 * session.
 */
static pid_t session_of_pgrp(pid_t pgrp)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->pgrp == pgrp)
			return p->session;
	p = find_task_by_pid(pgrp);
	return p ? p->session : -1;
}

/*
 * TIOCSPGRP, tcsetpgrp: put group *upgrp of the caller's session in the
 * foreground of tty, the caller's controlling terminal. -ENOTTY if it is
 * not that, -EINVAL for a negative group, -ESRCH if there is no such
 * group, -EPERM for a group of another session; from the background,
 * SIGTTOU first (tty_check_change).
 */
static int tiocspgrp(struct tty_struct *tty, const pid_t __user *upgrp)
{
	int err = tty_check_change(tty, SIGTTOU);
	pid_t pgrp, sid;

	if (err)
		return err;
	if (current->tty != tty || current->session != tty->session)
		return -ENOTTY;
	if (copy_from_user(&pgrp, upgrp, sizeof(pgrp)))
		return -EFAULT;
	if (pgrp < 0)
		return -EINVAL;
	sid = session_of_pgrp(pgrp);
	if (sid < 0)
		return -ESRCH;
	if (sid != current->session)
		return -EPERM;
	tty->pgrp = pgrp;
	return 0;
}

/*
 * TIOCSCTTY: make tty the controlling terminal of the caller's session.
 * Only a session leader without one may; a terminal that is another
 * session's is taken from it only with arg 1 by root. 0 or -EPERM.
 */
static int tiocsctty(struct tty_struct *tty, unsigned long arg)
{
	if (current->session == current->pid && tty->session == current->session)
		return 0;
	if (current->session != current->pid || current->tty)
		return -EPERM;
	if (tty->session) {
		if (arg != 1 || current->euid != 0)
			return -EPERM;
		session_clear_tty(tty->session);
	}
	tty_set_ctty(tty);
	return 0;
}

/*
 * TIOCNOTTY: the caller gives up its controlling terminal tty; a session
 * leader takes it from the whole session (disassociate_ctty). -ENOTTY if
 * tty is not the caller's.
 */
static int tiocnotty(struct tty_struct *tty)
{
	if (current->tty != tty)
		return -ENOTTY;
	if (current->session == current->pid)
		disassociate_ctty(0);
	current->tty = NULL;
	return 0;
}

/* TIOCSWINSZ: a new size; if it changed, SIGWINCH to the foreground group. */
static int tiocswinsz(struct tty_struct *tty, const struct winsize __user *uws)
{
	struct winsize ws;

	if (copy_from_user(&ws, uws, sizeof(ws)))
		return -EFAULT;
	if (!memcmp(&ws, &tty->winsize, sizeof(ws)))
		return 0;
	tty->winsize = ws;
	if (tty->pgrp)
		kill_pgrp_info(SIGWINCH, NULL, tty->pgrp);
	return 0;
}

/*
 * TIOCSTI: push one byte of input as if it had been typed (signal
 * characters included). As Linux: into the caller's own controlling
 * terminal, or any terminal for root (CAP_SYS_ADMIN).
 */
static int tiocsti(struct tty_struct *tty, const char __user *uc)
{
	unsigned long flags;
	char c;

	if (current->tty != tty && current->euid != 0)
		return -EPERM;
	if (copy_from_user(&c, uc, 1))
		return -EFAULT;
	flags = local_irq_save();
	tty_receive(c);
	local_irq_restore(flags);
	return 0;
}

/* TCFLSH: drop the pending input (TCIFLUSH, TCIOFLUSH); output is never held back. */
static int tty_flush(struct tty_struct *tty, unsigned long arg)
{
	unsigned long flags;
	int err = tty_check_change(tty, SIGTTOU);

	if (err)
		return err;
	if (arg != TCIFLUSH && arg != TCOFLUSH && arg != TCIOFLUSH)
		return -EINVAL;
	if (arg != TCOFLUSH) {
		flags = local_irq_save();
		tty_flush_input();
		local_irq_restore(flags);
	}
	return 0;
}

/* TIOCGPGRP and TIOCGSID: what tty is to the caller's session; -ENOTTY if not its terminal. */
static int tty_get_job_id(struct tty_struct *tty, pid_t id, pid_t __user *uid)
{
	if (current->tty != tty || !tty->session)
		return -ENOTTY;
	return copy_to_user(uid, &id, sizeof(id)) ? -EFAULT : 0;
}

static int tty_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct tty_struct *tty = &console_tty;
	void __user *uarg = (void __user *)arg;
	int err;

	switch (cmd) {
	case TCGETS:
		return copy_to_user(uarg, &tty_termios, sizeof(tty_termios)) ? -EFAULT : 0;
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		err = tty_check_change(tty, SIGTTOU);
		if (err)
			return err;
		return copy_from_user(&tty_termios, uarg, sizeof(tty_termios)) ? -EFAULT : 0;
	case TCFLSH:
		return tty_flush(tty, arg);
	case TIOCGWINSZ:
		return copy_to_user(uarg, &tty->winsize, sizeof(tty->winsize)) ? -EFAULT : 0;
	case TIOCSWINSZ:
		return tiocswinsz(tty, uarg);
	case TIOCGPGRP:
		return tty_get_job_id(tty, tty->pgrp, uarg);
	case TIOCGSID:
		return tty_get_job_id(tty, tty->session, uarg);
	case TIOCSPGRP:
		return tiocspgrp(tty, uarg);
	case TIOCSCTTY:
		return tiocsctty(tty, arg);
	case TIOCNOTTY:
		return tiocnotty(tty);
	case TIOCSTI:
		return tiocsti(tty, uarg);
	}
	return -ENOTTY;
}

/*
 * Take tty as the controlling terminal of current's session, as an open
 * without O_NOCTTY does when current leads its session, has no
 * controlling terminal yet and tty belongs to no session.
 */
static void tty_open_ctty(struct tty_struct *tty, unsigned int flags)
{
	if (!(flags & O_NOCTTY) && current->session == current->pid && !current->tty &&
	    !tty->session)
		tty_set_ctty(tty);
}

/*
 * Open of a console device: /dev/tty (5:0) stands for the caller's
 * controlling terminal, -ENXIO without one; the others may become it
 * (tty_open_ctty). Linux's tty_open; fs/char_dev.c's chrdev_open passes
 * the open on to it.
 */
static int tty_open(struct inode *inode, struct file *file)
{
	if (inode->i_rdev == MKDEV(5, 0))
		return current->tty ? 0 : -ENXIO;
	tty_open_ctty(&console_tty, file->f_flags);
	return 0;
}

/*
 * current, a session leader, gives up its controlling terminal: on exit
 * (on_exit 1, do_exit) or by TIOCNOTTY (0). The foreground group gets
 * SIGHUP, and for TIOCNOTTY SIGCONT too; then no task of the session
 * keeps the terminal, and it belongs to no session, free for the next
 * session leader that opens it. Nothing to do without a controlling
 * terminal. Linux's name (which on exit also hangs the terminal up).
 */
void disassociate_ctty(int on_exit)
{
	struct tty_struct *tty = current->tty;

	if (!tty)
		return;
	if (tty->pgrp) {
		kill_pgrp_info(SIGHUP, NULL, tty->pgrp);
		if (!on_exit)
			kill_pgrp_info(SIGCONT, NULL, tty->pgrp);
	}
	tty->session = 0;
	tty->pgrp = 0;
	session_clear_tty(current->session);
}

static int tty_fsync(struct file *file)
{
	return -EINVAL;		/* as Linux: a tty has nothing to sync */
}

/* Readable once a line (or an end of file) is waiting; always writable. */
static unsigned int tty_poll(struct file *file)
{
	unsigned int mask = POLLOUT | POLLWRNORM;

	if (buf_head != buf_tail || eof_pending)
		mask |= POLLIN | POLLRDNORM;
	return mask;
}

const struct file_operations tty_fops = {
	.open = tty_open,
	.read = tty_read,
	.poll = tty_poll,
	.write = tty_write,
	.ioctl = tty_ioctl,
	.fsync = tty_fsync,
};

/*
 * Give current fds 0, 1 and 2 on /dev/console (the kernel does this for
 * init before it executes /sbin/init), and make current the leader of
 * session 1 with the console as its controlling terminal. Returns 0 or
 * -errno. Linux does it in init/main.c (console_on_rootfs in later
 * kernels; init's session is set_special_pids there).
 */
int open_console_fds(void)
{
	int err, fd;
	struct file *file;

	current->session = current->pid;
	file = filp_open("/dev/console", O_RDWR, 0, &err);
	if (!file)
		return err;
	tty_open_ctty(&console_tty, O_RDWR);
	for (fd = 0; fd < 3; fd++) {
		int got = fd_install_lowest(fd ? get_file(file) : file, fd);

		if (got != fd)
			return got < 0 ? got : -EBUSY;
	}
	return 0;
}

static int tty_init(void)
{
	init_waitqueue_head(&tty_wait);
	serial_rx_hook = tty_receive;
	serial_enable_rx();
	return 0;
}
device_initcall(tty_init);
