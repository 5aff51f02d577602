/*
 * Symbol lookup for backtraces. The link step appends a sorted table of the
 * kernel's function symbols (tools/ksyms.sh), so the kernel can name any of
 * its own text addresses without a debugger.
 */
#include <kernel/kallsyms.h>
#include <kernel/printk.h>

extern const unsigned long ksyms_num;
extern const unsigned long ksyms_addr[];
extern const unsigned long ksyms_name[];
extern const char ksyms_str[];
extern const char _text[], _etext[];

/*
 * The name of the kernel function containing addr, with addr's offset
 * into it in *offset; NULL if addr is outside the kernel's text (then
 * *offset is not set).
 */
const char *kallsyms_lookup(unsigned long addr, unsigned long *offset)
{
	unsigned long lo = 0, hi = ksyms_num;

	if (addr < (unsigned long)_text || addr >= (unsigned long)_etext || !hi)
		return NULL;
	/* Binary search for the last symbol at or below addr. */
	while (hi - lo > 1) {
		unsigned long mid = (lo + hi) / 2;

		if (ksyms_addr[mid] <= addr)
			lo = mid;
		else
			hi = mid;
	}
	if (ksyms_addr[lo] > addr)
		return NULL;
	*offset = addr - ksyms_addr[lo];
	return ksyms_str + ksyms_name[lo];
}

/* Write "name+0xoff" for addr into buf (size bytes, always terminated), or "?". */
void kallsyms_format(unsigned long addr, char *buf, size_t size)
{
	unsigned long off;
	const char *name = kallsyms_lookup(addr, &off);

	if (name)
		snprintf(buf, size, "%s+0x%lx", name, off);
	else
		snprintf(buf, size, "?");
}
