/* GDT layout and segment selectors. Entries 6-8 are the TLS slots, as in Linux. */
#ifndef ASM_SEGMENT_H
#define ASM_SEGMENT_H

#define GDT_ENTRY_KERNEL_CS	1
#define GDT_ENTRY_KERNEL_DS	2
#define GDT_ENTRY_USER_CS	3
#define GDT_ENTRY_USER_DS	4
#define GDT_ENTRY_TSS		5
#define GDT_ENTRY_TLS_MIN	6
#define GDT_ENTRY_TLS_ENTRIES	3
#define GDT_ENTRY_LDT		9	/* the running mm's LDT (modify_ldt), if it has one */
#define GDT_ENTRIES		10

#define __KERNEL_CS	(GDT_ENTRY_KERNEL_CS * 8)
#define __KERNEL_DS	(GDT_ENTRY_KERNEL_DS * 8)
#define __USER_CS	(GDT_ENTRY_USER_CS * 8 + 3)
#define __USER_DS	(GDT_ENTRY_USER_DS * 8 + 3)
#define __TSS		(GDT_ENTRY_TSS * 8)

#endif
