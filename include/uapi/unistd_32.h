/*
 * Linux i386 system-call numbers (arch/x86/entry/syscalls/syscall_32.tbl) for
 * the calls this kernel implements. Shared by the kernel and user/lib.
 */
#ifndef UAPI_UNISTD_32_H
#define UAPI_UNISTD_32_H

#define __NR_exit		1
#define __NR_fork		2
#define __NR_read		3
#define __NR_write		4
#define __NR_open		5
#define __NR_close		6
#define __NR_waitpid		7
#define __NR_creat		8
#define __NR_link		9
#define __NR_unlink		10
#define __NR_execve		11
#define __NR_chdir		12
#define __NR_time		13
#define __NR_chmod		15
#define __NR_lseek		19
#define __NR_getpid		20
#define __NR_getuid		24
#define __NR_alarm		27
#define __NR_pause		29
#define __NR_access		33
#define __NR_sync		36
#define __NR_kill		37
#define __NR_rename		38
#define __NR_mkdir		39
#define __NR_rmdir		40
#define __NR_dup		41
#define __NR_pipe		42
#define __NR_brk		45
#define __NR_getgid		47
#define __NR_geteuid		49
#define __NR_getegid		50
#define __NR_ioctl		54
#define __NR_fcntl		55
#define __NR_setpgid		57
#define __NR_umask		60
#define __NR_dup2		63
#define __NR_getppid		64
#define __NR_getpgrp		65
#define __NR_getrusage		77
#define __NR_gettimeofday	78
#define __NR_symlink		83
#define __NR_readlink		85
#define __NR_reboot		88
#define __NR_mmap		90	/* old_mmap: one pointer to six arguments */
#define __NR_munmap		91
#define __NR_truncate		92
#define __NR_ftruncate		93
#define __NR_fchmod		94
#define __NR_stat		106
#define __NR_lstat		107
#define __NR_fstat		108
#define __NR_wait4		114
#define __NR_fsync		118
#define __NR_uname		122
#define __NR_mprotect		125
#define __NR_getpgid		132
#define __NR_personality	136
#define __NR__llseek		140
#define __NR_getdents		141
#define __NR_msync		144
#define __NR_readv		145
#define __NR_writev		146
#define __NR_fdatasync		148
#define __NR_mlock		150
#define __NR_munlock		151
#define __NR_mlockall		152
#define __NR_munlockall		153
#define __NR_sched_yield	158
#define __NR_nanosleep		162
#define __NR_mremap		163
#define __NR_rt_sigreturn	173
#define __NR_rt_sigaction	174
#define __NR_rt_sigprocmask	175
#define __NR_rt_sigpending	176
#define __NR_rt_sigsuspend	179
#define __NR_pread64		180
#define __NR_pwrite64		181
#define __NR_getcwd		183
#define __NR_sigaltstack	186
#define __NR_vfork		190
#define __NR_mmap2		192
#define __NR_truncate64		193
#define __NR_ftruncate64	194
#define __NR_stat64		195
#define __NR_lstat64		196
#define __NR_fstat64		197
#define __NR_lchown32		198
#define __NR_fchown32		207
#define __NR_chown32		212
#define __NR_mincore		218
#define __NR_madvise		219
#define __NR_getdents64		220
#define __NR_fcntl64		221
#define __NR_gettid		224
#define __NR_set_thread_area	243
#define __NR_exit_group		252
#define __NR_set_tid_address	258
#define __NR_clock_gettime	265
#define __NR_openat		295
#define __NR_mkdirat		296
#define __NR_fchownat		298
#define __NR_fstatat64		300
#define __NR_unlinkat		301
#define __NR_renameat		302
#define __NR_linkat		303
#define __NR_symlinkat		304
#define __NR_readlinkat		305
#define __NR_fchmodat		306
#define __NR_faccessat		307
#define __NR_utimensat		320
#define __NR_dup3		330
#define __NR_pipe2		331
#define __NR_preadv		333
#define __NR_pwritev		334
#define __NR_renameat2		353
#define __NR_statx		383
#define __NR_faccessat2		439

#define NR_syscalls		512	/* size of the kernel's table */

#endif
