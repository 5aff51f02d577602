/*
 * The slab allocator: caches of equal-sized objects carved out of blocks
 * of frames ("slabs"), and kmalloc on top of a ladder of size-class caches.
 *
 * A slab is one block from alloc_pages(cache->order). Its objects sit at
 * fixed strides from the block's start; a free object holds, in its first
 * word, the address of the next free object of the same slab (the slab's
 * free list, headed by page->freelist of the block's first frame). The
 * first frame also counts the objects handed out (page->inuse). Every
 * frame of a slab has PG_slab and its cache in page->private, so
 * kfree(obj) finds the cache through virt_to_page(obj); the block's first
 * frame is then found by alignment, since buddy blocks are aligned on
 * their size.
 *
 * A cache keeps its slabs on three lists, as Linux's SLAB does: partial
 * (some objects free, allocate from here first), full, and free (no
 * object in use; at most one is kept, the others go back to the buddy
 * lists).
 *
 * With CONFIG_DEBUG_VM a freed object is filled with POISON_FREE after
 * its free-list word, and checked when handed out again; freeing an object
 * that is already free, or an address that is no object, panics with the
 * cache and the address.
 */
#include <kernel/init.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <mm/page.h>
#include <mm/slab.h>

#define POISON_FREE	0x6b	/* Linux's byte for freed slab objects */
#define SLAB_MAX_ORDER	5	/* objects up to 128 KiB */

struct kmem_cache {
	const char *name;
	size_t object_size;	/* bytes the creator asked for */
	size_t size;		/* stride between objects: object_size, aligned */
	unsigned int order;	/* each slab is 2^order frames */
	unsigned int objects;	/* objects per slab */
	void (*ctor)(void *obj);
	struct list_head slabs_partial;	/* first frames of slabs with free and used objects */
	struct list_head slabs_full;	/* ... with every object in use */
	struct list_head slabs_free;	/* ... with none in use */
	unsigned long nr_slabs;		/* slabs on the three lists */
	unsigned long nr_active;	/* objects handed out */
	struct list_head list;		/* in cache_chain */
};

/* The cache of cache descriptors, set up by hand since it cannot create itself. */
static struct kmem_cache cache_cache;
static LIST_HEAD(cache_chain);

static struct kmem_cache *kmalloc_caches[8];	/* 16 << i bytes */
static const char *const kmalloc_names[8] = {
	"kmalloc-16", "kmalloc-32", "kmalloc-64", "kmalloc-128",
	"kmalloc-256", "kmalloc-512", "kmalloc-1024", "kmalloc-2048",
};

static inline void *get_freepointer(const void *obj) { return *(void *const *)obj; }
static inline void set_freepointer(void *obj, void *next) { *(void **)obj = next; }

/* The first frame of the slab holding obj (which must be in a slab of cache). */
static struct page *obj_to_slab(const struct kmem_cache *cache, const void *obj)
{
	unsigned long pfn = __pa(obj) >> PAGE_SHIFT;

	return pfn_to_page(pfn & ~((1UL << cache->order) - 1));
}

/* ---- debug checks ---- */

#ifdef CONFIG_DEBUG_VM
/*
 * Offset of the first byte after the free-list word of a free object
 * that is not POISON_FREE, or -1 when the poison is intact.
 */
static long slab_poison_check(const struct kmem_cache *cache, const void *obj)
{
	const u8 *p = obj;
	size_t i;

	for (i = sizeof(void *); i < cache->size; i++)
		if (p[i] != POISON_FREE)
			return i;
	return -1;
}

/* Is obj on its slab's free list? Walks at most one slab's objects. */
static bool slab_object_is_free(const struct page *slab, const void *obj)
{
	const void *p;

	for (p = slab->freelist; p; p = get_freepointer(p))
		if (p == obj)
			return true;
	return false;
}

static void __noreturn slab_error(const struct kmem_cache *cache, const void *obj,
				  const char *what)
{
	panic("slab %s: %s: object %p", cache->name, what, obj);
}

static void poison_object(const struct kmem_cache *cache, void *obj)
{
	memset((u8 *)obj + sizeof(void *), POISON_FREE, cache->size - sizeof(void *));
}

/* obj is about to be handed out: its poison and free-list word must be sane. */
static void check_alloc_object(const struct kmem_cache *cache, const struct page *slab,
			       const void *obj)
{
	const u8 *base = page_address(slab), *next = get_freepointer(obj);
	long off = slab_poison_check(cache, obj);

	if (off >= 0)
		panic("slab %s: write after free at %p (object %p, offset %ld)",
		      cache->name, (const u8 *)obj + off, obj, off);
	if (next && (next < base || next >= base + cache->objects * cache->size ||
		     (next - base) % cache->size))
		slab_error(cache, obj, "free-list word overwritten after free");
}

/* obj is being freed: it must be an object of this cache that is in use. */
static void check_free_object(const struct kmem_cache *cache, const struct page *slab,
			      const void *obj)
{
	const u8 *base = page_address(slab);

	if (!PageSlab(slab) || (struct kmem_cache *)slab->private != cache)
		slab_error(cache, obj, "freeing an object of another cache");
	if ((const u8 *)obj < base || ((const u8 *)obj - base) % cache->size ||
	    (const u8 *)obj >= base + cache->objects * cache->size)
		slab_error(cache, obj, "freeing an address that is not an object");
	if (slab_object_is_free(slab, obj))
		slab_error(cache, obj, "double free");
}
#else
static inline void poison_object(const struct kmem_cache *cache, void *obj) { }
static inline void check_alloc_object(const struct kmem_cache *cache,
				      const struct page *slab, const void *obj) { }
static inline void check_free_object(const struct kmem_cache *cache,
				     const struct page *slab, const void *obj) { }
#endif

/* ---- slabs ---- */

/* A new slab for cache, all objects free and on its free list; NULL when out of memory. */
static struct page *cache_grow(struct kmem_cache *cache)
{
	struct page *slab = alloc_pages(cache->order);
	u8 *base;
	unsigned int i;

	if (!slab)
		return NULL;
	for (i = 0; i < (1U << cache->order); i++) {
		SetPageFlag(slab + i, PG_slab);
		slab[i].private = (unsigned long)cache;
	}
	base = page_address(slab);
	for (i = 0; i < cache->objects; i++) {
		void *obj = base + i * cache->size;

		set_freepointer(obj, i + 1 < cache->objects ? base + (i + 1) * cache->size : NULL);
		poison_object(cache, obj);
	}
	slab->freelist = base;
	slab->inuse = 0;
	list_add(&slab->lru, &cache->slabs_free);
	cache->nr_slabs++;
	return slab;
}

/* An empty slab goes back to the page allocator. */
static void slab_destroy(struct kmem_cache *cache, struct page *slab)
{
	unsigned int i;

	list_del(&slab->lru);
	for (i = 0; i < (1U << cache->order); i++) {
		ClearPageFlag(slab + i, PG_slab);
		slab[i].private = 0;
	}
	slab->freelist = NULL;
	slab->_mapcount = -1;	/* inuse shares the word; a free frame is unmapped */
	__free_pages(slab, cache->order);
	cache->nr_slabs--;
}

/* Move a slab to the list its fill level says; drop a second empty slab. */
static void slab_relist(struct kmem_cache *cache, struct page *slab)
{
	list_del(&slab->lru);
	if (slab->inuse == (int)cache->objects) {
		list_add(&slab->lru, &cache->slabs_full);
	} else if (slab->inuse) {
		list_add(&slab->lru, &cache->slabs_partial);
	} else if (list_empty(&cache->slabs_free)) {
		list_add(&slab->lru, &cache->slabs_free);
	} else {
		list_add(&slab->lru, &cache->slabs_free);
		slab_destroy(cache, slab);
	}
}

/* ---- caches ---- */

/* Slab order for objects of stride size: waste at most an eighth, if we can. */
static unsigned int slab_order(size_t size)
{
	unsigned int order = get_order(size);

	while (order < 3 && ((PAGE_SIZE << order) % size) > (PAGE_SIZE << order) / 8)
		order++;
	return order;
}

static void cache_setup(struct kmem_cache *cache, const char *name, size_t size,
			size_t align, void (*ctor)(void *))
{
	if (align < sizeof(void *))
		align = sizeof(void *);
	cache->name = name;
	cache->object_size = size;
	cache->size = ALIGN(max(size, sizeof(void *)), align);
	cache->order = slab_order(cache->size);
	cache->objects = (PAGE_SIZE << cache->order) / cache->size;
	cache->ctor = ctor;
	INIT_LIST_HEAD(&cache->slabs_partial);
	INIT_LIST_HEAD(&cache->slabs_full);
	INIT_LIST_HEAD(&cache->slabs_free);
	cache->nr_slabs = cache->nr_active = 0;
	list_add_tail(&cache->list, &cache_chain);
}

/*
 * kmem_cache_create - a new cache of objects of size bytes
 * Each object is aligned on align (a power of two up to PAGE_SIZE, or 0
 * for the natural word alignment). ctor (may be NULL) runs on every
 * object kmem_cache_alloc hands out, before the caller sees it. Returns
 * NULL when size is 0 or too large for a slab (128 KiB), align is not a
 * power of two, or memory runs out. name is not copied. After
 * kmem_cache_init.
 */
struct kmem_cache *kmem_cache_create(const char *name, size_t size, size_t align,
				     void (*ctor)(void *obj))
{
	struct kmem_cache *cache;

	if (!size || size > (PAGE_SIZE << SLAB_MAX_ORDER) || (align & (align - 1)) ||
	    align > PAGE_SIZE)
		return NULL;
	cache = kmem_cache_alloc(&cache_cache);
	if (cache)
		cache_setup(cache, name, size, align, ctor);
	return cache;
}

/* kmem_cache_shrink - give every empty slab back to the page allocator; returns frames freed. */
unsigned long kmem_cache_shrink(struct kmem_cache *cache)
{
	unsigned long frames = 0;

	while (!list_empty(&cache->slabs_free)) {
		slab_destroy(cache, list_first_entry(&cache->slabs_free, struct page, lru));
		frames += 1UL << cache->order;
	}
	return frames;
}

/*
 * kmem_cache_shrink_all - kmem_cache_shrink on every cache (drop_caches)
 * Returns the frames given back. What stays is the slabs holding live
 * objects, so after it the slab's frames are exactly those in use.
 */
unsigned long kmem_cache_shrink_all(void)
{
	struct kmem_cache *cache;
	unsigned long frames = 0;

	list_for_each_entry(cache, &cache_chain, list)
		frames += kmem_cache_shrink(cache);
	return frames;
}

/*
 * kmem_cache_nr_pages - the frames the slabs of every cache hold, and in
 * *reclaimable how many of them are empty slabs, kept for reuse, that
 * kmem_cache_shrink_all would give back: /proc/meminfo's Slab and
 * SReclaimable. kmalloc's whole-frame allocations are not slabs.
 */
unsigned long kmem_cache_nr_pages(unsigned long *reclaimable)
{
	struct kmem_cache *cache;
	struct page *slab;
	unsigned long frames = 0, empty = 0;

	list_for_each_entry(cache, &cache_chain, list) {
		frames += cache->nr_slabs << cache->order;
		list_for_each_entry(slab, &cache->slabs_free, lru)
			empty += 1UL << cache->order;
	}
	*reclaimable = empty;
	return frames;
}

/*
 * kmem_cache_destroy - free a cache and its slabs
 * Every object must have been freed; if not, the cache is left alone (its
 * objects are still someone's) and reported on the console.
 */
void kmem_cache_destroy(struct kmem_cache *cache)
{
	if (cache->nr_active) {
		printk(KERN_ERR "slab %s: destroy with %lu objects in use; cache kept\n",
		       cache->name, cache->nr_active);
		return;
	}
	kmem_cache_shrink(cache);
	list_del(&cache->list);
	kmem_cache_free(&cache_cache, cache);
}

/* ---- objects ---- */

/*
 * kmem_cache_alloc - an object of cache, or NULL when out of memory
 * The object is not zeroed; the cache's constructor, if any, has run on
 * it. Debug builds check that nobody wrote to it while it was free.
 */
void *kmem_cache_alloc(struct kmem_cache *cache)
{
	struct page *slab;
	void *obj;

	if (!list_empty(&cache->slabs_partial))
		slab = list_first_entry(&cache->slabs_partial, struct page, lru);
	else if (!list_empty(&cache->slabs_free))
		slab = list_first_entry(&cache->slabs_free, struct page, lru);
	else if (!(slab = cache_grow(cache)))
		return NULL;
	obj = slab->freelist;
	check_alloc_object(cache, slab, obj);
	slab->freelist = get_freepointer(obj);
	slab->inuse++;
	cache->nr_active++;
	slab_relist(cache, slab);
	if (cache->ctor)
		cache->ctor(obj);
	return obj;
}

/* kmem_cache_zalloc - kmem_cache_alloc, then zero-filled (after the constructor); or NULL. */
void *kmem_cache_zalloc(struct kmem_cache *cache)
{
	void *obj = kmem_cache_alloc(cache);

	if (obj)
		memset(obj, 0, cache->object_size);
	return obj;
}

/*
 * kmem_cache_free - give obj back to cache
 * obj must be an object of this cache that is in use; NULL is ignored.
 * Debug builds panic on a double free, an object of another cache or an
 * address that is no object, and poison the freed object.
 */
void kmem_cache_free(struct kmem_cache *cache, void *obj)
{
	struct page *slab;

	if (!obj)
		return;
	slab = obj_to_slab(cache, obj);
	check_free_object(cache, slab, obj);
	poison_object(cache, obj);
	set_freepointer(obj, slab->freelist);
	slab->freelist = obj;
	slab->inuse--;
	cache->nr_active--;
	slab_relist(cache, slab);
}

/* ---- kmalloc ---- */

/* The size class for size bytes (1 <= size <= KMALLOC_MAX_CACHE_SIZE). */
static struct kmem_cache *kmalloc_cache(size_t size)
{
	unsigned int i = 0;

	while ((size_t)(KMALLOC_MIN_SIZE << i) < size)
		i++;
	return kmalloc_caches[i];
}

/* Whole frames for a large kmalloc; the head frame remembers the order. */
static void *kmalloc_large(size_t size)
{
	unsigned int order = get_order(size);
	struct page *page = alloc_pages(order);

	if (!page)
		return NULL;
	SetPageFlag(page, PG_compound);
	page->private = order;
	return page_address(page);
}

/*
 * kmalloc - size bytes of kernel memory, not zeroed
 * Up to KMALLOC_MAX_CACHE_SIZE from the size-class caches (aligned on the
 * class size), larger from whole frames (page-aligned, up to 4 MiB).
 * NULL for size 0 or over 4 MiB, or when out of memory. Give it back with
 * kfree.
 */
void *kmalloc(size_t size)
{
	if (!size)
		return NULL;
	if (size <= KMALLOC_MAX_CACHE_SIZE)
		return kmem_cache_alloc(kmalloc_cache(size));
	return kmalloc_large(size);
}

/* kzalloc - kmalloc, zero-filled. */
void *kzalloc(size_t size)
{
	void *p = kmalloc(size);

	if (p)
		memset(p, 0, size);
	return p;
}

/*
 * kfree - give back memory from kmalloc (or an object of any slab cache)
 * NULL is ignored; a pointer that came from neither panics.
 */
void kfree(const void *ptr)
{
	struct page *page;
	unsigned int order;

	if (!ptr)
		return;
	page = virt_to_page(ptr);
	if (PageSlab(page)) {
		kmem_cache_free((struct kmem_cache *)page->private, (void *)ptr);
		return;
	}
	if (!PageCompound(page) || ((unsigned long)ptr & ~PAGE_MASK))
		panic("kfree: %p is not from kmalloc (pfn 0x%lx flags 0x%lx)",
		      ptr, page_to_pfn(page), page->flags);
	order = page->private;
	ClearPageFlag(page, PG_compound);
	page->private = 0;
	__free_pages(page, order);
}

/*
 * kmem_cache_init - the cache of caches and the kmalloc size classes
 * Call once, after mem_init. Panics when out of memory: nothing can run
 * without kmalloc.
 */
void kmem_cache_init(void)
{
	unsigned int i;

	INIT_LIST_HEAD(&cache_chain);
	cache_setup(&cache_cache, "kmem_cache", sizeof(struct kmem_cache), 0, NULL);
	for (i = 0; i < ARRAY_SIZE(kmalloc_caches); i++) {
		kmalloc_caches[i] = kmem_cache_create(kmalloc_names[i], KMALLOC_MIN_SIZE << i,
						      KMALLOC_MIN_SIZE << i, NULL);
		if (!kmalloc_caches[i])
			panic("kmem_cache_init: cannot create %s", kmalloc_names[i]);
	}
}

/* ---- boot self-tests ---- */

#define ST_OBJECTS 1000

/* Many objects, interleaved frees, reuse of freed slots, and nothing leaks. */
static int selftest_slab_patterns(void)
{
	static void *objs[ST_OBJECTS];
	struct kmem_cache *cache = kmem_cache_create("selftest-40", 40, 8, NULL);
	unsigned long free_before, slabs;
	bool ok = true;
	int fails = 0, i;

	if (!selftest_check(cache != NULL, "create a cache"))
		return -1;
	free_before = nr_free_pages;
	for (i = 0; i < ST_OBJECTS; i++) {
		objs[i] = kmem_cache_alloc(cache);
		ok &= objs[i] && !((unsigned long)objs[i] & 7);
		if (objs[i])
			memset(objs[i], i & 0xff, 40);
	}
	for (i = 0; ok && i < ST_OBJECTS; i++)
		ok &= ((u8 *)objs[i])[0] == (i & 0xff) && ((u8 *)objs[i])[39] == (i & 0xff);
	fails += !selftest_check(ok, "1000 aligned objects that do not overlap");
	slabs = cache->nr_slabs;
	fails += !selftest_check(slabs == (ST_OBJECTS + cache->objects - 1) / cache->objects,
				 "objects packed into the fewest slabs");
	for (i = 0; i < ST_OBJECTS; i += 2)
		kmem_cache_free(cache, objs[i]);
	fails += !selftest_check(cache->nr_active == ST_OBJECTS / 2, "interleaved frees");
	for (i = 0; i < ST_OBJECTS; i += 2)
		objs[i] = kmem_cache_alloc(cache);
	fails += !selftest_check(cache->nr_slabs == slabs, "freed slots are reused");
	for (i = ST_OBJECTS - 1; i >= 0; i--)
		kmem_cache_free(cache, objs[i]);
	kmem_cache_shrink(cache);
	fails += !selftest_check(cache->nr_active == 0 && cache->nr_slabs == 0 &&
				 nr_free_pages == free_before,
				 "every frame returns once all objects are freed");
	kmem_cache_destroy(cache);
	return -fails;
}

static int ctor_calls;
static void selftest_ctor(void *obj)
{
	ctor_calls++;
	memset(obj, 0x11, 24);
}

/* Constructors run on every allocation; zalloc zeroes. */
static int selftest_slab_ctor(void)
{
	struct kmem_cache *cache = kmem_cache_create("selftest-ctor", 24, 0, selftest_ctor);
	u8 *a, *b;
	int fails = 0;

	if (!selftest_check(cache != NULL, "create a cache with a constructor"))
		return -1;
	ctor_calls = 0;
	a = kmem_cache_alloc(cache);
	kmem_cache_free(cache, a);
	a = kmem_cache_alloc(cache);
	fails += !selftest_check(a && ctor_calls == 2 && a[23] == 0x11,
				 "the constructor runs on every allocation");
	b = kmem_cache_zalloc(cache);
	fails += !selftest_check(b && b[0] == 0 && b[23] == 0, "kmem_cache_zalloc zeroes");
	kmem_cache_free(cache, a);
	kmem_cache_free(cache, b);
	kmem_cache_destroy(cache);
	return -fails;
}

#ifdef CONFIG_DEBUG_VM
/* A freed object is poisoned; the checkers see writes after free and double frees. */
static int selftest_slab_poison(void)
{
	struct kmem_cache *cache = kmem_cache_create("selftest-poison", 64, 0, NULL);
	struct page *slab;
	u8 *obj, *keep;
	int fails = 0;

	if (!selftest_check(cache != NULL, "create a cache"))
		return -1;
	keep = kmem_cache_alloc(cache);	/* keeps the slab alive while obj is free */
	obj = kmem_cache_alloc(cache);
	slab = obj_to_slab(cache, obj);
	fails += !selftest_check(!slab_object_is_free(slab, obj), "a live object is not free");
	kmem_cache_free(cache, obj);
	fails += !selftest_check(slab_poison_check(cache, obj) == -1 && obj[63] == POISON_FREE,
				 "a freed object is poisoned");
	fails += !selftest_check(slab_object_is_free(slab, obj),
				 "a second free of it would be seen");
	obj[10] = 0;		/* a deliberate write after free */
	fails += !selftest_check(slab_poison_check(cache, obj) == 10,
				 "a write after free is found at its offset");
	obj[10] = POISON_FREE;
	kmem_cache_free(cache, keep);
	kmem_cache_destroy(cache);
	return -fails;
}
selftest("poison", selftest_slab_poison);
#endif

/* Every size class, its alignment, and the whole-frame path above it. */
static int selftest_kmalloc(void)
{
	static const size_t large[] = { 2049, 4096, 4097, 3 * 4096, 65536 };
	unsigned long before;
	size_t size;
	bool ok = true;
	unsigned int i;
	int fails = 0;

	for (size = KMALLOC_MIN_SIZE; size <= KMALLOC_MAX_CACHE_SIZE; size <<= 1) {
		u8 *a = kmalloc(size), *b = kmalloc(size / 2 + 1);

		ok &= a && b && !((unsigned long)a & (size - 1)) && !((unsigned long)b & (size - 1));
		ok &= a && virt_to_page(a)->private == (unsigned long)kmalloc_cache(size);
		ok &= b && virt_to_page(b)->private == (unsigned long)kmalloc_cache(size);
		if (a && b) {
			memset(a, 0xa1, size);
			memset(b, 0xb2, size / 2 + 1);
			ok &= a[size - 1] == 0xa1 && b[0] == 0xb2;
		}
		kfree(a);
		kfree(b);
	}
	fails += !selftest_check(ok, "each size class 16..2048, aligned on its size");
	ok = true;
	before = nr_free_pages;
	for (i = 0; i < ARRAY_SIZE(large); i++) {
		u8 *p = kzalloc(large[i]);

		ok &= p && !((unsigned long)p & ~PAGE_MASK) && p[large[i] - 1] == 0 &&
		      virt_to_page(p)->private == get_order(large[i]);
		kfree(p);
	}
	fails += !selftest_check(ok && nr_free_pages == before,
				 "larger sizes take whole frames and give them back");
	fails += !selftest_check(kmalloc(0) == NULL && kmalloc(PAGE_SIZE << MAX_ORDER) == NULL,
				 "size 0 and sizes over 4 MiB are refused");
	kfree(NULL);
	return -fails;
}

selftest("alloc/free patterns", selftest_slab_patterns);
selftest("constructors", selftest_slab_ctor);
selftest("size classes", selftest_kmalloc);
