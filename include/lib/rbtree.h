/*
 * Red-black trees with the node embedded in the containing structure, as in
 * Linux's <linux/rbtree.h>. The tree knows nothing about keys: the caller
 * writes its own search loop, links the new node with rb_link_node() and
 * then calls rb_insert_color() to rebalance.
 *
 * Augmented trees (Linux 3.x's interface) keep, in every node, a value
 * computed from the node and its two subtrees (for VMAs: the largest free
 * gap below any VMA of the subtree). The tree calls three callbacks to
 * keep it right:
 *   propagate(node, stop)  recompute node and its ancestors up to, not
 *                          including, stop (NULL = up to the root);
 *   copy(old, new)         new takes old's place: new gets old's value;
 *   rotate(old, new)       a rotation put new where old was: new gets old's
 *                          value (same set of nodes), old is recomputed.
 * RB_DECLARE_CALLBACKS() builds the three from a compute function.
 *
 * Colour rules (checked by rb_check() in debug builds): the root is black;
 * a red node has black children; every path from a node down to a leaf
 * crosses the same number of black nodes. Hence height <= 2 log2(n + 1).
 */
#ifndef LIB_RBTREE_H
#define LIB_RBTREE_H

#include <kernel/compiler.h>
#include <kernel/types.h>

struct rb_node {
	unsigned long __rb_parent_color;	/* parent pointer | colour in bit 0 */
	struct rb_node *rb_right;
	struct rb_node *rb_left;
} __aligned(sizeof(long));

struct rb_root {
	struct rb_node *rb_node;
};

#define RB_RED		0
#define RB_BLACK	1
#define RB_ROOT		((struct rb_root){ NULL })
#define RB_EMPTY_ROOT(root)	((root)->rb_node == NULL)
#define rb_entry(ptr, type, member)	container_of(ptr, type, member)
#define rb_entry_safe(ptr, type, member) \
	({ struct rb_node *__p = (ptr); __p ? rb_entry(__p, type, member) : NULL; })

#define rb_parent(n)	((struct rb_node *)((n)->__rb_parent_color & ~3UL))
#define rb_color(n)	((n)->__rb_parent_color & 1)
#define rb_is_red(n)	(rb_color(n) == RB_RED)
#define rb_is_black(n)	(rb_color(n) == RB_BLACK)

/* A node not in any tree points to itself, so RB_EMPTY_NODE can tell. */
#define RB_EMPTY_NODE(n)	((n)->__rb_parent_color == (unsigned long)(n))
#define RB_CLEAR_NODE(n)	((n)->__rb_parent_color = (unsigned long)(n))

/*
 * Hang a new red node below parent at *rb_link (a child slot the caller's
 * search loop found: &parent->rb_left or &parent->rb_right, or
 * &root->rb_node for an empty tree). Follow with rb_insert_color().
 */
static inline void rb_link_node(struct rb_node *node, struct rb_node *parent,
				struct rb_node **rb_link)
{
	node->__rb_parent_color = (unsigned long)parent;	/* red */
	node->rb_left = node->rb_right = NULL;
	*rb_link = node;
}

struct rb_augment_callbacks {
	void (*propagate)(struct rb_node *node, struct rb_node *stop);
	void (*copy)(struct rb_node *old, struct rb_node *new);
	void (*rotate)(struct rb_node *old, struct rb_node *new);
};

/* ---- lib/rbtree.c ---- */
void rb_insert_color(struct rb_node *node, struct rb_root *root);
void rb_erase(struct rb_node *node, struct rb_root *root);
void rb_insert_augmented(struct rb_node *node, struct rb_root *root,
			 const struct rb_augment_callbacks *augment);
void rb_erase_augmented(struct rb_node *node, struct rb_root *root,
			const struct rb_augment_callbacks *augment);
struct rb_node *rb_next(const struct rb_node *node);
struct rb_node *rb_prev(const struct rb_node *node);
struct rb_node *rb_first(const struct rb_root *root);
struct rb_node *rb_last(const struct rb_root *root);
void rb_replace_node(struct rb_node *victim, struct rb_node *new, struct rb_root *root);
int rb_check(const struct rb_root *root);	/* black height, or -1 if broken */

/*
 * Build static propagate/copy/rotate callbacks named <name>_propagate...
 * and the struct <name> for a structure `strct` whose rb_node member is
 * `rbfield` and whose augmented value `rbaugmented` is computed by
 * `compute(strct *)` from the node and its children's values.
 */
#define RB_DECLARE_CALLBACKS(rbstatic, name, strct, rbfield, rbtype,	\
			     rbaugmented, compute)			\
static void name##_propagate(struct rb_node *rb, struct rb_node *stop)	\
{									\
	while (rb != stop) {						\
		strct *n = rb_entry(rb, strct, rbfield);		\
		n->rbaugmented = compute(n);				\
		rb = rb_parent(&n->rbfield);				\
	}								\
}									\
static void name##_copy(struct rb_node *rb_old, struct rb_node *rb_new) \
{									\
	rb_entry(rb_new, strct, rbfield)->rbaugmented =			\
		rb_entry(rb_old, strct, rbfield)->rbaugmented;		\
}									\
static void name##_rotate(struct rb_node *rb_old, struct rb_node *rb_new) \
{									\
	strct *old = rb_entry(rb_old, strct, rbfield);			\
	strct *new = rb_entry(rb_new, strct, rbfield);			\
	new->rbaugmented = old->rbaugmented;				\
	old->rbaugmented = compute(old);				\
}									\
rbstatic const struct rb_augment_callbacks name = {			\
	name##_propagate, name##_copy, name##_rotate			\
}

#endif
