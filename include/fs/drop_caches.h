/* Dropping clean caches (fs/drop_caches.c), for /proc/sys/vm/drop_caches. */
#ifndef FS_DROP_CACHES_H
#define FS_DROP_CACHES_H

/* ---- fs/drop_caches.c ---- */
unsigned long drop_pagecache(void);
unsigned long drop_slab(void);

#endif
