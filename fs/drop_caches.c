/*
 * Dropping clean caches on request, as Linux's /proc/sys/vm/drop_caches
 * does: "1" frees the page-cache pages nobody uses, "2" the empty slabs,
 * "3" both. Nothing is lost: a dropped page is read from the disk again
 * on the next access. Dirty pages stay (write them back first with sync),
 * and so do pages that are mapped or that someone holds a reference to.
 *
 * The page cache here lives only as long as its inode (the last iput
 * drops it), so what "1" frees is the cached pages of files still open,
 * mapped or someone's working directory.
 */
#include <fs/drop_caches.h>
#include <fs/fs.h>
#include <mm/page.h>
#include <mm/slab.h>

/*
 * Linux's invalidate_mapping_pages over the whole file: removes from the
 * cache every page that is clean, unmapped and held by the cache alone.
 * Returns the pages removed.
 */
static unsigned long invalidate_mapping_pages(struct address_space *mapping)
{
	struct page *page, *next;
	unsigned long freed = 0;

	list_for_each_entry_safe(page, next, &mapping->page_list, cache_list) {
		if (PageDirty(page) || page_mapcount(page) || page_count(page) != 1)
			continue;
		remove_from_page_cache(page);
		freed++;
	}
	return freed;
}

/* Every cached inode of sb gives up its unused clean pages. */
static unsigned long drop_pagecache_sb(struct super_block *sb)
{
	struct inode *inode;
	unsigned long freed = 0;

	list_for_each_entry(inode, &sb->s_inodes, i_sb_list)
		freed += invalidate_mapping_pages(inode->i_mapping);
	return freed;
}

/*
 * Remove from the page cache every page that is clean, unmapped and used
 * by nobody but the cache; returns the pages freed. Dirty pages stay.
 */
unsigned long drop_pagecache(void)
{
	return root_sb ? drop_pagecache_sb(root_sb) : 0;
}

/* Give every empty slab of every cache back to the page allocator; returns frames freed. */
unsigned long drop_slab(void)
{
	return kmem_cache_shrink_all();
}
