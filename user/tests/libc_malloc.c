/*
 * malloc, calloc, realloc and free: blocks are 8-byte aligned, do not
 * overlap, keep their contents, calloc zeroes, large blocks (taken from
 * their own mmap) work, and freed memory is reused rather than leaked.
 */
#include <stdint.h>
#include <stdlib.h>
#include <test.h>

#define N 200

static int overlaps(char **blk, size_t *len, int n, char *p, size_t plen)
{
	for (int i = 0; i < n; i++)
		if (blk[i] && p < blk[i] + len[i] && blk[i] < p + plen)
			return 1;
	return 0;
}

int main(void)
{
	static char *blk[N];
	static size_t len[N];
	char *big, *z, *r;
	void *brk_before, *brk_after;
	int i, bad = 0;

	for (i = 0; i < N; i++) {
		len[i] = (size_t)(i * 37 % 500) + 1;
		char *p = malloc(len[i]);

		ASSERT_TRUE(p != NULL, "malloc of a small block");
		EXPECT_EQ((uintptr_t)p % 8, 0, "malloc alignment");
		if (overlaps(blk, len, i, p, len[i]))
			bad++;
		blk[i] = p;
		memset(p, i & 0xff, len[i]);
	}
	EXPECT_EQ(bad, 0, "blocks overlapping an earlier block");
	for (i = 0; i < N; i++)
		for (size_t j = 0; j < len[i]; j++)
			if ((unsigned char)blk[i][j] != (i & 0xff)) {
				bad++;
				break;
			}
	EXPECT_EQ(bad, 0, "blocks whose contents changed");

	for (i = 0; i < N; i += 2)
		free(blk[i]);
	brk_before = sbrk(0);
	for (i = 0; i < N; i += 2)
		blk[i] = malloc(len[i]);
	brk_after = sbrk(0);
	EXPECT_PTR_EQ(brk_after, brk_before, "re-allocating freed sizes does not grow the heap");

	z = calloc(1000, 4);
	ASSERT_TRUE(z != NULL, "calloc");
	for (i = 0; i < 4000; i++)
		if (z[i])
			bad++;
	EXPECT_EQ(bad, 0, "non-zero bytes from calloc");

	r = malloc(16);
	strcpy(r, "keep me");
	r = realloc(r, 10000);
	ASSERT_TRUE(r != NULL, "realloc to grow");
	EXPECT_STREQ(r, "keep me", "realloc keeps the contents");

	big = malloc(1 << 20);
	ASSERT_TRUE(big != NULL, "malloc of 1 MiB");
	memset(big, 0x5a, 1 << 20);
	EXPECT_EQ(big[(1 << 20) - 1], 0x5a, "last byte of a 1 MiB block");
	free(big);

	EXPECT_TRUE(calloc(0x10000, 0x10000) == NULL, "calloc overflow fails");
	EXPECT_EQ(errno, ENOMEM, "calloc overflow errno");

	for (i = 0; i < N; i++)
		free(blk[i]);
	free(z);
	free(r);
	return test_done();
}
