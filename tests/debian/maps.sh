# What a dynamically linked program sees in /proc/self/maps, apart from
# the addresses: grep, its loader, libc.so.6 and libpcre2 each mapped as
# Linux maps them (first page read-only, text, read-only data, RELRO made
# read-only after relocation, data), one [vdso] and one [stack].
for lib in bin/grep ld-linux.so.2 libc.so.6 libpcre2-8.so.0.11.2; do
	perms=$(grep "/$lib\$" /proc/self/maps | while read -r range p rest; do printf '%s ' "$p"; done)
	echo "$lib: $perms"
done
grep -c '\[vdso\]$' /proc/self/maps
grep -c '\[stack\]$' /proc/self/maps
grep -c ' 00000000 .*/libc.so.6$' /proc/self/maps
