/*
 * The radix tree behind the page cache (see include/lib/radix-tree.h).
 * An index is split into 6-bit digits, most significant first; each digit
 * picks a slot on the way down. The tree grows a level on top when an index
 * does not fit, and nodes that become empty are freed on delete.
 */
#include <lib/radix-tree.h>
#include <mm/slab.h>
#include <uapi/errno.h>

#define RADIX_TREE_MAX_HEIGHT	6	/* 6 * 6 bits >= 32 */

/* Largest index a tree of this height can hold. */
static unsigned long height_to_maxindex(unsigned int height)
{
	unsigned int shift = height * RADIX_TREE_MAP_SHIFT;

	if (shift >= 8 * sizeof(unsigned long))
		return ~0UL;
	return (1UL << shift) - 1;
}

/* Add levels on top until index fits; the old root becomes slot 0. */
static int radix_tree_extend(struct radix_tree_root *root, unsigned long index)
{
	if (root->height == 0)
		root->height = 1;
	while (index > height_to_maxindex(root->height)) {
		if (root->rnode) {
			struct radix_tree_node *node = kzalloc(sizeof(*node));

			if (!node)
				return -ENOMEM;
			node->slots[0] = root->rnode;
			node->count = 1;
			root->rnode = node;
		}
		root->height++;
	}
	return 0;
}

/*
 * Store item at index, growing the tree as needed. Returns 0,
 * -EEXIST if the slot is taken, or -ENOMEM (the tree may then have grown,
 * which is harmless).
 */
int radix_tree_insert(struct radix_tree_root *root, unsigned long index, void *item)
{
	struct radix_tree_node *node = NULL;
	void **slot;
	unsigned int shift, h;
	int err = radix_tree_extend(root, index);

	if (err)
		return err;
	slot = (void **)&root->rnode;
	shift = (root->height - 1) * RADIX_TREE_MAP_SHIFT;
	for (h = root->height; h > 0; h--) {
		if (!*slot) {
			*slot = kzalloc(sizeof(struct radix_tree_node));
			if (!*slot)
				return -ENOMEM;
			if (node)
				node->count++;
		}
		node = *slot;
		slot = &node->slots[(index >> shift) & RADIX_TREE_MAP_MASK];
		shift -= RADIX_TREE_MAP_SHIFT;
	}
	if (*slot)
		return -EEXIST;
	*slot = item;
	node->count++;
	return 0;
}

/* The item at index, or NULL. */
void *radix_tree_lookup(struct radix_tree_root *root, unsigned long index)
{
	struct radix_tree_node *node = root->rnode;
	unsigned int shift, h;

	if (!root->height || index > height_to_maxindex(root->height))
		return NULL;
	shift = (root->height - 1) * RADIX_TREE_MAP_SHIFT;
	for (h = root->height; h > 1 && node; h--) {
		node = node->slots[(index >> shift) & RADIX_TREE_MAP_MASK];
		shift -= RADIX_TREE_MAP_SHIFT;
	}
	return node ? node->slots[index & RADIX_TREE_MAP_MASK] : NULL;
}

/* Remove and return the item at index (NULL if none); frees the nodes that become empty. */
void *radix_tree_delete(struct radix_tree_root *root, unsigned long index)
{
	struct radix_tree_node *path[RADIX_TREE_MAX_HEIGHT];
	unsigned int offset[RADIX_TREE_MAX_HEIGHT];
	void *item = root->rnode;
	unsigned int shift, level;
	int l;

	if (!root->height || index > height_to_maxindex(root->height))
		return NULL;
	shift = (root->height - 1) * RADIX_TREE_MAP_SHIFT;
	for (level = 0; level < root->height; level++) {
		if (!item)
			return NULL;
		path[level] = item;
		offset[level] = (index >> shift) & RADIX_TREE_MAP_MASK;
		item = path[level]->slots[offset[level]];
		shift -= RADIX_TREE_MAP_SHIFT;
	}
	if (!item)
		return NULL;
	/* Clear the slot, then free each node the removal left empty. */
	for (l = (int)root->height - 1; l >= 0; l--) {
		path[l]->slots[offset[l]] = NULL;
		if (--path[l]->count)
			break;
		kfree(path[l]);
		if (l == 0) {
			root->rnode = NULL;
			root->height = 0;
		}
	}
	return item;
}
