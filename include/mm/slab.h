/*
 * Object caches on top of the page allocator (mm/slab.c), and kmalloc on
 * top of a set of size-class caches. Contracts are at the definitions.
 */
#ifndef MM_SLAB_H
#define MM_SLAB_H

#include <kernel/types.h>

struct kmem_cache;

/* kmalloc size classes: 16, 32, ... 2048 bytes; larger requests get whole frames. */
#define KMALLOC_MIN_SIZE	16
#define KMALLOC_MAX_CACHE_SIZE	2048

/* ---- mm/slab.c ---- */

void kmem_cache_init(void);

struct kmem_cache *kmem_cache_create(const char *name, size_t size, size_t align,
				     void (*ctor)(void *obj));
unsigned long kmem_cache_shrink(struct kmem_cache *cache);
unsigned long kmem_cache_shrink_all(void);
unsigned long kmem_cache_nr_pages(unsigned long *reclaimable);
void kmem_cache_destroy(struct kmem_cache *cache);

void *kmem_cache_alloc(struct kmem_cache *cache);
void *kmem_cache_zalloc(struct kmem_cache *cache);
void kmem_cache_free(struct kmem_cache *cache, void *obj);

void *kmalloc(size_t size);
void *kzalloc(size_t size);
void kfree(const void *ptr);

#endif
