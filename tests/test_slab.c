/* SOURCES: mm/page_alloc.c tests/shim/pmem_host.c */
/*
 * Host unit tests of the slab allocator and kmalloc, on a fake 64 MiB
 * machine: the boot self-tests, a random workload checked against a
 * shadow copy, and the debug checks (double free, write after free,
 * kfree of a foreign pointer). mm/slab.c is included whole so the tests
 * can look at its caches.
 */
#include "pmem_host.h"
#include "../mm/slab.c"

#define MiB (1UL << 20)

static void machine_64m(void)
{
	static struct boot_params bp;

	pmem_bp_reset(&bp);
	pmem_bp_add(&bp, 0, 0x9fc00, 1);
	pmem_bp_add(&bp, 0x100000, 63 * MiB, 1);
	free_area_init(&bp, 1 * MiB, 2 * MiB);
	kmem_cache_init();
}

/* Frames held by the kmalloc caches and the cache of caches. */
static void shrink_all(void)
{
	struct kmem_cache *cache;

	list_for_each_entry(cache, &cache_chain, list)
		kmem_cache_shrink(cache);
}

/* Random sizes, random frees: contents survive, and every frame comes back. */
static void test_random_workload(void)
{
	enum { SLOTS = 3000, ROUNDS = 60000 };
	static struct { u8 *p; size_t size; u8 tag; } slot[SLOTS];
	unsigned long before;
	bool ok = true;
	int round, i;

	shrink_all();
	before = nr_free_pages;
	srand(777);
	for (round = 0; round < ROUNDS; round++) {
		i = rand() % SLOTS;
		if (slot[i].p) {
			size_t k;

			for (k = 0; k < slot[i].size; k += 1 + slot[i].size / 8)
				ok &= slot[i].p[k] == slot[i].tag;
			ok &= slot[i].p[slot[i].size - 1] == slot[i].tag;
			kfree(slot[i].p);
			slot[i].p = NULL;
			continue;
		}
		slot[i].size = rand() % 8 ? 1 + rand() % 600 : 1 + rand() % 20000;
		slot[i].tag = rand();
		slot[i].p = kmalloc(slot[i].size);
		ok &= slot[i].p != NULL;
		if (slot[i].p)
			memset(slot[i].p, slot[i].tag, slot[i].size);
	}
	selftest_check(ok, "random kmalloc/kfree: every object keeps its contents");
	for (i = 0; i < SLOTS; i++) {
		kfree(slot[i].p);
		slot[i].p = NULL;
	}
	shrink_all();
	selftest_check(nr_free_pages == before, "random kmalloc/kfree: every frame comes back");
}

static void test_cache_shapes(void)
{
	struct kmem_cache *odd = kmem_cache_create("odd-3000", 3000, 0, NULL);
	struct kmem_cache *big = kmem_cache_create("big-9000", 9000, 64, NULL);
	void *a, *b;

	selftest_check(odd && odd->size == 3000 && odd->objects * odd->size * 8 >=
		       (PAGE_SIZE << odd->order) * 7, "3000-byte objects waste at most an eighth");
	selftest_check(big && big->order >= 2 && big->size % 64 == 0, "9000-byte objects get multi-frame slabs");
	a = kmem_cache_alloc(big);
	b = kmem_cache_alloc(big);
	selftest_check(a && b && !((unsigned long)a & 63) && !((unsigned long)b & 63) &&
		       obj_to_slab(big, a) == obj_to_slab(big, b),
		       "objects of a multi-frame slab share its first frame");
	kfree(b);		/* kfree finds the cache through any frame */
	kmem_cache_free(big, a);
	selftest_check(big->nr_active == 0, "kfree works on any cache's object");
	selftest_check(kmem_cache_create("huge", 1 << 20, 0, NULL) == NULL &&
		       kmem_cache_create("zero", 0, 0, NULL) == NULL &&
		       kmem_cache_create("badalign", 32, 24, NULL) == NULL,
		       "unusable sizes and alignments are refused");
	kmem_cache_destroy(odd);
	kmem_cache_destroy(big);
}

static void test_debug_checks(void)
{
	struct kmem_cache *cache = kmem_cache_create("debug-32", 32, 0, NULL);
	u8 *keep = kmem_cache_alloc(cache), *obj = kmem_cache_alloc(cache);
	u8 *large = kmalloc(10000);

	kmem_cache_free(cache, obj);
	EXPECT_PANIC(kmem_cache_free(cache, obj), "double free panics");
	selftest_check(strstr(pmem_panic_msg, "double free") != NULL, "the report says double free");
	EXPECT_PANIC(kmem_cache_free(cache, keep + 4), "freeing a pointer inside an object panics");

	obj[20] = 1;		/* write after free; obj is the next object handed out */
	EXPECT_PANIC(kmem_cache_alloc(cache), "allocating a damaged free object panics");
	selftest_check(strstr(pmem_panic_msg, "offset 20") != NULL, "the report names the offset");
	obj[20] = POISON_FREE;

	*(void **)obj = keep + 1;	/* a stray write over the free-list word */
	EXPECT_PANIC(kmem_cache_alloc(cache), "a damaged free-list word is caught");
	*(void **)obj = NULL;

	EXPECT_PANIC(kfree(large + 8), "kfree inside a large kmalloc block panics");
	kfree(large);
	EXPECT_PANIC(kfree(large), "kfree of a large block twice panics");
}

int main(void)
{
	pmem_fake_ram();
	machine_64m();
	selftest_slab_patterns();
	selftest_slab_ctor();
	selftest_slab_poison();
	selftest_kmalloc();
	test_cache_shapes();
	test_random_workload();
	test_debug_checks();
	return pmem_failures ? 1 : 0;
}
