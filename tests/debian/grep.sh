# Debian's grep (dynamically linked, with libpcre2-8-0): basic, extended,
# fixed and Perl regular expressions, counts, context, recursion, and a
# larger input.
printf '%s\n' alpha beta gamma delta epsilon zeta eta > words
grep -c a words
grep -n '^[bd]' words
grep -E 'ta$|ma$' words
grep -v e words
grep -o 'l[a-z]' words
grep -P '(?<=e)p\w+' words
grep -i ALPHA words
grep -w eta words
grep -F -e beta -e delta words
grep -A1 gamma words
grep -q omega words
echo "no omega: status $?"
echo "needle here" > n.txt
grep -r needle .
for (( i = 1; i <= 5000; i++ )); do echo "line $i"; done > big
grep -c 7 big
grep -E '^line (1|2)[0-9]{3}$' big | grep -c .
grep -P '^line \d*(\d)\1$' big | grep -c .
