#!/bin/sh
# Layer 46: every GDB walkthrough of docs/ (a page with "(gdb) " lines) and
# the README's debugging tour is typed into one session from a fresh `make
# debug` (tools/gdb/walkthrough.py: the debug kernel, the same QEMU flags and
# gdbinit), and what each command
# prints must be what the page shows, line for line. `make docs-update`
# writes a run's output into the pages after a change that moves it.
mkdir -p "$O/logs"
status=0
for doc in docs/*.md README.md; do
	grep -q '^(gdb) ' "$doc" || continue
	name=$(basename "$doc" .md)
	log="$O/logs/walkthrough-$name.log"
	if $MAKE --no-print-directory O="$O" docs-check DOC="$doc" > "$log" 2>&1; then
		echo "ok - gdb walkthrough $doc: every command prints what the page shows"
	else
		echo "not ok - gdb walkthrough $doc differs from its session (make docs-update DOC=$doc)"
		grep -v '^  [A-Z]' "$log" | tail -n 40 | sed 's/^/#   /'
		status=1
	fi
done
exit $status
