# dd from /dev/zero and /dev/urandom, tar, gzip and zcat: the bytes that
# come out are the bytes that went in. (Listings are sorted: the order of
# a directory's entries is the filesystem's business.)
dd if=/dev/zero of=zeros bs=1024 count=64 2>/dev/null
ls -l zeros | awk '{print $5}'
md5sum zeros
dd if=/dev/urandom of=rand bs=4096 count=8 2>/dev/null
wc -c < rand
seq 1 2000 > numbers
mkdir dir
cp numbers dir/n1
echo small > dir/n2
tar cf all.tar zeros numbers dir
tar tf all.tar | sort
mkdir out
cd out
tar xf ../all.tar
cmp zeros ../zeros && cmp numbers ../numbers && cmp dir/n1 ../dir/n1 && echo extracted
cat dir/n2
cd ..
gzip -9 < numbers > numbers.gz
zcat numbers.gz | md5sum
md5sum < numbers
gzip -d -c numbers.gz | tail -n 1
cp rand rand2
gzip rand2
gunzip rand2.gz
cmp rand rand2 && echo random bytes survive gzip
