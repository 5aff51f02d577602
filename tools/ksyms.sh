#!/bin/sh
# Reads `nm -n` output on stdin and writes an assembly file with the kernel's
# function symbols, sorted by address, for symbolized backtraces:
#   ksyms_num:   number of entries
#   ksyms_addr:  addresses, ascending
#   ksyms_name:  offsets of the NUL-terminated names in ksyms_str
echo '	.section .ksyms,"a"'
awk 'BEGIN { n = 0 }

NF == 3 && $2 ~ /^[tT]$/ { addr[n] = $1; name[n] = $3; n++ }
END {
	print "	.globl ksyms_num\n	.balign 4\nksyms_num:\n	.long " n
	print "	.globl ksyms_addr\nksyms_addr:"
	for (i = 0; i < n; i++) print "	.long 0x" addr[i]
	print "	.globl ksyms_name\nksyms_name:"
	off = 0
	for (i = 0; i < n; i++) { print "	.long " off; off += length(name[i]) + 1 }
	print "	.globl ksyms_str\nksyms_str:"
	for (i = 0; i < n; i++) print "	.asciz \"" name[i] "\""
}'
