/*
 * printk: format a message, keep it in the kernel log buffer and write it
 * to every console. A leading "<N>" level is stripped from what the
 * consoles show; messages above console_loglevel are not shown, but the
 * log keeps them all.
 *
 * The log buffer is Linux 2.6's: one ring of LOG_BUF_LEN bytes, and three
 * free-running byte counts into it (an index is a count & LOG_BUF_MASK).
 * log_end is where the next byte goes; log_start is the next byte a
 * reading syslog(SYSLOG_ACTION_READ) returns; logged_chars is how many of
 * the bytes before log_end are still there (at most LOG_BUF_LEN: older
 * ones are overwritten). Each line is stored with its level, "<6>boot\n",
 * as syslog returns it; dmesg strips the level. GDB's vm-dmesg reads the
 * same ring, so the log is there after a hang too.
 */
#include <asm/processor.h>
#include <asm/uaccess.h>
#include <kernel/console.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>

int console_loglevel = 7;

#define LOG_BUF_SHIFT	15			/* 32 KiB, like a small Linux config */
#define LOG_BUF_LEN	(1U << LOG_BUF_SHIFT)
#define LOG_BUF_MASK	(LOG_BUF_LEN - 1)
#define LOG_BUF(idx)	(log_buf[(idx) & LOG_BUF_MASK])
#define DEFAULT_MESSAGE_LOGLEVEL 6		/* a line without "<N>": KERN_INFO */

static char log_buf[LOG_BUF_LEN];
static unsigned int log_start;		/* next byte for SYSLOG_ACTION_READ */
static unsigned int log_end;		/* where the next byte goes */
static unsigned int logged_chars;	/* bytes still in the ring, <= LOG_BUF_LEN */
static bool log_line_open;		/* the last message did not end its line */
/* Readers of SYSLOG_ACTION_READ sleep here until log_start != log_end. */
static struct wait_queue_head log_wait = { LIST_HEAD_INIT(log_wait.task_list) };

/* Write n raw bytes (no log level) to every console, with interrupts off. */
void console_write(const char *s, size_t n)
{
	unsigned long flags = local_irq_save();

	serial_write(s, n);
	vga_write(s, n);
	local_irq_restore(flags);
}

static void emit_log_char(char c)
{
	LOG_BUF(log_end) = c;
	log_end++;
	if (log_end - log_start > LOG_BUF_LEN)
		log_start = log_end - LOG_BUF_LEN;
	if (logged_chars < LOG_BUF_LEN)
		logged_chars++;
}

/*
 * Append the n bytes of one message at level to the ring: each line that
 * begins here gets its "<level>". Caller has interrupts off.
 */
static void log_store(int level, const char *s, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (!log_line_open) {
			emit_log_char('<');
			emit_log_char('0' + level);
			emit_log_char('>');
			log_line_open = true;
		}
		emit_log_char(s[i]);
		if (s[i] == '\n')
			log_line_open = false;
	}
}

/* printk with a va_list. */
int vprintk(const char *fmt, va_list args)
{
	char buf[512];
	int level = DEFAULT_MESSAGE_LOGLEVEL, n;
	const char *p = buf;
	unsigned long flags;

	n = vsnprintf(buf, sizeof(buf), fmt, args);
	if (n > (int)sizeof(buf) - 1)
		n = sizeof(buf) - 1;
	if (buf[0] == '<' && buf[1] >= '0' && buf[1] <= '7' && buf[2] == '>') {
		level = buf[1] - '0';
		p += 3, n -= 3;
	}
	flags = local_irq_save();
	log_store(level, p, n);
	if (!list_empty(&log_wait.task_list))
		wake_up(&log_wait);
	local_irq_restore(flags);
	if (level <= console_loglevel)
		console_write(p, n);
	return n;
}

/*
 * Format like vsnprintf, keep the message in the log buffer, and write it
 * to every console if its leading KERN_* level (default KERN_INFO) is at
 * most console_loglevel; the consoles do not show the level prefix.
 * Returns the length of the message without it, cut at 511 bytes. Safe
 * from interrupt handlers.
 */
int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}

/*
 * Copy up to len bytes of the ring, from the count first on, to buf.
 * Returns the bytes copied or -EFAULT.
 */
static int log_copy_to_user(char __user *buf, unsigned int first, int len)
{
	char chunk[128];
	int done = 0;

	while (done < len) {
		int i, n = len - done > (int)sizeof(chunk) ? (int)sizeof(chunk) : len - done;

		for (i = 0; i < n; i++)
			chunk[i] = LOG_BUF(first + done + i);
		if (copy_to_user(buf + done, chunk, n))
			return -EFAULT;
		done += n;
	}
	return done;
}

/* SYSLOG_ACTION_READ: wait for unread bytes, then consume up to len of them. */
static int syslog_read(char __user *buf, int len)
{
	unsigned long flags;
	unsigned int first;
	int n;

	while (log_start == log_end)
		if (sleep_on(&log_wait))
			return -EINTR;
	flags = local_irq_save();
	first = log_start;
	n = log_end - log_start < (unsigned int)len ? (int)(log_end - log_start) : len;
	log_start += n;
	local_irq_restore(flags);
	return log_copy_to_user(buf, first, n);
}

/* SYSLOG_ACTION_READ_ALL: the last len bytes still in the ring, left there. */
static int syslog_read_all(char __user *buf, int len)
{
	unsigned int n = logged_chars < (unsigned int)len ? logged_chars : (unsigned int)len;

	return log_copy_to_user(buf, log_end - n, n);
}

/*
 * syslog(type, buf, len): the kernel log, as Linux's syslog(2) (glibc's
 * klogctl; busybox dmesg). type is a SYSLOG_ACTION_*: 2 reads unread bytes
 * (sleeping until there are some), 3 the last len bytes without consuming
 * them, 4 reads all and clears, 5 clears, 6/7 console off/on, 8 sets
 * console_loglevel to len (1..8), 9 counts unread bytes, 10 returns the
 * ring's size, 0/1 (close/open) do nothing. Reading every byte and 10 are
 * open to everyone (dmesg_restrict off); the rest need euid 0 (-EPERM).
 * Returns bytes read, a count, or 0; -EINVAL for an unknown type, a NULL
 * buf or a negative len, -EFAULT for a bad buf.
 */
SYSCALL_DEFINE3(syslog, int, type, char __user *, buf, int, len)
{
	static int saved_console_loglevel = -1;
	int n;

	if (type != 3 && type != 10 && current->euid != 0)
		return -EPERM;
	switch (type) {
	case 0: case 1:		/* SYSLOG_ACTION_CLOSE, _OPEN */
		return 0;
	case 2: case 3: case 4:	/* SYSLOG_ACTION_READ, _READ_ALL, _READ_CLEAR */
		if (!buf || len < 0)
			return -EINVAL;
		if (len == 0)
			return 0;
		if (type == 2)
			return syslog_read(buf, len);
		n = syslog_read_all(buf, len);
		if (type == 4 && n >= 0)
			logged_chars = 0;
		return n;
	case 5:			/* SYSLOG_ACTION_CLEAR */
		logged_chars = 0;
		return 0;
	case 6:			/* SYSLOG_ACTION_CONSOLE_OFF: only panics show */
		if (saved_console_loglevel == -1)
			saved_console_loglevel = console_loglevel;
		console_loglevel = 1;
		return 0;
	case 7:			/* SYSLOG_ACTION_CONSOLE_ON */
		if (saved_console_loglevel != -1)
			console_loglevel = saved_console_loglevel;
		saved_console_loglevel = -1;
		return 0;
	case 8:			/* SYSLOG_ACTION_CONSOLE_LEVEL */
		if (len < 1 || len > 8)
			return -EINVAL;
		console_loglevel = len;
		saved_console_loglevel = -1;
		return 0;
	case 9:			/* SYSLOG_ACTION_SIZE_UNREAD */
		return log_end - log_start;
	case 10:		/* SYSLOG_ACTION_SIZE_BUFFER */
		return LOG_BUF_LEN;
	}
	return -EINVAL;
}
