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

/* The COM1 interrupt's hook, with interrupts off: one received character. */
static void tty_receive(char c)
{
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

static ssize_t tty_read(struct file *file, char *ubuf, size_t n, loff_t *pos)
{
	unsigned long flags = local_irq_save();
	size_t done = 0;

	/* Interrupts stay off from the check to the sleep: no lost wake-up. */
	while (buf_head == buf_tail && !eof_pending) {
		if (sleep_on(&tty_wait)) {
			local_irq_restore(flags);
			return -EINTR;
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

	while (done < n) {
		size_t len = min(sizeof(chunk), n - done);

		if (copy_from_user(chunk, ubuf + done, len))
			return done ? (ssize_t)done : -EFAULT;
		console_write(chunk, len);
		done += len;
	}
	return done;
}

static int tty_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	static const struct winsize ws = { 24, 80, 0, 0 };
	int pgrp = current ? current->pid : 0;

	switch (cmd) {
	case TCGETS:
		return copy_to_user((void *)arg, &tty_termios, sizeof(tty_termios)) ? -EFAULT : 0;
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		return copy_from_user(&tty_termios, (void *)arg, sizeof(tty_termios)) ? -EFAULT : 0;
	case TIOCGWINSZ:
		return copy_to_user((void *)arg, &ws, sizeof(ws)) ? -EFAULT : 0;
	case TIOCGPGRP:
		return copy_to_user((void *)arg, &pgrp, sizeof(pgrp)) ? -EFAULT : 0;
	case TIOCSPGRP:
		return 0;
	}
	return -ENOTTY;
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
	.read = tty_read,
	.poll = tty_poll,
	.write = tty_write,
	.ioctl = tty_ioctl,
	.fsync = tty_fsync,
};

/*
 * Give current fds 0, 1 and 2 on /dev/console (the kernel does this for
 * init before it executes /sbin/init). Returns 0 or -errno. Linux does it
 * in init/main.c (console_on_rootfs in later kernels).
 */
int open_console_fds(void)
{
	int err, fd;
	struct file *file = filp_open("/dev/console", 2 /* O_RDWR */, 0, &err);

	if (!file)
		return err;
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
