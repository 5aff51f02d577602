# Debian's bash (dynamically linked, with libtinfo6): expansions, arrays,
# regular expressions, functions, command substitution (a fork each),
# pipelines, subshells, background jobs and wait, here-documents, file
# descriptors, traps.
echo "bash ${BASH_VERSINFO[0]}.${BASH_VERSINFO[1]}"
fib() {
	local n=$1
	if (( n < 2 )); then echo "$n"; else echo $(( $(fib $((n - 1))) + $(fib $((n - 2))) )); fi
}
echo "fib 10 = $(fib 10)"
s="the quick brown fox"
echo "${s^^} ${s// /_} ${#s} ${s:4:5} ${s#* } ${s%% *}"
arr=(one two three)
arr+=(four)
echo "${#arr[@]} ${arr[*]: -2} ${!arr[*]}"
declare -A colour=([apple]=red [banana]=yellow [cherry]=red)
n=0
for k in "${!colour[@]}"; do [[ ${colour[$k]} == red ]] && n=$((n + 1)); done
echo "red fruit: $n of ${#colour[@]}"
printf -v padded '%05d|%-6s|%x|%o' 42 ab 255 8
echo "$padded"
[[ "abc123" =~ ^([a-z]+)([0-9]+)$ ]] && echo "match ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
read -r a b c <<< "x y z w"
echo "$a/$b/$c"
while IFS=: read -r name val; do echo "$name=$val"; done <<'DOC'
root:0
daemon:1
DOC
( exit 3 )
echo "subshell status $?"
echo one | { read -r x; echo "pipe read $x"; }
set -o pipefail
false | true
echo "pipefail status $?"
set +o pipefail
for i in 1 2 3; do ( echo "job $i" > "job.$i" ) & done
wait
echo "$(< job.1) $(< job.2) $(< job.3)"
exec {fd}> file
echo "through fd" >&"$fd"
exec {fd}>&-
echo "$(< file)"
shopt -s extglob
f=name.tar.gz
echo "${f%%.+([a-z])} ${f##*.}"
sum=0
for (( i = 1; i <= 1000; i++ )); do (( sum += i * i )); done
echo "sum of squares $sum"
trap 'echo "EXIT trap"' EXIT
