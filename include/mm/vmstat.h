/*
 * Virtual-memory counters (mm/vmstat.c): the numbers behind /proc/vmstat
 * and /proc/meminfo. The code that causes an event increments its counter
 * directly; the kernel is non-preemptible on one CPU, so a plain ++ is
 * atomic with respect to every reader.
 */
#ifndef MM_VMSTAT_H
#define MM_VMSTAT_H

/* Events: they only grow, from boot. Names as in Linux's /proc/vmstat where Linux has them. */
extern unsigned long nr_pgfault;	/* faults handled by handle_mm_fault, minor and major */
extern unsigned long nr_pgmajfault;	/* faults that had to read the page from the filesystem */
extern unsigned long nr_pgalloc_anon;	/* anonymous pages allocated by faults (zero fill, COW copy) */
extern unsigned long nr_pgcow;		/* copy-on-write copies */
extern unsigned long nr_pgreuse;	/* write faults that reused a page nobody else maps */
extern unsigned long nr_pgzapped;	/* page mappings removed (munmap, exit, MADV_DONTNEED) */
extern unsigned long nr_pgsegv;		/* user faults answered with SIGSEGV */
extern unsigned long nr_pgsigbus;	/* user faults answered with SIGBUS */
/* Reclaim and swap (mm/vmscan.c, mm/swap_state.c), Linux's names: */
extern unsigned long nr_pswpin, nr_pswpout;	/* pages read from / written to swap */
extern unsigned long nr_pgscan_kswapd, nr_pgscan_direct;	/* inactive pages looked at */
extern unsigned long nr_pgsteal_kswapd, nr_pgsteal_direct;	/* ... and freed */
extern unsigned long nr_pgactivate, nr_pgdeactivate;	/* moves between the LRU lists */
extern unsigned long nr_pgrefill;		/* active pages looked at */
extern unsigned long nr_allocstall;		/* direct reclaims */
extern unsigned long nr_pageoutrun;		/* kswapd runs */

/*
 * Gauges (they go up and down), kept by mm/memory.c. When every process but
 * init has exited, nr_anon_pages and nr_page_table_pages hold exactly init's
 * own pages, whatever the page cache and the slab kept: the leak check.
 */
extern unsigned long nr_anon_pages;		/* anonymous frames in use */
extern unsigned long nr_page_table_pages;	/* user page-table frames in use */

/* ---- mm/vmstat.c ---- */

int vmstat_show(char *buf, int size);

#endif
