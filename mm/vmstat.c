/*
 * Virtual-memory counters. The kernel is non-preemptible on one CPU, so a
 * plain increment is atomic with respect to everything that reads these.
 * fs/proc turns them into /proc/vmstat and /proc/meminfo; the free-frame
 * count comes from the page allocator (nr_free_pages).
 */
#include <kernel/printk.h>
#include <mm/page.h>
#include <mm/vmstat.h>

unsigned long vm_event_states[NR_VM_EVENT_ITEMS];
unsigned long nr_anon_pages;
unsigned long nr_page_table_pages;

const char *const vm_event_names[NR_VM_EVENT_ITEMS] = {
	[PGFAULT] = "pgfault",
	[PGMAJFAULT] = "pgmajfault",
	[PGALLOC_ANON] = "pgalloc_anon",
	[PGCOW] = "pgcow",
	[PGREUSE] = "pgreuse",
	[PGZAPPED] = "pgzapped",
	[PGSEGV] = "pgsegv",
	[PGSIGBUS] = "pgsigbus",
};

int vmstat_show(char *buf, int size)
{
	int len, i;

	len = snprintf(buf, size, "nr_free_pages %lu\nnr_anon_pages %lu\nnr_page_table_pages %lu\n",
		       nr_free_pages, nr_anon_pages, nr_page_table_pages);
	for (i = 0; i < NR_VM_EVENT_ITEMS && len < size; i++)
		len += snprintf(buf + len, size - len, "%s %lu\n",
				vm_event_names[i], vm_event_states[i]);
	return len < size ? len : size - 1;
}
