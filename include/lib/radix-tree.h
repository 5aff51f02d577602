/*
 * A radix tree mapping unsigned long indices to pointers (lib/radix-tree.c),
 * as Linux 2.6 indexes its page cache: each node holds 64 slots, and the
 * tree is only as tall as the largest index needs (a file of 64 pages needs
 * one node, of 4096 pages two levels).
 */
#ifndef LIB_RADIX_TREE_H
#define LIB_RADIX_TREE_H

#include <kernel/types.h>

#define RADIX_TREE_MAP_SHIFT	6
#define RADIX_TREE_MAP_SIZE	(1UL << RADIX_TREE_MAP_SHIFT)
#define RADIX_TREE_MAP_MASK	(RADIX_TREE_MAP_SIZE - 1)

struct radix_tree_node {
	unsigned int count;		/* non-NULL slots */
	void *slots[RADIX_TREE_MAP_SIZE];
};

struct radix_tree_root {
	unsigned int height;		/* levels; 0 = empty tree */
	struct radix_tree_node *rnode;
};

#define RADIX_TREE_INIT { 0, NULL }
static inline void INIT_RADIX_TREE(struct radix_tree_root *root)
{
	root->height = 0;
	root->rnode = NULL;
}

/* ---- lib/radix-tree.c ---- */
int radix_tree_insert(struct radix_tree_root *root, unsigned long index, void *item);
void *radix_tree_lookup(struct radix_tree_root *root, unsigned long index);
void *radix_tree_delete(struct radix_tree_root *root, unsigned long index);

#endif
