/*
 * Object caches on top of the page allocator (mm/slab.c), and kmalloc on
 * top of a set of size-class caches.
 */
#ifndef MM_SLAB_H
#define MM_SLAB_H

#include <kernel/types.h>

struct kmem_cache;

/* kmalloc size classes: 16, 32, ... 2048 bytes; larger requests get whole frames. */
#define KMALLOC_MIN_SIZE	16
#define KMALLOC_MAX_CACHE_SIZE	2048

/* Bring up the size-class caches behind kmalloc; after mem_init. */
void kmem_cache_init(void);

/*
 * A cache of objects of `size` bytes, each aligned on `align` (a power of
 * two, or 0 for the natural word alignment); NULL when out of memory or
 * size is unusable. ctor (may be NULL) runs on every object handed out by
 * kmem_cache_alloc, before the caller sees it.
 */
struct kmem_cache *kmem_cache_create(const char *name, size_t size, size_t align,
				     void (*ctor)(void *obj));
/* Give every empty slab of the cache back to the page allocator; returns frames freed. */
unsigned long kmem_cache_shrink(struct kmem_cache *cache);
/* kmem_cache_shrink on every cache (for drop_caches); returns frames freed. */
unsigned long kmem_cache_shrink_all(void);
/* Destroy a cache whose objects have all been freed (otherwise it is kept and reported). */
void kmem_cache_destroy(struct kmem_cache *cache);

/* An object, or NULL when out of memory. Not zeroed (unless zalloc). */
void *kmem_cache_alloc(struct kmem_cache *cache);
void *kmem_cache_zalloc(struct kmem_cache *cache);
/* obj must come from this cache; NULL is ignored. Debug builds catch double frees. */
void kmem_cache_free(struct kmem_cache *cache, void *obj);

/*
 * General-purpose allocation: up to KMALLOC_MAX_CACHE_SIZE from the
 * size-class caches (aligned on the class size), larger from whole frames
 * (page-aligned, up to 4 MiB). NULL for size 0 or when out of memory.
 * kfree(NULL) does nothing.
 */
void *kmalloc(size_t size);
void *kzalloc(size_t size);
void kfree(const void *ptr);

#endif
