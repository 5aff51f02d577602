# The shell: pipes, redirections, here-documents, functions, loops, case,
# command substitution, arithmetic, exit statuses, background jobs.
seq 1 10 | grep 5 | wc -l
echo one > f; echo two >> f; cat < f
ls /nonexistent 2> err; echo "status $?"; wc -l < err
{ echo out; echo err >&2; } > both 2>&1; sort both
cat <<END
here $((6 * 7))
END
greet() { echo "hello, $1"; return 3; }
greet world; echo "returned $?"
for i in 1 2 3; do printf '%s ' "$i"; done; echo
n=0; while [ $n -lt 5 ]; do n=$((n + 1)); done; echo "n=$n"
for w in apple kiwi 42; do
	case $w in
	a*) echo "$w starts with a" ;;
	[0-9]*) echo "$w is a number" ;;
	*) echo "$w is something else" ;;
	esac
done
x=$(echo inner | tr a-z A-Z); echo "got $x"
(exit 7); echo "subshell $?"
false || echo "or"; true && echo "and"
sleep 1 & p=$!; wait $p; echo "waited $?"
sleep 10 & p=$!; kill $p; wait $p; echo "killed $?"
( echo from a child; exit 2 ) | cat; echo "pipe ${?}"
set -- a b c; echo "$# args, second $2"
IFS=: read a b <<END
left:right
END
echo "$b $a"
trap 'echo trapped' USR1; kill -USR1 $$; echo after
