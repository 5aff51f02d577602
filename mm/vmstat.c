/*
 * Virtual-memory counters. fs/procfs turns them into /proc/vmstat and
 * /proc/meminfo; the free-frame count comes from the page allocator
 * (nr_free_pages).
 */
#include <kernel/compiler.h>
#include <kernel/printk.h>
#include <mm/page.h>
#include <mm/vmstat.h>

unsigned long nr_pgfault, nr_pgmajfault, nr_pgalloc_anon, nr_pgcow, nr_pgreuse;
unsigned long nr_pgzapped, nr_pgsegv, nr_pgsigbus;
unsigned long nr_anon_pages, nr_page_table_pages;
unsigned long nr_pswpin, nr_pswpout, nr_pgscan_kswapd, nr_pgscan_direct;
unsigned long nr_pgsteal_kswapd, nr_pgsteal_direct, nr_pgactivate, nr_pgdeactivate;
unsigned long nr_pgrefill, nr_allocstall, nr_pageoutrun;

static const struct {
	const char *name;
	const unsigned long *value;
} vmstat_items[] = {
	{ "nr_free_pages", &nr_free_pages },
	{ "nr_anon_pages", &nr_anon_pages },
	{ "nr_page_table_pages", &nr_page_table_pages },
	{ "pgfault", &nr_pgfault },
	{ "pgmajfault", &nr_pgmajfault },
	{ "pgalloc_anon", &nr_pgalloc_anon },
	{ "pgcow", &nr_pgcow },
	{ "pgreuse", &nr_pgreuse },
	{ "pgzapped", &nr_pgzapped },
	{ "pgsegv", &nr_pgsegv },
	{ "pgsigbus", &nr_pgsigbus },
	{ "pswpin", &nr_pswpin },
	{ "pswpout", &nr_pswpout },
	{ "pgactivate", &nr_pgactivate },
	{ "pgdeactivate", &nr_pgdeactivate },
	{ "pgrefill", &nr_pgrefill },
	{ "pgsteal_kswapd", &nr_pgsteal_kswapd },
	{ "pgsteal_direct", &nr_pgsteal_direct },
	{ "pgscan_kswapd", &nr_pgscan_kswapd },
	{ "pgscan_direct", &nr_pgscan_direct },
	{ "pageoutrun", &nr_pageoutrun },
	{ "allocstall", &nr_allocstall },
};

/*
 * Format /proc/vmstat into buf: "name value" lines for nr_free_pages, the
 * gauges and the events. Returns the length written, at most size - 1
 * (the text is cut short when buf is too small).
 */
int vmstat_show(char *buf, int size)
{
	unsigned int i;
	int len = 0;

	for (i = 0; i < ARRAY_SIZE(vmstat_items) && len < size; i++)
		len += snprintf(buf + len, size - len, "%s %lu\n",
				vmstat_items[i].name, *vmstat_items[i].value);
	return len < size ? len : size - 1;
}
