# One Makefile for the kernel, the user programs, the ramdisk and the tests.
# Source files are found by wildcard: adding a .c file to a subsystem folder
# adds it to the build. Objects go to build/ (or $(O)).

# ---- toolchain ------------------------------------------------------------
# i686-linux-gnu- (Debian's cross GCC) by default, i686-elf- if that is what
# this machine has; override with `make CROSS=...`.
CROSS ?= $(shell if command -v i686-linux-gnu-gcc >/dev/null 2>&1; then echo i686-linux-gnu-; \
	elif command -v i686-elf-gcc >/dev/null 2>&1; then echo i686-elf-; else echo i686-linux-gnu-; fi)
CC      := $(CROSS)gcc
LD      := $(CROSS)ld
NM      := $(CROSS)nm
OBJDUMP := $(CROSS)objdump
AR      := $(CROSS)ar
NASM    := nasm
QEMU    ?= qemu-system-i386
ACCEL   ?= tcg
MEM     ?= 128M

O ?= build
# CONFIG_DEBUG_VM: VM_BUG_ON and validate_mm. On by default (this is a
# teaching kernel); `make bench` builds without it in build-bench/.
DEBUG_VM ?= 1
# The kernel's optimisation level; the test build is -O2. `make debug`
# builds build-debug/ with DEBUG_KOPT below.
KOPT ?= -O2

# ---- kernel ---------------------------------------------------------------
KDIRS := boot arch/x86 arch/x86/mm kernel mm fs ipc drivers lib
KSRC_C   := $(foreach d,$(KDIRS),$(wildcard $(d)/*.c))
KSRC_ASM := $(foreach d,$(KDIRS),$(wildcard $(d)/*.asm))
KOBJ := $(KSRC_ASM:%.asm=$(O)/k/%.o) $(KSRC_C:%.c=$(O)/k/%.o)
# The vDSO: vma.c maps it; the image is the shared object linked from
# arch/x86/vdso/vdso32/ (user-mode code, so not in KDIRS), kept whole.
KOBJ += $(O)/k/arch/x86/vdso/vma.o $(O)/k/arch/x86/vdso/vdso-image.o

KCFLAGS := -m32 -march=i686 -std=gnu11 -ffreestanding -fno-pic -fno-pie \
	-fno-stack-protector -fno-omit-frame-pointer -fno-builtin -fno-delete-null-pointer-checks \
	-mgeneral-regs-only -mno-red-zone -freg-struct-return -mregparm=3 $(KOPT) -g \
	-Wall -Wextra -Werror -Wno-unused-parameter \
	-I include -I arch/x86/include -MMD -MP
ifeq ($(DEBUG_VM),1)
KCFLAGS += -DCONFIG_DEBUG_VM
endif
NASMFLAGS := -f elf32 -g -F dwarf -I arch/x86/include/ -I boot/

KERNEL := $(O)/kernel.elf

.PHONY: all kernel user initrd iso run run-iso debug qemu-gdb gdb debug-kernel docs-check docs-update test test-linux bench ltp clean deps
.PHONY: test-linux-ref
all: $(KERNEL) $(O)/initrd.img $(O)/swap.img

kernel: $(KERNEL)


# Every object depends on this Makefile, where the flags live.
# `make V=1` shows the full commands.
ifeq ($(V),1)
Q :=
say = @true
else
Q := @
say = @echo "  $(1)	$(2)"
endif

$(O)/k/%.o: %.c Makefile
	@mkdir -p $(dir $@)
	$(call say,CC,$<)
	$(Q)$(CC) $(KCFLAGS) -c $< -o $@

$(O)/k/%.o: %.asm Makefile
	@mkdir -p $(dir $@)
	$(call say,NASM,$<)
	$(Q)$(NASM) $(NASMFLAGS) -MD $(@:.o=.d) -MP $< -o $@

# The kernel carries its own symbol table (for backtraces). It is linked
# twice: once with an empty table to learn the addresses, then with the real
# one. The table's section comes last in linker.ld, so filling it moves
# nothing before it.
$(O)/k/ksyms0.o: tools/ksyms.sh
	@mkdir -p $(dir $@)
	$(Q)printf '' | sh tools/ksyms.sh > $(O)/k/ksyms0.s
	$(Q)$(CC) -m32 -c $(O)/k/ksyms0.s -o $@

KLDFLAGS := -m elf_i386 -T linker.ld -z noexecstack --no-warn-rwx-segments
# Libraries linked last: none, except libgcc for the -O0 debug kernel, where
# 64-bit divisions call __udivdi3 instead of being folded by the optimiser.
KLIBS ?=
$(KERNEL): $(KOBJ) $(O)/k/ksyms0.o linker.ld tools/ksyms.sh
	$(call say,LD,$@)
	$(Q)$(LD) $(KLDFLAGS) -o $(O)/kernel.tmp $(KOBJ) $(O)/k/ksyms0.o $(KLIBS)
	$(Q)$(NM) -n $(O)/kernel.tmp | sh tools/ksyms.sh > $(O)/k/ksyms.s
	$(Q)$(CC) -m32 -c $(O)/k/ksyms.s -o $(O)/k/ksyms.o
	$(Q)$(LD) $(KLDFLAGS) -o $@ $(KOBJ) $(O)/k/ksyms.o $(KLIBS)
	$(Q)$(NM) -n $@ > $(O)/System.map
	$(Q)cp $(O)/System.map $(O)/kernel.sym
	$(call say,OBJDUMP,$(O)/kernel.dis)
	$(Q)$(OBJDUMP) -d -S -M intel $@ > $(O)/kernel.dis

# The strace= log names each system call: the names come from the numbers
# header, one designated initializer per __NR_ line.
$(O)/gen/syscall_names.inc: include/uapi/unistd_32.h Makefile
	@mkdir -p $(dir $@)
	$(Q)awk '$$1 == "#define" && $$2 ~ /^__NR_/ && $$3 ~ /^[0-9]+$$/ { \
		printf "\t[%s] = \"%s\",\n", $$3, substr($$2, 6) }' $< > $@
$(O)/k/kernel/strace.o: $(O)/gen/syscall_names.inc
$(O)/k/kernel/strace.o: KCFLAGS += -I $(O)/gen

# ---- the vDSO ---------------------------------------------------------------
# A shared object linked at 0 with no relocations, Linux's symbol versions
# (vdso32.map) and both hash styles, mapped into every process by exec.
VDSO_DIR := arch/x86/vdso/vdso32
VDSO_SRC := $(VDSO_DIR)/vsyscall.S $(VDSO_DIR)/vclock_gettime.c
VDSO_CFLAGS := -m32 -march=i686 -O2 -g -fPIC -ffreestanding -fno-stack-protector \
	-fno-omit-frame-pointer -Wall -Wextra -Werror -I arch/x86/include -nostdlib -shared \
	-Wl,-T,$(VDSO_DIR)/vdso32.lds -Wl,--version-script=$(VDSO_DIR)/vdso32.map \
	-Wl,--hash-style=both -Wl,-soname=linux-gate.so.1 -Wl,-z,max-page-size=4096 \
	-Wl,--no-undefined -Wl,--build-id=sha1
$(O)/vdso/vdso32.so.dbg: $(VDSO_SRC) $(VDSO_DIR)/vdso32.lds $(VDSO_DIR)/vdso32.map \
		arch/x86/include/asm/vvar.h Makefile
	@mkdir -p $(dir $@)
	$(call say,VDSO,$@)
	$(Q)$(CC) $(VDSO_CFLAGS) -o $@ $(VDSO_SRC)
	$(Q)if $(CROSS)readelf -r $@ | grep -q "^Relocation section"; then \
		echo "vdso: $@ has relocations"; rm -f $@; exit 1; fi
# The mapped copy has no debug information (GDB reads the .dbg file).
$(O)/vdso/vdso32.so: $(O)/vdso/vdso32.so.dbg
	$(Q)$(CROSS)objcopy --strip-debug $< $@
$(O)/k/arch/x86/vdso/vdso-image.o: arch/x86/vdso/vdso-image.S $(O)/vdso/vdso32.so
	@mkdir -p $(dir $@)
	$(call say,AS,$<)
	$(Q)$(CC) -m32 -c -DVDSO_IMAGE='"$(O)/vdso/vdso32.so"' $< -o $@

# ---- user programs --------------------------------------------------------
# Static i386 binaries on the Linux syscall ABI, built with our own tiny libc
# so the same file runs on this kernel and on Linux.
UCFLAGS := -m32 -march=i686 -std=gnu11 -ffreestanding -fno-pic -fno-pie \
	-fno-stack-protector -fno-builtin -O2 -g -Wall -Wextra -Werror \
	-Wno-unused-parameter -MMD -MP \
	-nostdinc -isystem $(shell $(CC) -print-file-name=include) \
	-I user/include -I include/uapi
# -nostdinc: user programs see only our libc's headers (and the compiler's
# own stdarg.h/stddef.h), never the cross toolchain's glibc headers.
ULDFLAGS := -m32 -static -nostdlib -no-pie -Wl,--build-id=none
ULIB_SRC := $(wildcard user/lib/*.c) $(wildcard user/lib/*.S)
ULIB_OBJ := $(patsubst %,$(O)/u/%.o,$(basename $(ULIB_SRC)))
ULIB := $(O)/u/libc.a
UCRT0 := $(O)/u/user/lib/crt0.o

UTESTS := $(patsubst user/tests/%.c,$(O)/tests/%,$(wildcard user/tests/*.c))
UBINS  := $(patsubst user/bin/%.c,$(O)/bin/%,$(wildcard user/bin/*.c))
USBINS := $(patsubst user/sbin/%.c,$(O)/sbin/%,$(wildcard user/sbin/*.c))
UBENCH := $(patsubst user/bench/%.c,$(O)/bench/%,$(wildcard user/bench/*.c))
# Tests built with the cross toolchain's glibc (static), as real programs
# are: user/tests-glibc/X.c -> $(O)/tests/glibc_X, run like every user test.
GTESTS := $(patsubst user/tests-glibc/%.c,$(O)/tests/glibc_%,$(wildcard user/tests-glibc/*.c))
GCFLAGS := -m32 -static -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter -D_GNU_SOURCE
UPROGS := $(UTESTS) $(UBINS) $(USBINS) $(UBENCH) $(GTESTS)

user: $(UPROGS)

$(O)/u/%.o: %.c Makefile
	@mkdir -p $(dir $@)
	$(call say,UCC,$<)
	$(Q)$(CC) $(UCFLAGS) -c $< -o $@
$(O)/u/%.o: %.S Makefile
	@mkdir -p $(dir $@)
	$(call say,UAS,$<)
	$(Q)$(CC) $(UCFLAGS) -c $< -o $@

$(ULIB): $(filter-out $(UCRT0),$(ULIB_OBJ))
	@mkdir -p $(dir $@)
	$(Q)rm -f $@ && $(AR) rcs $@ $^

define uprog
$(O)/$(1)/%: $(O)/u/user/$(1)/%.o $(ULIB) $(UCRT0)
	@mkdir -p $$(dir $$@)
	$$(call say,ULD,$$@)
	$(Q)$$(CC) $$(ULDFLAGS) -o $$@ $(UCRT0) $$< $(ULIB) -lgcc
endef
$(foreach d,tests bin sbin bench,$(eval $(call uprog,$(d))))

$(O)/tests/glibc_%: user/tests-glibc/%.c user/tests-glibc/check.h Makefile
	@mkdir -p $(dir $@)
	$(call say,GLIBC,$@)
	$(Q)$(CC) $(GCFLAGS) -o $@ $<
.PRECIOUS: $(O)/u/%.o

# Dynamically linked tests, built as the cross toolchain builds any program
# (a PIE whose PT_INTERP is /lib/ld-linux.so.2, on libc.so.6):
# user/tests-dyn/X.c -> $(O)/tests/dyn_X. The shared objects they dlopen,
# user/tests-dyn/lib/X.c -> $(O)/tests-lib/libX.so (/tests-lib in the image).
DTESTS := $(patsubst user/tests-dyn/%.c,$(O)/tests/dyn_%,$(wildcard user/tests-dyn/*.c))
DLIBS  := $(patsubst user/tests-dyn/lib/%.c,$(O)/tests-lib/lib%.so,$(wildcard user/tests-dyn/lib/*.c))
DCFLAGS := -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter -D_GNU_SOURCE -I user/tests-glibc
UPROGS += $(DTESTS) $(DLIBS)
user: $(DTESTS) $(DLIBS)

$(O)/tests/dyn_%: user/tests-dyn/%.c user/tests-glibc/check.h Makefile
	@mkdir -p $(dir $@)
	$(call say,DYN,$@)
	$(Q)$(CC) $(DCFLAGS) -o $@ $< -lm
$(O)/tests-lib/lib%.so: user/tests-dyn/lib/%.c Makefile
	@mkdir -p $(dir $@)
	$(call say,SO,$@)
	$(Q)$(CC) $(DCFLAGS) -shared -fPIC -o $@ $<
	$(Q)chmod a-x $@

# ---- Debian's programs ----------------------------------------------------
# Unmodified i386 binaries from Debian's archive, fetched with apt-get
# download into a cache outside the tree and checked against the archive's
# index (tools/fetch-deb): busybox-static, installed as /bin/busybox.
BUSYBOX_DEB := busybox-static:i386
BUSYBOX := $(O)/debs/busybox/bin/busybox
$(BUSYBOX): tools/fetch-deb
	$(call say,FETCH,$(BUSYBOX_DEB))
	$(Q)sh tools/fetch-deb $(BUSYBOX_DEB) $(O)/debs/busybox
	$(Q)touch $@

# Debian's dynamically linked programs with the libraries they need beside
# glibc: bash (libtinfo6) and grep (libpcre2-8-0), each package unpacked
# into $(O)/debs/PKG and installed in the image where Debian puts it.
DEBIAN_DEBS := bash libtinfo6 grep libpcre2-8-0
DEBIAN_STAMPS := $(DEBIAN_DEBS:%=$(O)/debs/%/VERSION)
$(O)/debs/%/VERSION: tools/fetch-deb
	$(call say,FETCH,$*:i386)
	$(Q)sh tools/fetch-deb $*:i386 $(O)/debs/$*

# ---- ramdisk --------------------------------------------------------------
# An ext2 image built from the user programs and rootfs/ with mke2fs -d.
EXTRA_BIN ?=
EXTRA_TESTS ?=
initrd: $(O)/initrd.img
$(O)/initrd.img: $(UPROGS) $(BUSYBOX) tools/mkinitrd.sh $(shell find rootfs -type f 2>/dev/null) FORCE
	sh tools/mkinitrd.sh $(O) "$(EXTRA_BIN)" "$(EXTRA_TESTS)"
$(O)/initrd.img: $(DEBIAN_STAMPS)
FORCE:

# ---- the swap disk --------------------------------------------------------
# A raw image for QEMU's first IDE disk (-drive if=ide,index=0, the kernel's
# hda), formatted by util-linux's mkswap: Linux's own swap header, so the
# kernel's swapon reads exactly what Linux's does. SWAP_SIZE in MiB. (Not
# sparse: mkswap warns that a kernel may refuse a swap file with holes.)
SWAP_SIZE ?= 64
MKSWAP := PATH="$$PATH:/sbin:/usr/sbin" mkswap
$(O)/swap.img: Makefile
	@mkdir -p $(dir $@)
	$(call say,MKSWAP,$@)
	$(Q)rm -f $@ && dd if=/dev/zero of=$@ bs=1M count=$(SWAP_SIZE) 2>/dev/null
	$(Q)chmod 600 $@ && $(MKSWAP) -L swap $@ > /dev/null

# ---- running --------------------------------------------------------------
QEMU_FLAGS := -m $(MEM) -accel $(ACCEL) -no-reboot \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04
CMDLINE ?=

# Targets a newcomer types first install the toolchain (deps), then build in
# a second make: this one's variables were computed before the compiler
# existed.
deps:
	@sh tools/install-deps

run: deps
	@$(MAKE) --no-print-directory all
	$(QEMU) $(QEMU_FLAGS) -kernel $(KERNEL) -initrd $(O)/initrd.img \
		-drive file=$(O)/swap.img,if=ide,index=0,format=raw \
		-append "$(CMDLINE)" -serial mon:stdio -display none; true

iso: deps
	@$(MAKE) --no-print-directory $(O)/os.iso
$(O)/os.iso: $(KERNEL) $(O)/initrd.img boot/grub.cfg
	rm -rf $(O)/iso && mkdir -p $(O)/iso/boot/grub
	cp $(KERNEL) $(O)/iso/boot/kernel.elf
	cp $(O)/initrd.img $(O)/iso/boot/initrd.img
	cp boot/grub.cfg $(O)/iso/boot/grub/grub.cfg
	grub-mkrescue -o $@ $(O)/iso 2>$(O)/grub-mkrescue.log

run-iso: deps
	@$(MAKE) --no-print-directory $(O)/os.iso
	$(QEMU) $(QEMU_FLAGS) -cdrom $(O)/os.iso -serial mon:stdio -display none; true

# Debugging: the kernel is built again in $(DEBUG_O) without optimisation,
# where GDB sees every argument and local in every frame (at -Og, arguments
# passed in registers are lost as soon as the register is reused, and bt
# shows stale values); the ramdisk and user programs are $(O)'s.
# qemu-gdb waits for GDB on a port of this user's own, the console on the
# terminal; gdb attaches from a second terminal; debug does both (tmux).
DEBUG_O ?= $(O)-debug
DEBUG_KOPT ?= -O0
debug-kernel: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory O=$(DEBUG_O) KOPT=$(DEBUG_KOPT) \
		KLIBS="$$($(CC) -m32 -print-libgcc-file-name)" kernel

qemu-gdb: debug-kernel
	@sh tools/debug.sh qemu-gdb $(DEBUG_O) $(O) "$(QEMU)" "$(QEMU_FLAGS)" "$(CMDLINE)"

gdb:
	@sh tools/debug.sh gdb $(DEBUG_O)

debug: debug-kernel
	@sh tools/debug.sh debug $(DEBUG_O) $(O) "$(QEMU)" "$(QEMU_FLAGS)" "$(CMDLINE)"

# The GDB walkthroughs of docs/, each one session from a fresh make debug:
# docs-check compares what the pages show with what the session prints,
# docs-update writes it into them (DOC=docs/x.md for one page), and the
# README's tour.
DOC ?= $(wildcard docs/*.md) README.md
docs-check docs-update: debug-kernel
	@st=0; for d in $(DOC); do python3 tools/gdb/walkthrough.py $(@:docs-%=%) $$d $(DEBUG_O) \
		$(O) "$(QEMU)" "$(QEMU_FLAGS)" || st=1; done; exit $$st

# ---- tests ----------------------------------------------------------------
test: deps
	@sh tools/run-tests "$(O)" "$(MAKE)"

test-linux: deps
	@$(MAKE) --no-print-directory user
	@sh tools/test/linux.sh $(O)

bench: deps
	@sh tools/bench.sh

# The user tests on Debian's i386 Linux 6.1 in QEMU (a 3G/1G split like ours).
test-linux-ref: deps
	@$(MAKE) --no-print-directory all
	@sh tools/bench/test-linux-ref.sh $(O)

# The Linux Test Project's system-call tests, from a checkout of its source.
ltp:
	@sh tools/install-deps ltp
	@$(MAKE) --no-print-directory all
	@O=$(O) LTP_SRC="$(LTP_SRC)" sh tools/ltp/ltp.sh

clean:
	rm -rf $(O) build-bench build-host $(DEBUG_O)

-include $(shell find $(O)/k $(O)/u -name '*.d' 2>/dev/null)
