#!/bin/sh
# Draws `make bench`'s figures as one PNG with gnuplot:
#   sh tools/bench/chart.sh DATA_DIR OUT.png
# DATA_DIR holds what tools/bench/table.awk wrote with chart_dir set:
#   ops.dat  "operation" ours linux        (guest instructions per operation)
#   vma.dat  N then, per column of the VMA table, top and churn figures
#            (this kernel gap tree, 2.6 linear walk, Linux top-down, bottom-up)
# Left: every operation, ours beside Linux, on a log scale. Right: the cost
# of an mmap+munmap pair against the number of VMAs already mapped.
d=$1
out=$2
[ -s "$d/ops.dat" ] && [ -s "$d/vma.dat" ] || { echo "chart: no data in $d"; exit 1; }
gnuplot <<GP
set terminal pngcairo size 1600,700 font "sans,10"
set output "$out"
set multiplot layout 1,2
set bmargin 16
set title "Guest instructions per operation (qemu -icount shift=0; lower is better)"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set logscale y
set yrange [100:*]
set xtics rotate by -40 left font "sans,8"
set key top left
set grid ytics
plot "$d/ops.dat" using 2:xtic(1) title "this kernel", '' using 3 title "Linux 6.1 i386"
unset style
unset logscale
set style data linespoints
set title "mmap + munmap pair with N VMAs mapped"
set logscale x
set logscale y
set xrange [5:130000]
set yrange [1000:*]
set xtics ("10" 10, "100" 100, "1,000" 1000, "10,000" 10000, "65,000" 65000) rotate by 0 font "sans,9"
set xlabel "VMAs already mapped"
set ylabel "guest instructions per pair"
plot "$d/vma.dat" using 1:2 title "ours, gap tree, top" lw 2, \
	'' using 1:3 title "ours, gap tree, churn" lw 2, \
	'' using 1:4 title "ours, 2.6 linear walk, top", \
	'' using 1:5 title "ours, 2.6 linear walk, churn", \
	'' using 1:6 title "Linux, top-down, top" dt 2 lw 2, \
	'' using 1:7 title "Linux, top-down, churn" dt 2 lw 2, \
	'' using 1:8 title "Linux, bottom-up, top" dt 3, \
	'' using 1:9 title "Linux, bottom-up, churn" dt 3
unset multiplot
GP
