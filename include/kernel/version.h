/*
 * The release and version uname and /proc/version report. The release is
 * the Linux ABI this kernel speaks, not the Linux its mm/ is modelled on:
 * the structures follow 2.6, but every system call and errno is checked
 * against Linux 6.1 (make test-linux, the LTP verdicts), and programs
 * such as LTP choose what to expect by this number (a "2.6.0" would make
 * them expect 2.6's behaviour, or skip what 2.6 did not have).
 */
#ifndef KERNEL_VERSION_H
#define KERNEL_VERSION_H

#define UTS_RELEASE	"6.1.0-vmkernel"
#define UTS_VERSION	"#1 vmkernel teaching kernel"

#endif
