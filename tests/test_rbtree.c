/* SOURCES: lib/rbtree.c tests/shim/mm_host.c mm/mmap.c mm/mprotect.c mm/mremap.c mm/mlock.c mm/util.c */
/*
 * Host unit test of lib/rbtree.c: after every insertion and erasure of
 * random keys the tree keeps the red-black rules (rb_check), holds exactly
 * the keys a plain array holds, in order both ways, and - with the
 * augmentation callbacks - every node's "largest key in subtree" value is
 * what a full recomputation gives.
 */
#include "shim/mm_host.h"
#include <lib/rbtree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item {
	struct rb_node rb;
	unsigned long key;
	unsigned long sub_max;	/* augmented: max key in this subtree */
	bool in_tree;
};

static unsigned long item_compute(struct item *it)
{
	unsigned long m = it->key;
	struct item *c;

	if (it->rb.rb_left) {
		c = rb_entry(it->rb.rb_left, struct item, rb);
		m = max(m, c->sub_max);
	}
	if (it->rb.rb_right) {
		c = rb_entry(it->rb.rb_right, struct item, rb);
		m = max(m, c->sub_max);
	}
	return m;
}

RB_DECLARE_CALLBACKS(static, item_cb, struct item, rb, unsigned long, sub_max, item_compute);

/* The caller-written search loop the header asks for. */
static void item_insert(struct rb_root *root, struct item *it, bool augmented)
{
	struct rb_node **link = &root->rb_node, *parent = NULL;

	while (*link) {
		struct item *cur = rb_entry(*link, struct item, rb);

		parent = *link;
		link = it->key < cur->key ? &parent->rb_left : &parent->rb_right;
	}
	rb_link_node(&it->rb, parent, link);
	it->sub_max = it->key;
	if (augmented)
		rb_insert_augmented(&it->rb, root, &item_cb);
	else
		rb_insert_color(&it->rb, root);
	it->in_tree = true;
}

/* In-order walk agrees with the sorted keys; augmented values are right. */
static bool tree_ok(struct rb_root *root, struct item *items, int n, bool augmented)
{
	unsigned long keys[4096];
	int count = 0, i, j;
	struct rb_node *rb;

	for (i = 0; i < n; i++)
		if (items[i].in_tree)
			keys[count++] = items[i].key;
	/* insertion sort is plenty here */
	for (i = 1; i < count; i++)
		for (j = i; j > 0 && keys[j - 1] > keys[j]; j--) {
			unsigned long t = keys[j];
			keys[j] = keys[j - 1];
			keys[j - 1] = t;
		}
	if (rb_check(root) < 0)
		return false;
	for (i = 0, rb = rb_first(root); rb; rb = rb_next(rb), i++) {
		struct item *it = rb_entry(rb, struct item, rb);

		if (i >= count || it->key != keys[i])
			return false;
		if (augmented && it->sub_max != item_compute(it))
			return false;
	}
	if (i != count)
		return false;
	for (i = count - 1, rb = rb_last(root); rb; rb = rb_prev(rb), i--)
		if (i < 0 || rb_entry(rb, struct item, rb)->key != keys[i])
			return false;
	return i == -1;
}

static void run(unsigned int seed, bool augmented, int n)
{
	static struct item items[4096];
	struct rb_root root = RB_ROOT;
	bool ok = true;
	int i, step;

	srand(seed);
	memset(items, 0, sizeof(items));
	for (i = 0; i < n; i++)
		items[i].key = rand() % (4 * n);	/* duplicates on purpose */
	for (i = 0; i < n && ok; i++) {
		item_insert(&root, &items[i], augmented);
		if (i % 7 == 0 || n < 100)
			ok = tree_ok(&root, items, n, augmented);
	}
	CHECK(ok && tree_ok(&root, items, n, augmented),
	      "rbtree%s: %d random inserts keep colour rules and order (seed %u)",
	      augmented ? " augmented" : "", n, seed);
	for (step = 0; step < 3 * n && ok; step++) {
		struct item *it = &items[rand() % n];

		if (it->in_tree) {
			if (augmented)
				rb_erase_augmented(&it->rb, &root, &item_cb);
			else
				rb_erase(&it->rb, &root);
			it->in_tree = false;
		} else {
			item_insert(&root, it, augmented);
		}
		if (step % 5 == 0 || n < 100)
			ok = tree_ok(&root, items, n, augmented);
	}
	CHECK(ok && tree_ok(&root, items, n, augmented),
	      "rbtree%s: %d mixed erases/inserts keep colour rules, order and values (seed %u)",
	      augmented ? " augmented" : "", 3 * n, seed);
}

int main(int argc, char **argv)
{
	unsigned int seed = argc > 1 ? strtoul(argv[1], NULL, 0) : 12345;
	struct rb_root root = RB_ROOT;
	struct item a = { .key = 1 }, b = { .key = 2 };

	CHECK(rb_first(&root) == NULL && rb_last(&root) == NULL && rb_check(&root) == 1,
	      "rbtree: empty tree has no first/last and black height 1 (the NULL leaf)");
	item_insert(&root, &a, false);
	CHECK(rb_is_black(root.rb_node) && rb_first(&root) == &a.rb && rb_next(&a.rb) == NULL,
	      "rbtree: a single node is a black root");
	rb_replace_node(&a.rb, &b.rb, &root);
	CHECK(root.rb_node == &b.rb && rb_check(&root) == 2,
	      "rbtree: rb_replace_node puts the new node in the old one's place");
	rb_erase(&b.rb, &root);
	CHECK(RB_EMPTY_ROOT(&root), "rbtree: erasing the last node empties the tree");

	run(seed, false, 10);
	run(seed + 1, false, 1000);
	run(seed + 2, true, 10);
	run(seed + 3, true, 1000);
	run(seed + 4, true, 4096);
	return shim_done();
}
