# Text tools on a small file: cat, grep, sed, awk, sort, uniq, tr, cut,
# wc, head, tail, md5sum, seq, printf.
printf 'pear 3\napple 10\nfig 7\napple 2\nkiwi 5\n' > fruit
cat -n fruit
grep apple fruit
grep -c -v apple fruit
grep -n '^[fk]' fruit
sed 's/apple/APPLE/g; 2d' fruit
sed -n '3,4p' fruit
awk '{sum += $2} END {print "total", sum}' fruit
awk '$2 > 4 {print $1}' fruit
sort fruit
sort -k2 -n fruit
cut -d' ' -f1 fruit | sort | uniq -c
tr 'a-z' 'A-Z' < fruit | head -2
wc -l < fruit
wc fruit
tail -n 2 fruit
md5sum fruit
seq 3 3 12
seq 1 100 | awk '{s += $1} END {print s}'
echo "a,b,,d" | awk -F, '{print NF, $4}'
printf '%05d|%-4s|%x\n' 42 ab 255
