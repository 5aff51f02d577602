# The tables of `make bench`, from tools/bench.sh's results file:
#   K OP LAYOUT TICKS OPS FAULTS     K = ours | linux (ops_bench)
#   K OP LAYOUT skip REASON...
#   mmap SRC WORKLOAD VMAS LAYOUT TICKS   (mmap_bench, SRC = ours-tree,
#                                    ours-linear, linux, host-tree, host-linear)
# Each figure is the minimum over every boot (and round) that gave one. No
# cell is left empty without a reason.
# Variables: linux (non-empty if Linux ran), linux_why, linux_name, boots;
# chart_dir, if set, gets ops.dat and vma.dat for tools/bench/chart.sh.

function add(k, op, lay, per, fpo) {
	key = k SUBSEP op SUBSEP lay
	if (!(key in best) || per < best[key]) {
		best[key] = per
		fault[key] = fpo
	}
}

function commas(x,    s, out, n) {
	s = sprintf("%d", x + 0.5)
	out = ""
	while (length(s) > 3) {
		out = "," substr(s, length(s) - 2) out
		s = substr(s, 1, length(s) - 3)
	}
	return s out
}

# The figure of kernel k for op in layout lay ("any": the lowest of all),
# or "" with why[k] set.
function figure(k, op, lay,    key, l, v, found) {
	if (k == "linux" && !linux) {
		reason = "no Linux run: " linux_why
		return ""
	}
	found = ""
	for (l in layouts) {
		if (lay != "any" && l != lay)
			continue
		key = k SUBSEP op SUBSEP l
		if ((key in best) && (found == "" || best[key] < found)) {
			found = best[key]
			ff[k] = fault[key]
		}
	}
	if (found != "")
		return found
	if ((k SUBSEP op) in skipped)
		reason = skipped[k SUBSEP op]
	else if (lay == "topdown" && k == "ours")
		reason = "no top-down layout here"
	else
		reason = "did not run (see build-bench/logs)"
	return ""
}

function row(label, op, lay, per_fault,    a, b, ra, rb, ratio, fa, fb) {
	ff["ours"] = ff["linux"] = ""
	a = figure("ours", op, lay); ra = reason
	b = figure("linux", op, lay); rb = reason
	if (per_fault) {	# ticks per fault instead of per operation
		if (a != "" && ff["ours"] > 0) a = a / ff["ours"]
		if (b != "" && ff["linux"] > 0) b = b / ff["linux"]
	}
	fa = ff["ours"] == "" ? "–" : sprintf("%.2f", ff["ours"])
	fb = ff["linux"] == "" ? "–" : sprintf("%.2f", ff["linux"])
	ratio = (a != "" && b != "" && a > 0) ? sprintf("%.2f", b / a) : "–"
	if (chart_dir != "" && a != "")
		printf "\"%s\" %d %s\n", label, a + 0.5, b == "" ? "NaN" : sprintf("%d", b + 0.5) \
			> (chart_dir "/ops.dat")
	printf "| %s | %s | %s | %s | %s / %s |\n", label,
		a == "" ? "– (" ra ")" : commas(a),
		b == "" ? "– (" rb ")" : commas(b), ratio, fa, fb
}

$1 == "ours" || $1 == "linux" {
	layouts[$3] = 1
	if ($4 == "skip") {
		why = $5
		for (i = 6; i <= NF; i++)
			why = why " " $i
		skipped[$1 SUBSEP $2] = why
	} else if ($5 > 0) {
		add($1, $2, $3, $4 / $5, $6 / $5)
	}
	next
}

$1 == "mmap" {
	key = $2 SUBSEP $3 SUBSEP $4 SUBSEP $5
	if (!(key in mm) || $6 < mm[key])
		mm[key] = $6
	next
}

END {
	layouts["bottomup"] = layouts["topdown"] = 1
	printf "Guest instructions per operation, minimum of %d boots; Linux = %s.\n", boots,
		linux_name == "" ? "not run" : "Debian's " linux_name
	printf "Rows marked by layout ran in that mmap layout; Linux's default is top-down,\n"
	printf "bottom-up is personality(ADDR_COMPAT_LAYOUT|ADDR_NO_RANDOMIZE); ours is bottom-up.\n\n"
	printf "| operation | this kernel | Linux 6.1 | Linux ÷ ours | page faults per op (ours / Linux) |\n"
	printf "| --- | ---: | ---: | ---: | ---: |\n"
	row("getpid", "getpid", "any")
	row("fork + exit + wait", "fork_exit_wait", "any")
	row("execve of a small static program", "execve", "any")
	row("fork with 4 MiB touched, child writes one page", "fork_4mib", "any")
	row("anonymous write fault (per page)", "anon_write_fault", "any")
	row("zero-page read fault (per page)", "zero_page_read_fault", "any")
	row("copy-on-write fault (per page)", "cow_fault", "any")
	row("file read fault, page cached (per page)", "file_read_fault", "any")
	row("file read fault, page cached (per fault)", "file_read_fault", "any", 1)
	row("mmap + munmap of one page, bottom-up", "mmap_munmap", "bottomup")
	row("mmap + munmap of one page, top-down", "mmap_munmap", "topdown")
	row("mmap + touch 256 pages + munmap, bottom-up", "mmap_touch256_munmap", "bottomup")
	row("mmap + touch 256 pages + munmap, top-down", "mmap_touch256_munmap", "topdown")
	row("mprotect of one page in 1,000 and back (split + merge)", "mprotect_split_merge", "any")
	row("brk grow + shrink by one page", "brk_grow_shrink", "any")
	row("read() of 4 KiB from a cached file", "read_4k", "any")
	row("64 KiB write + fsync (Linux: on tmpfs)", "write_64k_fsync", "any")
	row("pipe round trip (1 byte each way)", "pipe_round_trip", "any")
	row("futex wake round trip (2 processes, shared page)", "futex_round_trip", "any")
	row("thread create + join", "thread_create_join", "any")
	row("page fault served from swap", "swap_fault", "any")

	ncols = split("ours-tree,bottomup ours-linear,bottomup linux,topdown linux,bottomup", cols, " ")
	split("this kernel, gap tree|this kernel, 2.6 linear walk|Linux 6.1, top-down|Linux 6.1, bottom-up", names, "|")
	printf "\nmmap + munmap pair with N regions mapped (guest instructions; `top`: the new\n"
	printf "region goes above all N; `churn`: one of the N is unmapped and the hole refilled).\n\n"
	printf "| work | VMAs"
	for (i = 1; i <= ncols; i++) printf " | %s", names[i]
	printf " |\n| --- | ---:"
	for (i = 1; i <= ncols; i++) printf " | ---:"
	printf " |\n"
	nw = split("top churn", ws, " ")
	nn = split("10 100 1000 10000 65000", ns, " ")
	for (w = 1; w <= nw; w++) for (n = 1; n <= nn; n++) {
		printf "| %s | %s", ws[w], commas(ns[n])
		for (i = 1; i <= ncols; i++) {
			split(cols[i], c, ",")
			k = c[1] SUBSEP ws[w] SUBSEP ns[n] SUBSEP c[2]
			if (k in mm)
				printf " | %s", commas(mm[k])
			else if (c[1] == "linux" && !linux)
				printf " | – (no Linux run)"
			else
				printf " | – (did not run)"
		}
		printf " |\n"
	}
	printf "\n"
	for (n = 1; chart_dir != "" && n <= nn; n++) {
		line = ns[n]
		for (i = 1; i <= ncols; i++) for (w = 1; w <= nw; w++) {
			split(cols[i], c, ",")
			k = c[1] SUBSEP ws[w] SUBSEP ns[n] SUBSEP c[2]
			line = line " " ((k in mm) ? mm[k] : "NaN")
		}
		print line > (chart_dir "/vma.dat")
	}
	for (w = 1; w <= nw; w++) for (i = 1; i <= ncols; i++) {
		split(cols[i], c, ",")
		a = c[1] SUBSEP ws[w] SUBSEP 10 SUBSEP c[2]
		b = c[1] SUBSEP ws[w] SUBSEP 65000 SUBSEP c[2]
		if ((a in mm) && (b in mm) && mm[a] > 0)
			printf "- %s, %s: 65,000 VMAs cost %.1f× what 10 cost\n", names[i], ws[w], mm[b] / mm[a]
	}

	printf "\nmm/mmap.c alone on the host (tests/bench_mmap.c: no system call, no page\n"
	printf "tables; host CPU cycles, noisy, not comparable with the guest figures):\n\n"
	printf "| work | VMAs | gap tree | 2.6 linear walk |\n| --- | ---: | ---: | ---: |\n"
	for (w = 1; w <= nw; w++) for (n = 1; n <= nn; n++) {
		printf "| %s | %s", ws[w], commas(ns[n])
		for (i = 1; i <= 2; i++) {
			k = (i == 1 ? "host-tree" : "host-linear") SUBSEP ws[w] SUBSEP ns[n] SUBSEP "bottomup"
			printf " | %s", (k in mm) ? commas(mm[k]) : "– (did not build or run)"
		}
		printf " |\n"
	}
}
