/*
 * rt_slice.c: make([]T, len, cap) and the growth of append.  Both check
 * sizes as go1.19 does (maxAlloc = 1<<48 bytes, overflow of
 * elemsize*count) and panic with its messages.  growslice picks the new
 * capacity with go1.19's rule: at least the needed length; double a
 * small slice (fewer than 256 elements of capacity); grow a larger one
 * by about 1.25x plus 192 elements per step until it fits; then round
 * the allocation up to its size class and give the slack to cap.  The
 * rounding is what makes cap() print the same numbers as Go.
 *
 * The _t forms know the element type (pointer-free arrays go to noscan
 * spans, and the tiny allocator when small, as in Go); the older forms
 * know only the element size and allocate memory of unknown layout.
 */
#include "rt_malloc.h"

#include <string.h>

/* The bytes of make([]T, len, cap), or go1.19's panic. */
static uint64_t makeslice_size(int64_t elemsize, int64_t len, int64_t cap)
{
	uint64_t mem;
	bool overflow = __builtin_mul_overflow((uint64_t)elemsize,
	                                       (uint64_t)cap, &mem);
	if (overflow || mem > RT_MAX_ALLOC || len < 0 || len > cap) {
		/* Tell apart a bad len from a bad cap, as Go does. */
		overflow = __builtin_mul_overflow((uint64_t)elemsize,
		                                  (uint64_t)len, &mem);
		if (overflow || mem > RT_MAX_ALLOC || len < 0)
			rt_panicruntime("makeslice: len out of range");
		rt_panicruntime("makeslice: cap out of range");
	}
	return mem;
}

void *rt_makeslice(int64_t elemsize, int64_t len, int64_t cap)
{
	return rt_alloc((int64_t)makeslice_size(elemsize, len, cap));
}

void *rt_makeslice_t(const rt_type *elem, int64_t len, int64_t cap,
                     rt_site *site)
{
	uint64_t mem = makeslice_size((int64_t)elem->size, len, cap);
	return rt_mallocgc(mem, elem, elem->ptrdata == 0, mem, site);
}

/* go1.19's capacity before size-class rounding. */
static int64_t grow_cap(int64_t old_cap, int64_t needed)
{
	enum { THRESHOLD = 256 };
	int64_t doublecap = old_cap + old_cap;
	if (needed > doublecap)
		return needed;
	if (old_cap < THRESHOLD)
		return doublecap;
	/* Go lets newcap overflow and falls back to `needed`; do the same
	 * in unsigned arithmetic to stay free of undefined behaviour. */
	int64_t newcap = old_cap;
	while (0 < newcap && newcap < needed)
		newcap = (int64_t)((uint64_t)newcap +
		                   (uint64_t)(newcap + 3 * THRESHOLD) / 4);
	return newcap <= 0 ? needed : newcap;
}

/* growslice for elements of elemsize bytes; elem may be NULL (layout
 * unknown). */
static void growslice(rt_slice *out, const void *old_ptr, int64_t old_len,
                      int64_t old_cap, int64_t new_len, int64_t elemsize,
                      const rt_type *elem, rt_site *site)
{
	if (new_len < old_cap)
		rt_panicruntime("growslice: cap out of range");
	if (elemsize == 0) {
		/* Zero-size elements need no memory: any cap will do. */
		out->ptr = &rt_zerobase;
		out->len = old_len;
		out->cap = new_len;
		return;
	}

	int64_t newcap = grow_cap(old_cap, new_len);
	uint64_t capmem;
	bool overflow = __builtin_mul_overflow((uint64_t)elemsize,
	                                       (uint64_t)newcap, &capmem);
	if (overflow || capmem > RT_MAX_ALLOC)
		rt_panicruntime("growslice: cap out of range");
	capmem = rt_roundupsize(capmem);
	if (capmem > RT_MAX_ALLOC)
		rt_panicruntime("growslice: cap out of range");
	newcap = (int64_t)(capmem / (uint64_t)elemsize);

	int noscan = elem != NULL && elem->ptrdata == 0;
	void *p = rt_mallocgc(capmem, elem, noscan,
	                      (uint64_t)newcap * (uint64_t)elemsize, site);
	if (old_len > 0)
		memcpy(p, old_ptr, (size_t)old_len * (size_t)elemsize);
	out->ptr = p;
	out->len = old_len;
	out->cap = newcap;
}

void rt_growslice(rt_slice *out, const void *old_ptr, int64_t old_len,
                  int64_t old_cap, int64_t new_len, int64_t elemsize)
{
	growslice(out, old_ptr, old_len, old_cap, new_len, elemsize, NULL,
	          NULL);
}

void rt_growslice_t(rt_slice *out, const void *old_ptr, int64_t old_len,
                    int64_t old_cap, int64_t new_len, const rt_type *elem,
                    rt_site *site)
{
	growslice(out, old_ptr, old_len, old_cap, new_len,
	          (int64_t)elem->size, elem, site);
}
