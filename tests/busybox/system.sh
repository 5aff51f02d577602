# Programs that read the kernel's view: date, uname, sleep, kill, /proc,
# free, ps, id, env.
date +%Y | awk '{print ($1 >= 2024)}'
uname -s
sleep 1 && echo slept
kill -0 $$ && echo alive
test -L /proc/self && echo "/proc/self is a link"
readlink /proc/self/exe | sed "s,.*/,,"
free | awk 'NR == 1 {print $1, $2, $3}'
ps -o comm | grep -c '^ps$'
id -u
env | grep -c '^PATH='
cat /proc/self/stat | awk '{print $3}'
echo $(( $(date +%s) > 1700000000 ))
