/*
 * Pipes (Linux: fs/pipe.c). pipe(2) makes an inode on a small internal
 * filesystem, "pipefs", and two struct files on it: fd[0] reads, fd[1]
 * writes. The inode carries the pipe: a ring of PIPE_DEF_BUFFERS (16)
 * buffers, each one page holding a run of bytes (offset, len), as Linux's
 * struct pipe_buffer. So the capacity is 16 pages, 64 KiB when every page
 * is full, and a write fills pages, not bytes: a write first appends to the
 * last page if its tail (the write's length modulo the page size) fits
 * there whole, then takes a fresh page per 4 KiB. 1000-byte writes
 * therefore fit 4 to a page, 64,000 bytes in all, exactly as on Linux.
 *
 * The rules, as Linux's pipe(7):
 *  - read blocks while the pipe is empty and a writer exists; it returns
 *    what is queued (up to n bytes, across buffers), 0 once every writer
 *    has gone.
 *  - write of at most PIPE_BUF bytes is atomic: it either appends whole to
 *    the last page or waits for a free buffer. A longer write goes in page
 *    by page as buffers free up and may interleave with others.
 *  - write with no reader left raises SIGPIPE and fails with EPIPE (after a
 *    partial write, the bytes written are reported instead).
 *  - O_NONBLOCK turns every wait into EAGAIN (or a short count).
 *  - a wait broken by a signal returns -ERESTARTSYS when nothing moved, so
 *    SA_RESTART restarts the call, else EINTR.
 * Readers and writers sleep on one wait queue (2.6's pipe->wait); every
 * change wakes both sides, and each re-checks its condition.
 */
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <uapi/fcntl.h>
#include <uapi/poll.h>
#include <uapi/stat.h>

#define PIPE_DEF_BUFFERS	16
#define PIPE_BUF		4096	/* writes up to this size are atomic */

/* One page of the ring and the bytes in it still to be read. */
struct pipe_buffer {
	struct page *page;
	unsigned int offset, len;
};

/*
 * The pipe, reached from its inode's i_pipe: a pipefs inode made by pipe()
 * has one for life; a FIFO on disk has one while it is open.
 */
struct pipe_inode_info {
	struct pipe_buffer bufs[PIPE_DEF_BUFFERS];
	unsigned int head;		/* buffers ever filled; slot head % 16 is next */
	unsigned int tail;		/* buffers ever emptied; head - tail in use */
	unsigned int readers;		/* struct files open for reading */
	unsigned int writers;		/* struct files open for writing */
	unsigned int r_counter;		/* readers ever opened (a FIFO's writer waits for one) */
	unsigned int w_counter;		/* writers ever opened */
	struct wait_queue_head wait;	/* readers and writers */
};

static struct pipe_inode_info *PIPE_I(struct inode *inode)
{
	return inode->i_pipe;
}

static bool pipe_empty(const struct pipe_inode_info *pipe)
{
	return pipe->head == pipe->tail;
}

static bool pipe_full(const struct pipe_inode_info *pipe)
{
	return pipe->head - pipe->tail >= PIPE_DEF_BUFFERS;
}

static struct pipe_buffer *pipe_buf(struct pipe_inode_info *pipe, unsigned int slot)
{
	return &pipe->bufs[slot % PIPE_DEF_BUFFERS];
}

static char *buf_addr(const struct pipe_buffer *buf, unsigned int at)
{
	return (char *)page_address(buf->page) + at;
}

/* Copy queued bytes to ubuf, at most n, freeing the buffers emptied. */
static size_t pipe_copy_out(struct pipe_inode_info *pipe, char __user *ubuf, size_t n)
{
	size_t total = 0;

	while (total < n && !pipe_empty(pipe)) {
		struct pipe_buffer *buf = pipe_buf(pipe, pipe->tail);
		size_t chars = min(n - total, (size_t)buf->len);
		size_t done = chars - copy_to_user(ubuf + total, buf_addr(buf, buf->offset), chars);

		buf->offset += done;
		buf->len -= done;
		total += done;
		if (!buf->len) {
			__free_page(buf->page);
			buf->page = NULL;
			pipe->tail++;
		}
		if (done < chars)	/* a fault in the user's buffer */
			break;
	}
	return total;
}

static ssize_t pipe_read(struct file *file, char *ubuf, size_t n, loff_t *ppos)
{
	struct pipe_inode_info *pipe = PIPE_I(file->f_inode);
	size_t got;

	if (!n)
		return 0;
	while (pipe_empty(pipe)) {
		if (!pipe->writers)
			return 0;
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		if (sleep_on(&pipe->wait))
			return -ERESTARTSYS;
	}
	got = pipe_copy_out(pipe, ubuf, n);
	wake_up(&pipe->wait);
	return got ? (ssize_t)got : -EFAULT;
}

/* SIGPIPE to the writer, as a kill() would send it: SIG_IGN or a block holds it off. */
static void send_sigpipe(void)
{
	struct kernel_siginfo info = { .si_signo = SIGPIPE, .si_code = SI_USER,
				       .si_pid = current->pid };

	send_sig_info(SIGPIPE, &info, current);
}

/*
 * Append the first `chars` bytes of ubuf to the last buffer if they fit
 * there whole (Linux merges only then). Returns the bytes appended (0 if
 * they do not fit), or -EFAULT.
 */
static ssize_t pipe_merge(struct pipe_inode_info *pipe, const char __user *ubuf, size_t chars)
{
	struct pipe_buffer *last;

	if (!chars || pipe_empty(pipe))
		return 0;
	last = pipe_buf(pipe, pipe->head - 1);
	if (last->offset + last->len + chars > PAGE_SIZE)
		return 0;
	if (copy_from_user(buf_addr(last, last->offset + last->len), ubuf, chars))
		return -EFAULT;
	last->len += chars;
	return chars;
}

/* Fill a fresh buffer with up to a page of ubuf; bytes taken, or -errno. */
static ssize_t pipe_fill_new(struct pipe_inode_info *pipe, const char __user *ubuf, size_t n)
{
	struct pipe_buffer *buf = pipe_buf(pipe, pipe->head);
	size_t chars = min(n, (size_t)PAGE_SIZE), done;
	struct page *page = alloc_page();

	if (!page)
		return -ENOMEM;
	done = chars - copy_from_user(page_address(page), ubuf, chars);
	if (!done) {
		__free_page(page);
		return -EFAULT;
	}
	*buf = (struct pipe_buffer){ .page = page, .offset = 0, .len = done };
	pipe->head++;
	return done < chars ? -EFAULT : (ssize_t)done;
}

static ssize_t pipe_write(struct file *file, const char *ubuf, size_t n, loff_t *ppos)
{
	struct pipe_inode_info *pipe = PIPE_I(file->f_inode);
	size_t written = 0;
	ssize_t ret;

	if (!n)
		return 0;
	if (!pipe->readers) {
		send_sigpipe();
		return -EPIPE;
	}
	ret = pipe_merge(pipe, ubuf, n & (PAGE_SIZE - 1));
	if (ret < 0)
		return ret;
	written = ret;
	while (written < n) {
		if (!pipe->readers) {
			send_sigpipe();
			ret = -EPIPE;
			break;
		}
		if (!pipe_full(pipe)) {
			size_t before = pipe->head;

			ret = pipe_fill_new(pipe, ubuf + written, n - written);
			if (pipe->head != before)
				written += pipe_buf(pipe, before)->len;
			wake_up(&pipe->wait);
			if (ret < 0)
				break;
			continue;
		}
		ret = (file->f_flags & O_NONBLOCK) ? -EAGAIN : sleep_on(&pipe->wait);
		if (ret) {
			ret = ret == -EAGAIN ? ret : -ERESTARTSYS;
			break;
		}
	}
	wake_up(&pipe->wait);
	return written ? (ssize_t)written : ret;
}

static struct super_block pipe_sb;

static struct pipe_inode_info *alloc_pipe_info(void)
{
	struct pipe_inode_info *pipe = kzalloc(sizeof(*pipe));

	if (pipe)
		init_waitqueue_head(&pipe->wait);
	return pipe;
}

static void free_pipe_info(struct pipe_inode_info *pipe)
{
	int i;

	for (i = 0; i < PIPE_DEF_BUFFERS; i++)
		if (pipe->bufs[i].page)
			__free_page(pipe->bufs[i].page);
	kfree(pipe);
}

/*
 * The last close of one end: the other side may now see EOF or EPIPE. A
 * FIFO's pipe goes when nobody has it open; its data with it, as in Linux.
 */
static int pipe_release(struct inode *inode, struct file *file)
{
	struct pipe_inode_info *pipe = PIPE_I(inode);

	if (file->f_mode & FMODE_READ)
		pipe->readers--;
	if (file->f_mode & FMODE_WRITE)
		pipe->writers--;
	wake_up(&pipe->wait);
	if (S_ISFIFO(inode->i_mode) && inode->i_sb != &pipe_sb && !pipe->readers && !pipe->writers) {
		inode->i_pipe = NULL;
		free_pipe_info(pipe);
	}
	return 0;
}

/*
 * What poll sees (Linux's pipe_poll): the read end is readable with data
 * queued, and hung up (POLLHUP) once no writer is left; the write end is
 * writable with a free buffer, and in error (POLLERR) with no reader.
 */
static unsigned int pipe_poll(struct file *file)
{
	struct pipe_inode_info *pipe = PIPE_I(file->f_inode);
	unsigned int mask = 0;

	if (file->f_mode & FMODE_READ) {
		if (!pipe_empty(pipe))
			mask |= POLLIN | POLLRDNORM;
		if (!pipe->writers)
			mask |= POLLHUP;
	}
	if (file->f_mode & FMODE_WRITE) {
		if (!pipe_full(pipe))
			mask |= POLLOUT | POLLWRNORM;
		if (!pipe->readers)
			mask |= POLLERR;
	}
	return mask;
}

#define FIONREAD	0x541B	/* the bytes a read would find now */

/* ioctl on a pipe: FIONREAD stores the queued bytes at arg; anything else is -ENOTTY. */
static int pipe_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct pipe_inode_info *pipe = PIPE_I(file->f_inode);
	unsigned int slot;
	int count = 0;

	if (cmd != FIONREAD)
		return -ENOTTY;
	for (slot = pipe->tail; slot != pipe->head; slot++)
		count += pipe_buf(pipe, slot)->len;
	return copy_to_user((int __user *)arg, &count, sizeof(count)) ? -EFAULT : 0;
}

/* No llseek: lseek on a pipe is ESPIPE; no mmap: ENODEV, as in Linux. */
static const struct file_operations pipefifo_fops = {
	.read = pipe_read,
	.write = pipe_write,
	.poll = pipe_poll,
	.ioctl = pipe_ioctl,
	.release = pipe_release,
};

/*
 * pipe_fcntl - F_GETPIPE_SZ: the capacity in bytes (16 pages); F_SETPIPE_SZ
 * is -EINVAL (the ring here has a fixed size; Linux resizes it). A file
 * that is not a pipe is -EBADF, as Linux answers.
 */
long pipe_fcntl(struct file *file, unsigned int cmd, unsigned long arg)
{
	if (file->f_op != &pipefifo_fops)
		return -EBADF;
	if (cmd == F_GETPIPE_SZ)
		return PIPE_DEF_BUFFERS * PAGE_SIZE;
	return -EINVAL;
}

/* ---- FIFOs ---- */

/* Sleep until *counter moves on from what it was (the other side opened); -ERESTARTSYS. */
static int wait_for_partner(struct pipe_inode_info *pipe, unsigned int *counter)
{
	unsigned int cur = *counter;

	while (cur == *counter)
		if (sleep_on(&pipe->wait))
			return -ERESTARTSYS;
	return 0;
}

/*
 * Opening a FIFO (Linux's fifo_open): it becomes a pipe shared by everyone
 * who has it open. O_RDONLY waits for a writer unless O_NONBLOCK; O_WRONLY
 * waits for a reader, and with O_NONBLOCK fails with ENXIO when there is
 * none; O_RDWR never waits. -ENOMEM, -ERESTARTSYS (a signal while waiting).
 */
static int fifo_open(struct inode *inode, struct file *file)
{
	struct pipe_inode_info *pipe = inode->i_pipe;
	bool nonblock = file->f_flags & O_NONBLOCK;
	int err = 0;

	if (!pipe && !(pipe = inode->i_pipe = alloc_pipe_info()))
		return -ENOMEM;
	switch (file->f_mode & (FMODE_READ | FMODE_WRITE)) {
	case FMODE_READ:
		pipe->readers++;
		pipe->r_counter++;
		if (!pipe->writers && !nonblock)
			err = wait_for_partner(pipe, &pipe->w_counter);
		break;
	case FMODE_WRITE:
		if (nonblock && !pipe->readers) {
			err = -ENXIO;
			break;
		}
		pipe->writers++;
		pipe->w_counter++;
		if (!pipe->readers)
			err = wait_for_partner(pipe, &pipe->r_counter);
		break;
	default:
		pipe->readers++;
		pipe->writers++;
		pipe->r_counter++;
		pipe->w_counter++;
	}
	wake_up(&pipe->wait);
	if (!err) {
		file->f_op = &pipefifo_fops;	/* from now on a pipe, closed by pipe_release */
		return 0;
	}
	/* A failed open is undone here: fput will not call pipe_release. */
	if (err != -ENXIO && (file->f_mode & FMODE_READ))
		pipe->readers--;
	if (err != -ENXIO && (file->f_mode & FMODE_WRITE))
		pipe->writers--;
	if (!pipe->readers && !pipe->writers) {
		inode->i_pipe = NULL;
		free_pipe_info(pipe);
	}
	return err;
}

/* A FIFO inode's operations until it is opened (then pipefifo_fops). */
const struct file_operations fifo_fops = {
	.open = fifo_open,
};

/* ---- pipefs ---- */

static struct inode *pipefs_alloc_inode(struct super_block *sb)
{
	struct inode *inode = kzalloc(sizeof(*inode));

	if (inode && !(inode->i_pipe = alloc_pipe_info())) {
		kfree(inode);
		return NULL;
	}
	return inode;
}

static void pipefs_destroy_inode(struct inode *inode)
{
	free_pipe_info(inode->i_pipe);
	kfree(inode);
}

static const struct super_operations pipefs_ops = {
	.alloc_inode = pipefs_alloc_inode,
	.destroy_inode = pipefs_destroy_inode,
};

/* Never mounted: its inodes exist only behind pipe file descriptors. */
static struct super_block pipe_sb = {
	.s_blocksize = PAGE_SIZE,
	.s_blocksize_bits = PAGE_SHIFT,
	.s_op = &pipefs_ops,
	.s_inodes = LIST_HEAD_INIT(pipe_sb.s_inodes),
};

/* A new pipe inode (one reference), or NULL when memory is short. */
static struct inode *get_pipe_inode(void)
{
	static unsigned long last_ino;
	struct inode *inode = new_inode(&pipe_sb);

	if (!inode)
		return NULL;
	inode->i_ino = ++last_ino;
	inode->i_mode = S_IFIFO | 0600;
	inode->i_nlink = 1;
	inode->i_fop = &pipefifo_fops;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_time();
	return inode;
}

/*
 * Make a pipe's two files: res[0] reads, res[1] writes, each with the
 * O_NONBLOCK of flags. Returns 0, or -ENFILE/-ENOMEM with nothing left over.
 */
static int create_pipe_files(struct file **res, int flags)
{
	struct inode *inode = get_pipe_inode();
	struct pipe_inode_info *pipe;

	if (!inode)
		return -ENFILE;
	pipe = PIPE_I(inode);
	pipe->readers = pipe->writers = 1;	/* each release below counts one down */
	res[0] = alloc_file(inode, O_RDONLY | (flags & (O_NONBLOCK | O_CLOEXEC)));
	res[1] = alloc_file(inode, O_WRONLY | (flags & (O_NONBLOCK | O_CLOEXEC)));
	iput(inode);		/* the files hold it now */
	if (!res[0] || !res[1]) {
		if (res[0])
			fput(res[0]);
		if (res[1])
			fput(res[1]);
		return -ENOMEM;
	}
	return 0;
}

/* Take fd out of the table again (pipe's undo when the user copy fails). */
static void uninstall_fd(int fd)
{
	struct file *file = current->files->fd[fd];

	current->files->fd[fd] = NULL;
	fput(file);
}

/*
 * do_pipe2 - the work of pipe and pipe2: make a pipe and store its read and
 * write descriptors in fildes[0] and fildes[1]. Flags other than O_CLOEXEC
 * and O_NONBLOCK are -EINVAL (Linux also takes O_DIRECT, packet mode, which
 * is not implemented). -EMFILE with a full table, -EFAULT if fildes cannot
 * be written; on any error no descriptor is left open.
 */
static long do_pipe2(int __user *fildes, int flags)
{
	struct file *files[2];
	int fd[2];
	int err;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	err = create_pipe_files(files, flags);
	if (err)
		return err;
	fd[0] = fd_install_lowest(files[0], 0);
	fd[1] = fd[0] < 0 ? fd[0] : fd_install_lowest(files[1], 0);
	if (fd[1] < 0) {
		err = fd[1];
		if (fd[0] >= 0)
			uninstall_fd(fd[0]);
		else
			fput(files[0]);
		fput(files[1]);
		return err;
	}
	if (copy_to_user(fildes, fd, sizeof(fd))) {
		uninstall_fd(fd[0]);
		uninstall_fd(fd[1]);
		return -EFAULT;
	}
	/* O_CLOEXEC is a property of the descriptors, not of the files (F_GETFL). */
	files[0]->f_flags &= ~O_CLOEXEC;
	files[1]->f_flags &= ~O_CLOEXEC;
	return 0;
}

/* pipe(fildes): a pipe; 0 or -errno (see do_pipe2). */
SYSCALL_DEFINE1(pipe, int __user *, fildes)
{
	return do_pipe2(fildes, 0);
}

/* pipe2(fildes, flags): pipe with O_CLOEXEC and/or O_NONBLOCK. */
SYSCALL_DEFINE2(pipe2, int __user *, fildes, int, flags)
{
	return do_pipe2(fildes, flags);
}
