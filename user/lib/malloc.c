/*
 * malloc: a first-fit free list over memory taken from brk, 8-byte aligned.
 *
 * Every block starts with a header (its total size and a magic word saying
 * whether it is in use, free, or a separate mapping). Free blocks are kept
 * in a list sorted by address, so a freed block merges with the free blocks
 * right before and after it. The heap grows with sbrk in steps of at least
 * 64 KiB (falling back to an anonymous mmap if brk refuses); requests of
 * 128 KiB and more get their own mmap, returned to the kernel by free.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "libc.h"

#define MAGIC_USED	0x55534544u	/* "USED" */
#define MAGIC_FREE	0x46524545u	/* "FREE" */
#define MAGIC_MMAP	0x4d4d4150u	/* "MMAP" */

#define HDR		sizeof(struct block_hdr)
#define MIN_BLOCK	16		/* header + the free-list link */
#define GROW_MIN	(64 * 1024)
#define MMAP_MIN	(128 * 1024)

struct block_hdr {
	size_t size;		/* whole block including this header, bytes */
	unsigned int magic;
};

struct free_block {
	struct block_hdr h;
	struct free_block *next;	/* next free block, higher address */
};

static struct free_block *free_list;

static size_t round_up(size_t n, size_t align)
{
	return (n + align - 1) & ~(align - 1);
}

/* Inserts b in address order and merges it with adjacent free blocks. */
static void free_list_insert(struct free_block *b)
{
	struct free_block **link = &free_list, *prev = NULL;

	while (*link && *link < b) {
		prev = *link;
		link = &(*link)->next;
	}
	b->h.magic = MAGIC_FREE;
	b->next = *link;
	*link = b;
	if (b->next && (char *)b + b->h.size == (char *)b->next) {
		b->h.size += b->next->h.size;
		b->next = b->next->next;
	}
	if (prev && (char *)prev + prev->h.size == (char *)b) {
		prev->h.size += b->h.size;
		prev->next = b->next;
	}
}

/* Adds at least size bytes of fresh memory to the free list; 0 or -1. */
static int heap_grow(size_t size)
{
	size_t len = round_up(size < GROW_MIN ? GROW_MIN : size, PAGE_SIZE);
	char *p = sbrk(0);
	size_t skew = (8 - ((uintptr_t)p & 7)) & 7;

	p = sbrk((intptr_t)(len + skew));
	if (p == (void *)-1) {
		p = mmap(NULL, len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			return -1;
		skew = 0;
	}
	struct free_block *b = (struct free_block *)(p + skew);

	b->h.size = len;
	free_list_insert(b);
	return 0;
}

/* Takes a block of exactly size bytes (split off the first fit), or NULL. */
static struct block_hdr *take_block(size_t size)
{
	struct free_block **link, *b;

	for (link = &free_list; (b = *link); link = &b->next) {
		if (b->h.size < size)
			continue;
		if (b->h.size - size >= MIN_BLOCK) {
			struct free_block *rest = (struct free_block *)((char *)b + size);

			rest->h.size = b->h.size - size;
			rest->h.magic = MAGIC_FREE;
			rest->next = b->next;
			*link = rest;
			b->h.size = size;
		} else {
			*link = b->next;
		}
		b->h.magic = MAGIC_USED;
		return &b->h;
	}
	return NULL;
}

static void *malloc_mmap(size_t size)
{
	size_t len = round_up(size + HDR, PAGE_SIZE);
	struct block_hdr *h;

	if (len < size)
		goto nomem;
	h = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (h == MAP_FAILED)
		goto nomem;
	h->size = len;
	h->magic = MAGIC_MMAP;
	return h + 1;
nomem:
	errno = ENOMEM;
	return NULL;
}

void *malloc(size_t size)
{
	size_t need = round_up(size + HDR, 8);
	struct block_hdr *h;

	if (size >= MMAP_MIN)
		return malloc_mmap(size);
	if (need < MIN_BLOCK)
		need = MIN_BLOCK;
	h = take_block(need);
	if (!h) {
		if (heap_grow(need) < 0) {
			errno = ENOMEM;
			return NULL;
		}
		h = take_block(need);
	}
	return h + 1;
}

/* The header of a block handed out by malloc; aborts on a bad pointer. */
static struct block_hdr *block_of(void *p, const char *who)
{
	struct block_hdr *h = (struct block_hdr *)p - 1;

	if (h->magic != MAGIC_USED && h->magic != MAGIC_MMAP) {
		dprintf(2, "%s: bad pointer %p (%s)\n", who, p,
			h->magic == MAGIC_FREE ? "already freed" : "not from malloc");
		abort();
	}
	return h;
}

void free(void *p)
{
	struct block_hdr *h;

	if (!p)
		return;
	h = block_of(p, "free");
	if (h->magic == MAGIC_MMAP) {
		h->magic = 0;
		munmap(h, h->size);
		return;
	}
	free_list_insert((struct free_block *)h);
}

void *calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	p = malloc(n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

void *realloc(void *p, size_t size)
{
	struct block_hdr *h;
	size_t have;
	void *q;

	if (!p)
		return malloc(size);
	if (!size) {
		free(p);
		return NULL;
	}
	h = block_of(p, "realloc");
	have = h->size - HDR;
	if (size <= have)
		return p;
	q = malloc(size);
	if (q) {
		memcpy(q, p, have);
		free(p);
	}
	return q;
}
