#!/bin/sh
# Debugging sessions (the Makefile's qemu-gdb, gdb and debug targets):
#   sh tools/debug.sh qemu-gdb KDIR UDIR "QEMU" "QEMU_FLAGS" "CMDLINE"
#   sh tools/debug.sh gdb      KDIR
#   sh tools/debug.sh debug    KDIR UDIR "QEMU" "QEMU_FLAGS" "CMDLINE"
#   sh tools/debug.sh batch    KDIR UDIR "QEMU" "QEMU_FLAGS" "CMDLINE" SERIAL_LOG GDB_SCRIPT
# KDIR holds the kernel to debug (kernel.elf, built -Og in build-debug/),
# UDIR the ramdisk and the user programs with their debug information.
#
# qemu-gdb: QEMU stopped before the first instruction, its gdbstub on a port
#   of this user's own (GDB_PORT, else 26000 + uid % 10000, else the next
#   free one), the serial console on this terminal (mon:stdio: Ctrl-A x
#   quits, Ctrl-A c is QEMU's monitor, Ctrl-A h lists the keys).
# gdb: attach to it from a second terminal, with the kernel's symbols and
#   the helpers of tools/gdb/ (KDIR/gdbinit, written by qemu-gdb).
# debug: both in one terminal, split by tmux (QEMU's console above, GDB
#   below); without tmux, GDB alone on the terminal and the console in
#   KDIR/logs/debug-serial.log (`vm-dmesg` in GDB shows the kernel log).
# batch: what make test runs: QEMU in the background, GDB -batch on a script
#   after the same gdbinit, the console in SERIAL_LOG.
mode=$1
kdir=$2
udir=$3
qemu=$4
flags=$5
cmdline=$6
portfile="$kdir/gdb-port"

# port_free PORT: true if nothing listens on 127.0.0.1:PORT.
port_free() {
	python3 -c 'import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)' "$1"
}

pick_port() {	# pick_port BASE
	port=${GDB_PORT:-$1}
	[ -n "$GDB_PORT" ] && return
	tries=0
	while ! port_free "$port" && [ $tries -lt 200 ]; do
		port=$((port + 1)); tries=$((tries + 1))
	done
}

# write_gdbinit PORT: the commands every session starts with.
write_gdbinit() {
	cat > "$kdir/gdbinit" <<EOT
set pagination off
set confirm off
set trust-readonly-sections on
file $kdir/kernel.elf
set \$vm_user_dir = "$udir"
target remote 127.0.0.1:$1
source tools/gdb/vmkernel.py
EOT
}

# -icount shift=0: the guest's clock counts its instructions, so timer
# interrupts (and with them every scheduling decision) fall at the same
# instruction in every run: a session typed twice prints the same thing,
# and so does the walkthrough a page shows.
start_qemu() {	# start_qemu SERIAL: QEMU stopped at the first instruction
	# shellcheck disable=SC2086
	exec $qemu $flags -icount shift=0 -kernel "$kdir/kernel.elf" -initrd "$udir/initrd.img" -append "$cmdline" \
		-drive "file=$udir/swap.img,if=ide,index=0,format=raw,snapshot=on" \
		-serial "$1" -display none -S -gdb "tcp:127.0.0.1:$port"
}

banner() {
	echo "QEMU waits for GDB on 127.0.0.1:$port: \`make gdb\` in another terminal attaches."
	echo "Console below; Ctrl-A x quits QEMU, Ctrl-A h lists QEMU's keys."
}

welcome='echo \nQEMU is stopped before the first instruction. Try:\n  break start_kernel\n  continue\n  next / list / bt\n  help vmkernel\n\n'

mkdir -p "$kdir/logs"
case $mode in
qemu-gdb)
	pick_port $((26000 + $(id -u) % 10000))
	write_gdbinit "$port"
	echo "$port" > "$portfile"
	banner
	(start_qemu mon:stdio)
	rm -f "$portfile"
	;;
gdb)
	if [ ! -f "$portfile" ]; then
		echo "no QEMU waits for GDB here: start \`make qemu-gdb\` first" >&2
		exit 1
	fi
	exec gdb -q -x "$kdir/gdbinit" -ex "$welcome"
	;;
debug)
	pick_port $((26000 + $(id -u) % 10000))
	write_gdbinit "$port"
	echo "$port" > "$portfile"
	if command -v tmux >/dev/null 2>&1 && [ -t 0 ]; then
		session=vmkernel-$(id -u)-$$
		gdbcmd="sleep 1; gdb -q -x $kdir/gdbinit -ex '$welcome'"
		qemucmd="GDB_PORT=$port sh tools/debug.sh qemu-gdb $kdir $udir '$qemu' '$flags' '$cmdline'; tmux kill-session -t $session"
		if [ -n "$TMUX" ]; then
			# Inside tmux already: GDB in a new pane below this one.
			tmux split-window -v -p 60 "$gdbcmd"
			GDB_PORT=$port sh tools/debug.sh qemu-gdb "$kdir" "$udir" "$qemu" "$flags" "$cmdline"
		else
			# Quitting either side ends the session.
			tmux new-session -s "$session" "$qemucmd" \; \
				split-window -v -p 60 "$gdbcmd; tmux kill-session -t $session"
		fi
	else
		start_qemu "file:$kdir/logs/debug-serial.log" &
		pid=$!
		echo "QEMU pid $pid on port $port; the console goes to $kdir/logs/debug-serial.log"
		gdb -q -x "$kdir/gdbinit" -ex "$welcome"
		kill "$pid" 2>/dev/null
	fi
	rm -f "$portfile"
	;;
batch)
	pick_port $((30000 + $$ % 20000))
	write_gdbinit "$port"
	start_qemu "file:$7" < /dev/null &
	pid=$!
	sleep 1
	timeout "${GDB_TIMEOUT:-150}" gdb -batch -nx -x "$kdir/gdbinit" -x "$8" < /dev/null 2>&1
	rc=$?
	kill "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	exit $rc
	;;
*)
	echo "usage: sh tools/debug.sh qemu-gdb|gdb|debug|batch ..." >&2
	exit 2
	;;
esac
