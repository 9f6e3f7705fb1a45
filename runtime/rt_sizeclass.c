/*
 * rt_sizeclass.c: Go's 67 small-object size classes (go1.19's
 * runtime/sizeclasses.go) and roundupsize, the size the allocator really
 * hands out for a request.  Slice capacities depend on it: append and
 * []byte(s) round their allocation up to the size class and report the
 * extra room as capacity, so cap() prints what go1.19 prints only if this
 * table is Go's.  Sizes up to 1024 bytes are looked up in steps of 8,
 * larger small sizes in steps of 128, as Go does; the two lookup tables
 * are derived from the class table at start-up.
 */
#include "rt_malloc.h"

/* Bytes per object for each class; class 0 is "large" (own span). */
const uint16_t rt_class_to_size[RT_NUM_SIZE_CLASSES] = {
	0,     8,     16,    24,    32,    48,    64,    80,    96,    112,
	128,   144,   160,   176,   192,   208,   224,   240,   256,   288,
	320,   352,   384,   416,   448,   480,   512,   576,   640,   704,
	768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,
	2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,
	6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
	18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

/* Pages per span of each class (Go's class_to_allocnpages). */
const uint8_t rt_class_to_npages[RT_NUM_SIZE_CLASSES] = {
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2,
	1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2,
	9, 7, 5, 8, 3, 10, 7, 4,
};

#define SMALL_SIZE_MAX 1024 /* limit of the 8-byte-step table */
#define SMALL_SIZE_DIV 8
#define LARGE_SIZE_DIV 128

/* rt_size_to_class8[(size+7)/8] for size <= 1024,
 * size_to_class128[(size-1024+127)/128] for 1024 < size <= 32768. */
uint8_t rt_size_to_class8[SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1];
static uint8_t size_to_class128[(RT_MAX_SMALL_SIZE - SMALL_SIZE_MAX) /
                                LARGE_SIZE_DIV + 1];

/* The smallest class whose objects hold `size` bytes. */
static uint8_t smallest_class(uint64_t size)
{
	uint8_t c = 1;
	while (rt_class_to_size[c] < size)
		c++;
	return c;
}

/* Fill both lookup tables before main() (and before unit tests). */
__attribute__((constructor)) static void sizeclass_init(void)
{
	rt_size_to_class8[0] = 0;
	for (size_t i = 1; i < sizeof rt_size_to_class8; i++)
		rt_size_to_class8[i] = smallest_class(i * SMALL_SIZE_DIV);
	for (size_t i = 0; i < sizeof size_to_class128; i++)
		size_to_class128[i] =
			smallest_class(SMALL_SIZE_MAX + i * LARGE_SIZE_DIV);
}

int rt_size_to_class(uint64_t size)
{
	if (size <= SMALL_SIZE_MAX - 8)
		return rt_size_to_class8[(size + SMALL_SIZE_DIV - 1) / SMALL_SIZE_DIV];
	if (size <= RT_MAX_SMALL_SIZE)
		return size_to_class128[(size - SMALL_SIZE_MAX + LARGE_SIZE_DIV - 1) /
		                        LARGE_SIZE_DIV];
	return 0;
}

uint64_t rt_roundupsize(uint64_t size)
{
	if (size < RT_MAX_SMALL_SIZE)
		return rt_class_to_size[rt_size_to_class(size)];
	/* Large objects take whole pages; on overflow keep the size. */
	if (size + RT_PAGE_SIZE < size)
		return size;
	return (size + RT_PAGE_SIZE - 1) & ~(uint64_t)(RT_PAGE_SIZE - 1);
}
