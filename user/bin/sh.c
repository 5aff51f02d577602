/*
 * /bin/sh: a small shell for the console. It prints a prompt, reads a line
 * (the console's cooked mode already handles backspace and echo; the shell
 * also drops a backspace that reaches it, for terminals that do not), splits
 * it into words at blanks (with '...' and "..." quoting), and runs:
 *	cd [DIR]	change directory (default $HOME, else /)
 *	exit [N]	leave the shell
 *	pwd		print the current directory
 *	anything else	fork + execve, searching $PATH (default /bin),
 *			and wait; the exit status is kept for "echo $?".
 * A command ending in '&' runs without waiting. With a file argument the
 * shell reads commands from that file instead of the console; with
 * "-c COMMAND" it runs that one command line and exits with its status.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define LINE_MAX_LEN	1024
#define MAX_ARGS	64

static int last_status;

/*
 * Reads one line from fd into buf, handling backspace/DEL itself in case
 * the terminal passes them on. Returns the length, or -1 at end of input.
 */
static int read_line(int fd, char *buf, int size)
{
	int len = 0;
	char c;

	for (;;) {
		ssize_t n = read(fd, &c, 1);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return len ? len : -1;
		if (c == '\n' || c == '\r')
			break;
		if (c == '\b' || c == 0x7f) {
			if (len > 0)
				len--;
			continue;
		}
		if (len < size - 1)
			buf[len++] = c;
	}
	buf[len] = '\0';
	return len;
}

/* Splits line in place into words; returns the count. */
static int split_words(char *line, char **argv, int max)
{
	int argc = 0;
	char *in = line, *out = line;

	while (argc < max - 1) {
		while (*in == ' ' || *in == '\t')
			in++;
		if (!*in || *in == '#')
			break;
		argv[argc++] = out;
		while (*in && *in != ' ' && *in != '\t') {
			char q = *in;

			if (q == '\'' || q == '"') {
				for (in++; *in && *in != q; )
					*out++ = *in++;
				if (*in)
					in++;
			} else {
				*out++ = *in++;
			}
		}
		if (*in)
			in++;
		*out++ = '\0';
	}
	argv[argc] = NULL;
	return argc;
}

/* Replaces "$?" words by the last status (the one expansion we offer). */
static void expand(char **argv, char *status_buf, size_t size)
{
	for (; *argv; argv++)
		if (!strcmp(*argv, "$?")) {
			snprintf(status_buf, size, "%d", last_status);
			*argv = status_buf;
		}
}

static int builtin(int argc, char **argv)
{
	char cwd[PATH_MAX];

	if (!strcmp(argv[0], "exit"))
		exit(argc > 1 ? atoi(argv[1]) : last_status);
	if (!strcmp(argv[0], "cd")) {
		const char *dir = argc > 1 ? argv[1] : getenv("HOME");

		if (!dir)
			dir = "/";
		last_status = chdir(dir) < 0;
		if (last_status)
			dprintf(2, "cd: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	if (!strcmp(argv[0], "pwd")) {
		last_status = getcwd(cwd, sizeof(cwd)) == NULL;
		if (last_status)
			perror("pwd");
		else
			printf("%s\n", cwd);
		return 1;
	}
	return 0;
}

static void run(int argc, char **argv)
{
	int background = 0, status;
	pid_t pid;

	if (argc > 1 && !strcmp(argv[argc - 1], "&")) {
		argv[--argc] = NULL;
		background = 1;
	}
	pid = fork();
	if (pid < 0) {
		perror("sh: fork");
		last_status = 1;
		return;
	}
	if (pid == 0) {
		execvp(argv[0], argv);
		dprintf(2, "sh: %s: %s\n", argv[0], strerror(errno));
		_exit(errno == ENOENT ? 127 : 126);
	}
	if (background) {
		printf("[%d]\n", pid);
		return;
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return;
	if (WIFSIGNALED(status)) {
		dprintf(2, "%s: killed by signal %d (%s)\n", argv[0], WTERMSIG(status),
			signame(WTERMSIG(status)));
		last_status = 128 + WTERMSIG(status);
	} else {
		last_status = WEXITSTATUS(status);
	}
}

/* Runs one command line (already read into line, which it modifies). */
static void run_line(char *line)
{
	char *words[MAX_ARGS], status_buf[16];
	int n = split_words(line, words, MAX_ARGS);

	if (n == 0)
		return;
	expand(words, status_buf, sizeof(status_buf));
	if (!builtin(n, words))
		run(n, words);
}

/*
 * An interrupt (^C, where the terminal sends one) must not end the shell.
 * A handler rather than SIG_IGN: execve resets a handler to the default in
 * the commands the shell runs, but would pass SIG_IGN on to them.
 */
static void on_interrupt(int sig)
{
}

/* Collects finished background children so they do not stay zombies. */
static void reap_background(void)
{
	int status;
	pid_t pid;

	while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
		printf("[%d] done\n", pid);
}

int main(int argc, char **argv)
{
	char line[LINE_MAX_LEN], cwd[PATH_MAX];
	int in = 0, interactive;

	if (argc > 2 && !strcmp(argv[1], "-c")) {
		snprintf(line, sizeof(line), "%s", argv[2]);
		run_line(line);
		return last_status;
	}
	if (argc > 1) {
		in = open(argv[1], O_RDONLY);
		if (in < 0) {
			dprintf(2, "sh: %s: %s\n", argv[1], strerror(errno));
			return 127;
		}
	}
	interactive = in == 0 && isatty(0);
	if (interactive)
		signal(SIGINT, on_interrupt);
	for (;;) {
		reap_background();
		if (interactive)
			printf("%s# ", getcwd(cwd, sizeof(cwd)) ? cwd : "?");
		if (read_line(in, line, sizeof(line)) < 0)
			break;
		run_line(line);
	}
	if (interactive)
		printf("\n");
	return last_status;
}
