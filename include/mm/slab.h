/*
 * Object caches on top of the page allocator (mm/slab.c), and kmalloc on
 * top of a set of size-class caches.
 */
#ifndef MM_SLAB_H
#define MM_SLAB_H

#include <kernel/types.h>

struct kmem_cache;

/* Bring up the size-class caches behind kmalloc; after mem_init. */
void kmem_cache_init(void);

/* A cache of objects of `size` bytes; ctor (may be NULL) runs on each new object. */
struct kmem_cache *kmem_cache_create(const char *name, size_t size, size_t align,
				     void (*ctor)(void *obj));
/* An object, or NULL when out of memory. */
void *kmem_cache_alloc(struct kmem_cache *cache);
void *kmem_cache_zalloc(struct kmem_cache *cache);
void kmem_cache_free(struct kmem_cache *cache, void *obj);

/* General-purpose allocation up to half a page... or larger, from whole pages. */
void *kmalloc(size_t size);
void *kzalloc(size_t size);
void kfree(const void *ptr);

#endif
