/*
 * rt_mcentral.c: spans of small objects and the central lists.
 *
 * A span of size class c has nelems = npages * 8192 / size slots.  Its
 * allocbits say which slots were in use at the last sweep (all zero for a
 * new span).  The cache window (alloccache, cachebase) holds the free
 * slots of one 64-slot word of allocbits; allocation takes the lowest set
 * bit and clears it.  When the window is empty it moves on to the next
 * word with a free slot; when there is none the span is full and the
 * mcache trades it here for another one.
 *
 * Each span class has a list of partial spans (free slots left, held by
 * no cache) and a list of full ones.  The collector's sweep will move
 * spans from full to partial, or give them back to the page heap.
 */
#include "rt_malloc.h"

#include <string.h>

static struct {
	rt_span *partial;
	rt_span *full;
} central[RT_NUM_SPAN_CLASSES];

enum { ON_NONE = 0, ON_PARTIAL = 1, ON_FULL = 2 };

/* The free-slot bits of allocbits word w (slots past nelems are "used"). */
static uint64_t free_word(const rt_span *s, uint32_t w)
{
	uint64_t free = ~s->allocbits[w];
	uint32_t left = s->nelems - w * 64;
	if (left < 64)
		free &= ((uint64_t)1 << left) - 1;
	return free;
}

int rt_span_next_window(rt_span *s)
{
	uint32_t nw = rt_span_nwords(s);
	for (uint32_t w = s->cachebase / 64 + 1; w < nw; w++) {
		uint64_t free = free_word(s, w);
		if (free != 0) {
			s->cachebase = w * 64;
			s->alloccache = free;
			return 1;
		}
	}
	/* Park the window past the end: every slot is now below it or
	 * marked in allocbits, so the slot rules stay true. */
	s->cachebase = nw * 64;
	s->alloccache = 0;
	return 0;
}

void rt_span_reset_cache(rt_span *s)
{
	s->cachebase = 0;
	s->alloccache = free_word(s, 0);
	if (s->alloccache == 0)
		rt_span_next_window(s);
}

int rt_span_slot_inuse(const rt_span *s, uintptr_t idx)
{
	if (idx >= s->nelems)
		return 0;
	if (idx < s->cachebase)
		return 1;
	if (idx < (uintptr_t)s->cachebase + 64)
		return !((s->alloccache >> (idx - s->cachebase)) & 1);
	return (int)((s->allocbits[idx / 64] >> (idx % 64)) & 1);
}

uint64_t rt_span_inuse_word(const rt_span *s, uint32_t w)
{
	/* The three rules of rt_malloc.h, 64 slots at a time. */
	uint32_t left = s->nelems - w * 64;
	uint64_t valid = left < 64 ? ((uint64_t)1 << left) - 1 : ~(uint64_t)0;
	if (w * 64 < s->cachebase)
		return valid;
	if (w * 64 == s->cachebase)
		return ~s->alloccache & valid;
	return s->allocbits[w] & valid;
}

uint32_t rt_span_count_inuse(const rt_span *s)
{
	uint32_t nw = rt_span_nwords(s), n = 0;
	for (uint32_t w = 0; w < nw; w++)
		n += (uint32_t)__builtin_popcountll(rt_span_inuse_word(s, w));
	return n;
}

/* A new span for span class spc from the page heap. */
static rt_span *span_new(int spc)
{
	int cls = spc >> 1;
	uintptr_t size = rt_class_to_size[cls];
	rt_span *s = rt_heap_alloc_span(rt_class_to_npages[cls]);
	s->spanclass = (uint8_t)spc;
	s->elemsize = size;
	s->nelems = (uint32_t)((s->npages << RT_PAGE_SHIFT) / size);
	s->limit = s->base + s->nelems * size;
	s->divmul = (uint32_t)(UINT32_MAX / size + 1);
	s->allocbits = rt_bits_alloc(rt_span_nwords(s));
	s->markbits = rt_bits_alloc(rt_span_nwords(s));
	rt_span_reset_cache(s);
	return s;
}

static void list_remove(rt_span **head, rt_span *s)
{
	rt_span_list_remove(head, s);
	s->onlist = ON_NONE;
}

static void list_push(rt_span **head, rt_span *s, uint8_t which)
{
	rt_span_list_push(head, s);
	s->onlist = which;
}

rt_span *rt_central_cache_span(int spc)
{
	rt_span *s = central[spc].partial;
	if (s != NULL)
		list_remove(&central[spc].partial, s);
	else
		s = span_new(spc);
	s->incache = 1;
	return s;
}

void rt_central_uncache_span(rt_span *s)
{
	int spc = s->spanclass;
	s->incache = 0;
	if (s->alloccache != 0 || rt_span_next_window(s))
		list_push(&central[spc].partial, s, ON_PARTIAL);
	else
		list_push(&central[spc].full, s, ON_FULL);
}

rt_span *rt_central_list(int spc, int full)
{
	return full ? central[spc].full : central[spc].partial;
}

/* Remove s from the central list it is on. */
static void central_unlist(rt_span *s)
{
	int spc = s->spanclass;
	if (s->onlist == ON_PARTIAL)
		list_remove(&central[spc].partial, s);
	else if (s->onlist == ON_FULL)
		list_remove(&central[spc].full, s);
}

uint32_t rt_span_sweep(rt_span *s)
{
	if (s->incache)
		rt_throw("rt_span_sweep: span in an mcache");
	uint32_t nw = rt_span_nwords(s);
	uint32_t before = rt_span_count_inuse(s);
	uint64_t *live = s->markbits;
	s->markbits = s->allocbits;
	s->allocbits = live;
	memset(s->markbits, 0, nw * sizeof *s->markbits);
	uint32_t nlive = 0;
	for (uint32_t w = 0; w < nw; w++) {
		if (w == nw - 1 && s->nelems % 64 != 0)
			live[w] &= ((uint64_t)1 << (s->nelems % 64)) - 1;
		nlive += (uint32_t)__builtin_popcountll(live[w]);
	}
	uint32_t freed = before > nlive ? before - nlive : 0;
	if (freed > 0)
		s->needzero = 1;
	rt_memstats.frees += freed;
	rt_memstats.freed_bytes += (uint64_t)freed * s->elemsize;

	central_unlist(s);
	if (nlive == 0) {
		rt_heap_free_span(s);
		return freed;
	}
	if (s->spanclass >= 2) { /* small objects: back on a list */
		rt_span_reset_cache(s);
		rt_central_uncache_span(s);
	} else {
		s->cachebase = 0;
		s->alloccache = 0;
	}
	return freed;
}
