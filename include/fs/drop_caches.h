/* Dropping clean caches (fs/drop_caches.c), for /proc/sys/vm/drop_caches. */
#ifndef FS_DROP_CACHES_H
#define FS_DROP_CACHES_H

/*
 * Remove from the page cache every page that is clean, unmapped and used
 * by nobody but the cache; returns the pages freed. Dirty pages stay.
 */
unsigned long drop_pagecache(void);

/* Give every empty slab of every cache back to the page allocator; returns frames freed. */
unsigned long drop_slab(void);

#endif
