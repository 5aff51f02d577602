# The programs that read the kernel's accounts - free, ps, top, uptime,
# mount - and the /proc files and sysinfo behind them. Sizes, times
# and pids differ between machines: print formats, field names and the
# relations between the numbers.
echo "== free"
free | awk 'NR == 1'
free | awk 'NR > 1 {print $1, NF}'
free | awk 'NR == 2 {print ($2 == $3 + $4 + $6), ($4 <= $2), ($7 <= $2)}'
echo "== ps"
ps -o pid,ppid,stat,comm,vsz,rss | awk 'NR == 1'
ps -o pid,ppid,stat,comm,vsz,rss | awk -v sh=$$ '$4 == "ps" {print $3, ($2 == sh), ($5 > 0)}'
# The shell waits for the pipeline (S), or, on a host with CPUs to spare, is still starting it (R).
ps -o pid,ppid,stat,comm,vsz,rss | awk -v sh=$$ '$1 == sh {print ($3 ~ /^[SR]/), $4}'
echo "== top"
top -b -n1 > top.out
awk 'NR == 1 {print $1, $3, $5, $7, $9, $11}' top.out
awk 'NR == 2 {print $1, $3, $5, $7, $9, $11, $13, $15; s = $2 + $4 + $6 + $8 + $10 + $12 + $14; print (s >= 97 && s <= 103)}' top.out
awk 'NR == 3 {print $1, $2, ($3 $4 $5 ~ /^([0-9]+\.[0-9][0-9]){3}$/), ($6 ~ /^[0-9]+\/[0-9]+$/)}' top.out
awk 'NR == 4'  top.out
awk '$8 == "top" {print $3, $4, $8, $9, $10}' top.out
echo "== uptime"
uptime | awk '{print ($1 ~ /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]$/), $2, $(NF - 5), $(NF - 4), $(NF - 3)}'
uptime | awk '{print ($(NF - 2) $(NF - 1) $NF ~ /^([0-9]+\.[0-9][0-9],){2}[0-9]+\.[0-9][0-9]$/)}'
echo "== mount"
mount | awk '$3 == "/proc" {print $1, $2, $3, $4, $5}'
mount | awk '$3 == "/" {n++} END {print (n > 0)}'
test -L /proc/mounts && readlink /proc/mounts
cmp /proc/mounts /proc/self/mounts && echo "the same as /proc/self/mounts"
echo "== /proc"
grep -c '^cpu  [0-9]* [0-9]* [0-9]* [0-9]*' /proc/stat
grep -c '^cpu0 ' /proc/stat
for f in ctxt btime processes procs_running procs_blocked; do
	grep "^$f [0-9]*$" /proc/stat | awk '{print $1}'
done
awk '{print NF, ($1 ~ /^[0-9]+\.[0-9][0-9]$/), ($2 ~ /^[0-9]+\.[0-9][0-9]$/)}' /proc/uptime
awk '{print NF, ($4 ~ /^[0-9]+\/[0-9]+$/)}' /proc/loadavg
awk -F'\t' '$1 ~ /^(Name|State|Tgid|Pid|PPid|Uid|Gid|VmPeak|VmSize|VmRSS|VmData|VmStk|VmExe|VmLib|Threads|SigPnd|SigBlk|SigIgn|SigCgt):$/ {print $1}' /proc/self/status | tr '\n' ' '
echo
awk -F'\t' '$1 == "Name:" || $1 == "State:" || $1 == "Threads:" {print $2}' /proc/self/status
cat /proc/self/comm
awk '{print NF}' /proc/self/statm
awk '{print NF, $2, $3}' /proc/self/stat
grep -c '^nodev	proc$' /proc/filesystems
grep -c '^	ext2$' /proc/filesystems
grep -c "^Linux version $(uname -r) (" /proc/version
