/*
 * Virtual-memory event counters (mm/vmstat.c), the numbers behind
 * /proc/vmstat and /proc/meminfo. Each counter only grows, from boot; the
 * code that causes the event increments it (count_vm_event).
 */
#ifndef MM_VMSTAT_H
#define MM_VMSTAT_H

enum vm_event_item {
	PGFAULT,	/* page faults handled by handle_mm_fault, minor and major */
	PGMAJFAULT,	/* faults that had to read the page from the filesystem */
	PGALLOC_ANON,	/* anonymous pages allocated by faults (zero fill or COW copy) */
	PGCOW,		/* copy-on-write copies made by do_wp_page */
	PGREUSE,	/* write faults that reused a page nobody else maps */
	PGZAPPED,	/* page mappings removed by zap_page_range */
	PGSEGV,		/* user faults answered with SIGSEGV */
	PGSIGBUS,	/* user faults answered with SIGBUS */
	NR_VM_EVENT_ITEMS
};

/* Counter values, indexed by enum vm_event_item; read-only outside mm/vmstat.c. */
extern unsigned long vm_event_states[NR_VM_EVENT_ITEMS];
/* Their /proc/vmstat names, same index. */
extern const char *const vm_event_names[NR_VM_EVENT_ITEMS];

/*
 * Gauges (they go up and down), kept by mm/memory.c. With the free-frame
 * count they make the leak check exact: after every process of a test run
 * has exited, both are back where they started, whatever the page cache
 * and the slab kept.
 */
extern unsigned long nr_anon_pages;		/* anonymous frames in use */
extern unsigned long nr_page_table_pages;	/* user page-table frames in use */

/* The totals by name, for procfs: the same storage as vm_event_states[]. */
#define vm_pgfault	(vm_event_states[PGFAULT])
#define vm_pgmajfault	(vm_event_states[PGMAJFAULT])

static inline void count_vm_event(enum vm_event_item item)
{
	vm_event_states[item]++;
}

/*
 * Format /proc/vmstat ("name value" lines, Linux's names where Linux has the
 * counter: nr_free_pages, nr_anon_pages, nr_page_table_pages, then the events) into buf; returns the length written, at most
 * size - 1.
 */
int vmstat_show(char *buf, int size);

#endif
