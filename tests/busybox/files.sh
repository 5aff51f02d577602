# File utilities: mkdir -p, touch, cp, mv, ln, ln -s, readlink, ls, find,
# rm -r, stat, du, chmod, and what each leaves behind. (A directory's size
# is its filesystem's block size, so it is not compared.)
mkdir -p a/b/c
echo hello > a/f
touch a/b/empty
cp a/f a/g
mv a/g a/b/h
ln a/f a/hard
ln -s ../f a/b/link
readlink a/b/link
cat a/b/link
ls a
ls -a a/b
ls -l a/f | awk '{print $1, $2, $5, $NF}'
find . | sort
find . -type l
find . -type f -name 'h*' | sort
stat -c '%n %s %h %F %a' a/f a/b/link
stat -c '%n %h %F %a' a/b
chmod 751 a/f
stat -c '%a' a/f
cp -r a copy
ls -R copy | sort
du -s a | awk '{print ($1 > 0)}'
rm -r copy a/b
ls a
mv a z
test -d z && test ! -e a && echo moved
rm -rf z
ls
