/*
 * Red-black trees (see include/lib/rbtree.h for the rules and the
 * augmentation contract).
 *
 * Insertion and deletion follow the textbook algorithms (Cormen et al.,
 * ch. 13), written with explicit parent pointers and NULL leaves. The only
 * addition is augmentation: every structural change reports to the
 * callbacks, so a value kept per subtree stays right through rotations.
 * An augmented erase first repairs the values along the changed path
 * (propagate) and only then rebalances, because a rotation assumes that
 * both nodes it moves already hold correct values.
 */
#include <lib/rbtree.h>
#include <kernel/printk.h>

static inline void rb_set_parent(struct rb_node *n, struct rb_node *p)
{
	n->__rb_parent_color = (unsigned long)p | rb_color(n);
}

static inline void rb_set_color(struct rb_node *n, int color)
{
	n->__rb_parent_color = (n->__rb_parent_color & ~1UL) | color;
}

static inline bool rb_black_or_null(const struct rb_node *n)
{
	return !n || rb_is_black(n);
}

/* Make parent (or the root, when parent is NULL) point at new instead of old. */
static void rb_change_child(struct rb_node *old, struct rb_node *new,
			    struct rb_node *parent, struct rb_root *root)
{
	if (!parent)
		root->rb_node = new;
	else if (parent->rb_left == old)
		parent->rb_left = new;
	else
		parent->rb_right = new;
}

/* x's right child y takes x's place; x becomes y's left child. */
static void rb_rotate_left(struct rb_node *x, struct rb_root *root,
			   const struct rb_augment_callbacks *aug)
{
	struct rb_node *y = x->rb_right;
	struct rb_node *parent = rb_parent(x);

	x->rb_right = y->rb_left;
	if (y->rb_left)
		rb_set_parent(y->rb_left, x);
	rb_set_parent(y, parent);
	rb_change_child(x, y, parent, root);
	y->rb_left = x;
	rb_set_parent(x, y);
	if (aug)
		aug->rotate(x, y);
}

/* x's left child y takes x's place; x becomes y's right child. */
static void rb_rotate_right(struct rb_node *x, struct rb_root *root,
			    const struct rb_augment_callbacks *aug)
{
	struct rb_node *y = x->rb_left;
	struct rb_node *parent = rb_parent(x);

	x->rb_left = y->rb_right;
	if (y->rb_right)
		rb_set_parent(y->rb_right, x);
	rb_set_parent(y, parent);
	rb_change_child(x, y, parent, root);
	y->rb_right = x;
	rb_set_parent(x, y);
	if (aug)
		aug->rotate(x, y);
}

/*
 * The new node is red; the only rule it can break is "a red node has black
 * children", with its parent. Recolour while the uncle is red (moving the
 * problem two levels up), otherwise one or two rotations end it.
 */
static void __rb_insert(struct rb_node *z, struct rb_root *root,
			const struct rb_augment_callbacks *aug)
{
	struct rb_node *p, *g, *u;

	while ((p = rb_parent(z)) && rb_is_red(p)) {
		g = rb_parent(p);	/* a red parent is never the root */
		bool left = (p == g->rb_left);

		u = left ? g->rb_right : g->rb_left;
		if (u && rb_is_red(u)) {
			rb_set_color(p, RB_BLACK);
			rb_set_color(u, RB_BLACK);
			rb_set_color(g, RB_RED);
			z = g;
			continue;
		}
		if (z == (left ? p->rb_right : p->rb_left)) {
			/* inner grandchild: turn it into the outer case */
			z = p;
			if (left)
				rb_rotate_left(z, root, aug);
			else
				rb_rotate_right(z, root, aug);
			p = rb_parent(z);
		}
		rb_set_color(p, RB_BLACK);
		rb_set_color(g, RB_RED);
		if (left)
			rb_rotate_right(g, root, aug);
		else
			rb_rotate_left(g, root, aug);
	}
	rb_set_color(root->rb_node, RB_BLACK);
}

/* Rebalance after rb_link_node() hung node (red) into root's tree. */
void rb_insert_color(struct rb_node *node, struct rb_root *root)
{
	__rb_insert(node, root, NULL);
}

/*
 * rb_insert_color for an augmented tree: first propagate from the new leaf
 * to the root (the caller has set the node's own value), then rebalance
 * through augment's callbacks. As Linux 3.x.
 */
void rb_insert_augmented(struct rb_node *node, struct rb_root *root,
			 const struct rb_augment_callbacks *augment)
{
	augment->propagate(node, NULL);
	__rb_insert(node, root, augment);
}

/*
 * A black node left the path through x (x may be NULL, hence xparent):
 * that path is one black short. Push the deficit up, or fix it with the
 * sibling's help, as in the textbook's four cases.
 */
static void __rb_erase_fixup(struct rb_node *x, struct rb_node *xparent,
			     struct rb_root *root,
			     const struct rb_augment_callbacks *aug)
{
	while (x != root->rb_node && rb_black_or_null(x)) {
		bool left = (x == xparent->rb_left);
		struct rb_node *w = left ? xparent->rb_right : xparent->rb_left;

		if (rb_is_red(w)) {		/* case 1: make the sibling black */
			rb_set_color(w, RB_BLACK);
			rb_set_color(xparent, RB_RED);
			if (left)
				rb_rotate_left(xparent, root, aug);
			else
				rb_rotate_right(xparent, root, aug);
			w = left ? xparent->rb_right : xparent->rb_left;
		}
		if (rb_black_or_null(w->rb_left) && rb_black_or_null(w->rb_right)) {
			rb_set_color(w, RB_RED);	/* case 2: move up */
			x = xparent;
			xparent = rb_parent(x);
			continue;
		}
		if (rb_black_or_null(left ? w->rb_right : w->rb_left)) {
			/* case 3: the sibling's far child must be red */
			rb_set_color(left ? w->rb_left : w->rb_right, RB_BLACK);
			rb_set_color(w, RB_RED);
			if (left)
				rb_rotate_right(w, root, aug);
			else
				rb_rotate_left(w, root, aug);
			w = left ? xparent->rb_right : xparent->rb_left;
		}
		/* case 4: one rotation pays the missing black */
		rb_set_color(w, rb_color(xparent));
		rb_set_color(xparent, RB_BLACK);
		rb_set_color(left ? w->rb_right : w->rb_left, RB_BLACK);
		if (left)
			rb_rotate_left(xparent, root, aug);
		else
			rb_rotate_right(xparent, root, aug);
		x = root->rb_node;
		break;
	}
	if (x)
		rb_set_color(x, RB_BLACK);
}

/* The leftmost node of the subtree at n. */
static struct rb_node *rb_leftmost(struct rb_node *n)
{
	while (n->rb_left)
		n = n->rb_left;
	return n;
}

static void __rb_erase(struct rb_node *node, struct rb_root *root,
		       const struct rb_augment_callbacks *aug)
{
	struct rb_node *x, *xparent, *start;
	int removed_color;

	if (!node->rb_left || !node->rb_right) {
		/* At most one child: it takes node's place. */
		x = node->rb_left ? node->rb_left : node->rb_right;
		xparent = rb_parent(node);
		removed_color = rb_color(node);
		if (x)
			rb_set_parent(x, xparent);
		rb_change_child(node, x, xparent, root);
		start = xparent;
	} else {
		/* Two children: the successor y (no left child) takes node's place. */
		struct rb_node *y = rb_leftmost(node->rb_right);

		removed_color = rb_color(y);
		x = y->rb_right;
		if (rb_parent(y) == node) {
			xparent = y;
		} else {
			xparent = rb_parent(y);
			xparent->rb_left = x;
			if (x)
				rb_set_parent(x, xparent);
			y->rb_right = node->rb_right;
			rb_set_parent(node->rb_right, y);
		}
		rb_change_child(node, y, rb_parent(node), root);
		y->__rb_parent_color = node->__rb_parent_color;
		y->rb_left = node->rb_left;
		rb_set_parent(node->rb_left, y);
		if (aug)
			aug->copy(node, y);
		start = xparent;
	}
	if (aug && start)
		aug->propagate(start, NULL);
	if (removed_color == RB_BLACK)
		__rb_erase_fixup(x, xparent, root, aug);
}

/* Remove node from root's tree and rebalance. node's links are stale afterwards. */
void rb_erase(struct rb_node *node, struct rb_root *root)
{
	__rb_erase(node, root, NULL);
}

/*
 * rb_erase for an augmented tree: propagate from the lowest node whose
 * subtree changed up to the root, then rebalance through augment's
 * callbacks. As Linux 3.x.
 */
void rb_erase_augmented(struct rb_node *node, struct rb_root *root,
			const struct rb_augment_callbacks *augment)
{
	__rb_erase(node, root, augment);
}

/* The leftmost (smallest) node, or NULL for an empty tree. O(log n). */
struct rb_node *rb_first(const struct rb_root *root)
{
	return root->rb_node ? rb_leftmost(root->rb_node) : NULL;
}

/* The rightmost (largest) node, or NULL for an empty tree. O(log n). */
struct rb_node *rb_last(const struct rb_root *root)
{
	struct rb_node *n = root->rb_node;

	if (!n)
		return NULL;
	while (n->rb_right)
		n = n->rb_right;
	return n;
}

/* node's in-order successor, or NULL past the end. O(log n) worst case. */
struct rb_node *rb_next(const struct rb_node *node)
{
	struct rb_node *parent;

	if (node->rb_right)
		return rb_leftmost(node->rb_right);
	/* Up while we are a right child: those ancestors are smaller. */
	while ((parent = rb_parent(node)) && node == parent->rb_right)
		node = parent;
	return parent;
}

/* node's in-order predecessor, or NULL before the start. O(log n) worst case. */
struct rb_node *rb_prev(const struct rb_node *node)
{
	struct rb_node *parent;

	if (node->rb_left) {
		node = node->rb_left;
		while (node->rb_right)
			node = node->rb_right;
		return (struct rb_node *)node;
	}
	while ((parent = rb_parent(node)) && node == parent->rb_left)
		node = parent;
	return parent;
}

/*
 * Put new where victim is: same parent, children and colour, so no
 * rebalancing. new must sort where victim did; augmented values are not
 * touched.
 */
void rb_replace_node(struct rb_node *victim, struct rb_node *new, struct rb_root *root)
{
	struct rb_node *parent = rb_parent(victim);

	*new = *victim;
	if (victim->rb_left)
		rb_set_parent(victim->rb_left, new);
	if (victim->rb_right)
		rb_set_parent(victim->rb_right, new);
	rb_change_child(victim, new, parent, root);
}

/* Black height of the subtree at n (NULL leaves count 1), or -1 if broken. */
static int rb_check_subtree(const struct rb_node *n, const struct rb_node *parent)
{
	int lh, rh;

	if (!n)
		return 1;
	if (rb_parent(n) != parent) {
		printk(KERN_ERR "rbtree: node %p has parent %p, expected %p\n",
		       n, rb_parent(n), parent);
		return -1;
	}
	if (rb_is_red(n) && (!rb_black_or_null(n->rb_left) || !rb_black_or_null(n->rb_right))) {
		printk(KERN_ERR "rbtree: red node %p has a red child\n", n);
		return -1;
	}
	lh = rb_check_subtree(n->rb_left, n);
	rh = rb_check_subtree(n->rb_right, n);
	if (lh < 0 || rh < 0)
		return -1;
	if (lh != rh) {
		printk(KERN_ERR "rbtree: node %p black heights %d != %d\n", n, lh, rh);
		return -1;
	}
	return lh + rb_is_black(n);
}

/*
 * Check the colour rules and parent links of root's tree; returns the
 * black height, or -1 (after printing the failed condition) if the tree
 * is broken. For debug builds and tests.
 */
int rb_check(const struct rb_root *root)
{
	if (root->rb_node && rb_is_red(root->rb_node)) {
		printk(KERN_ERR "rbtree: red root %p\n", root->rb_node);
		return -1;
	}
	return rb_check_subtree(root->rb_node, NULL);
}
