/* The out-of-memory killer (mm/oom_kill.c); the contract is at the definition. */
#ifndef MM_OOM_H
#define MM_OOM_H

void pagefault_out_of_memory(unsigned long address);

#endif
