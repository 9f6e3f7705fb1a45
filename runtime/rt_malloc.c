/*
 * rt_malloc.c: the allocator's entry points, modelled on Go's mallocgc.
 *
 *   size 0                     &rt_zerobase, nothing allocated
 *   noscan and size < 16       the tiny allocator: pieces of a 16-byte
 *                              block, aligned by size (8, 4 or 2)
 *   size <= 32 KiB             a slot of the size class, from the span the
 *                              thread's mcache holds for the span class
 *   larger                     a span of its own from the page heap
 *
 * The fast path (mallocgc, inlined into each entry point) covers tiny
 * and small objects up to 1024 bytes when nothing is reported: the
 * mcache lookup and one count-trailing-zeros on the span's alloccache;
 * everything else goes through malloc_general.  Memory is zero: fresh
 * pages are, and slots of a span with needzero (pages or slots that held
 * objects before) are cleared here.  Objects that may hold pointers also get their pointer
 * bits written (rt_mheap.c) for the collector's precise scan.
 *
 * Counting: every object adds its size rounded up to its size class (to
 * whole pages when large) to the byte count, tiny pieces included.  The
 * counters live in the mcache and are folded into rt_memstats when asked
 * (rt_memstats_update).  With GOESCDEBUG=allocfreetrace=1 or
 * allocsites=1 every allocation is also reported (allocation_hook).
 *
 * The collector (rt_gc.c) runs only at two points, both before any part
 * of the new object exists: in refill() when a new span must be taken
 * and in alloc_large() (rt_gc_maybe: the pacer), and with gcstress at
 * the top of malloc_general.  So it never sees a half-built object: a
 * slot is taken, cleared and given its pointer bits with no collection
 * in between, and a slot not yet taken is free (rt_find_object rejects
 * it, the scan never reads it).  The tiny block is dropped by the
 * mcache flush at the start of a collection; its pieces stay alive
 * through the pointers the program holds to them.
 */
#include "rt_malloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The address of every zero-size object, as Go's runtime.zerobase. */
uint64_t rt_zerobase;

rt_memstats_t rt_memstats;

_Thread_local rt_mcache rt_mcache_local
	__attribute__((tls_model("initial-exec")));

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* ------------------------------------------------------------------ */
/* Allocation reports                                                  */
/* ------------------------------------------------------------------ */

/* Allocations whose site the compiler did not give (runtime calls,
 * rt_alloc). */
static rt_site unknown_site = {"?", 0, 0, "(site unknown)", 0, 0, NULL};
/* Registered sites end with this sentinel, so next != NULL marks a site
 * as registered. */
static rt_site sites_end;
static rt_site *sites = &sites_end;

/* go1.19's tracealloc line plus the site. */
static void trace_alloc(void *p, uint64_t size, const rt_type *t,
                        const rt_site *site)
{
	if (!rt_print_atlinestart())
		rt_printnl();
	rt_printcstr("tracealloc(");
	rt_printpointer(p);
	rt_printcstr(", ");
	rt_printhex(size);
	if (t != NULL && t->name != NULL) {
		rt_printcstr(", ");
		rt_printcstr(t->name);
	}
	rt_printcstr(")");
	if (site != NULL) {
		rt_printcstr(" at ");
		rt_printcstr(site->file);
		rt_printcstr(":");
		rt_printint(site->line);
		rt_printcstr(":");
		rt_printint(site->col);
	}
	rt_printnl();
}

static __attribute__((noinline, cold)) void
allocation_hook(void *p, uint64_t size, const rt_type *t, rt_site *site)
{
	if (rt_debug_allocsites) {
		rt_site *s = site != NULL ? site : &unknown_site;
		if (s->next == NULL) {
			s->next = sites;
			sites = s;
		}
		s->count++;
		s->bytes += size;
	}
	if (rt_debug_allocfreetrace)
		trace_alloc(p, size, t, site);
}

static int site_cmp(const void *a, const void *b)
{
	const rt_site *x = *(rt_site *const *)a, *y = *(rt_site *const *)b;
	if (x->bytes != y->bytes)
		return x->bytes > y->bytes ? -1 : 1;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	int c = strcmp(x->file, y->file);
	if (c != 0)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

static void print_site_row(const char *bytes, const char *count,
                           const char *where, int width, const char *what)
{
	char line[512];
	snprintf(line, sizeof line, "%14s %10s  %-*s  %s\n", bytes, count,
	         width, where, what);
	rt_printcstr(line);
}

/* The allocsites table: one row per site, most bytes first. */
static void print_allocsites(void)
{
	size_t n = 0;
	uint64_t count = 0, bytes = 0;
	for (rt_site *s = sites; s != &sites_end; s = s->next) {
		n++;
		count += s->count;
		bytes += s->bytes;
	}
	rt_site **v = malloc((n + 1) * sizeof *v);
	if (v == NULL)
		return;
	n = 0;
	int width = 4;
	char where[256];
	for (rt_site *s = sites; s != &sites_end; s = s->next) {
		v[n++] = s;
		int w = snprintf(where, sizeof where, "%s:%d:%d", s->file,
		                 (int)s->line, (int)s->col);
		if (w > width)
			width = w < 80 ? w : 80;
	}
	qsort(v, n, sizeof *v, site_cmp);

	char line[160], c[24], b[24];
	snprintf(line, sizeof line,
	         "allocsites: %zu sites, %llu allocations, %llu bytes\n", n,
	         (unsigned long long)count, (unsigned long long)bytes);
	rt_printcstr(line);
	print_site_row("bytes", "count", "site", width, "expression");
	for (size_t i = 0; i < n; i++) {
		const rt_site *s = v[i];
		if (s == &unknown_site)
			snprintf(where, sizeof where, "?");
		else
			snprintf(where, sizeof where, "%s:%d:%d", s->file,
			         (int)s->line, (int)s->col);
		snprintf(b, sizeof b, "%llu", (unsigned long long)s->bytes);
		snprintf(c, sizeof c, "%llu", (unsigned long long)s->count);
		print_site_row(b, c, where, width,
		               s->what != NULL ? s->what : "");
	}
	free(v);
}

void rt_memstats_update(void)
{
	rt_mcache *c = &rt_mcache_local;
	rt_memstats.mallocs += c->nmalloc;
	rt_memstats.bytes += c->nbytes;
	c->nmalloc = c->nbytes = 0;
	/* Not bytes - freed_bytes: tiny pieces are counted one by one when
	 * allocated but freed a whole block at a time (rt_gc.c). */
	uint64_t live = rt_memstats.bytes - rt_gc_bytes_base;
	if (live > rt_memstats.heap_peak)
		rt_memstats.heap_peak = live;
}

/* GOESCDEBUG=peakrss=1: the process's own peak resident set (VmHWM).
 * getrusage's ru_maxrss would not do: a process keeps the peak of the
 * one it was forked from across exec. */
static void print_peakrss(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	if (!f)
		return;
	char buf[256];
	unsigned long long kb = 0;
	bool found = false;
	while (!found && fgets(buf, sizeof buf, f))
		found = sscanf(buf, "VmHWM: %llu kB", &kb) == 1;
	fclose(f);
	if (!found)
		return;
	char line[64];
	if (!rt_print_atlinestart())
		rt_printnl();
	snprintf(line, sizeof line, "peakrss: %llu\n", kb * 1024);
	rt_printcstr(line);
}

void rt_alloc_report_exit(void)
{
	rt_memstats_update();
	if (rt_debug_allocsites) {
		if (!rt_print_atlinestart())
			rt_printnl();
		print_allocsites();
	}
	if (rt_debug_memstats) {
		char line[200];
		if (!rt_print_atlinestart())
			rt_printnl();
		snprintf(line, sizeof line,
		         "memstats: mallocs=%llu frees=%llu bytes=%llu "
		         "gcs=%llu "
		         "heap_peak=%llu\n",
		         (unsigned long long)rt_memstats.mallocs,
		         (unsigned long long)rt_memstats.frees,
		         (unsigned long long)rt_memstats.bytes,
		         (unsigned long long)rt_memstats.gcs,
		         (unsigned long long)rt_memstats.heap_peak);
		rt_printcstr(line);
	}
	if (rt_debug_peakrss)
		print_peakrss();
	rt_printflush();
}

/* ------------------------------------------------------------------ */
/* The mcache                                                          */
/* ------------------------------------------------------------------ */

/* The next free slot of span s, or 0 if its window is empty. */
static inline uintptr_t span_take(rt_span *s)
{
	uint64_t bits = s->alloccache;
	if (bits == 0)
		return 0;
	s->alloccache = bits & (bits - 1);
	uintptr_t i = s->cachebase + (uintptr_t)__builtin_ctzll(bits);
	return s->base + i * s->elemsize;
}

/* The slow path of a small allocation: move the window, or trade the
 * span for one with free slots. */
static __attribute__((noinline)) uintptr_t refill(rt_mcache *c, int spc)
{
	rt_span *s = c->alloc[spc];
	if (s != NULL && rt_span_next_window(s))
		return span_take(s);
	/* A new span: the point where the collector may run.  It flushes
	 * the mcache, so s is reloaded. */
	rt_gc_maybe(c);
	s = c->alloc[spc];
	if (s != NULL)
		rt_central_uncache_span(s);
	s = rt_central_cache_span(spc);
	c->alloc[spc] = s;
	return span_take(s);
}

void rt_mcache_flush(void)
{
	rt_mcache *c = &rt_mcache_local;
	for (int spc = 0; spc < RT_NUM_SPAN_CLASSES; spc++) {
		if (c->alloc[spc] != NULL)
			rt_central_uncache_span(c->alloc[spc]);
		c->alloc[spc] = NULL;
	}
	c->tiny = 0;
	c->tinyoffset = 0;
}

/* Clear a reused slot: small ones with inline stores (the empty asm
 * keeps the compiler from turning the loop back into a memset call). */
static inline void clear_slot(uintptr_t p, uintptr_t size)
{
	if (size > 128) {
		memset((void *)p, 0, size);
		return;
	}
	for (uintptr_t off = 0; off < size; off += 8) {
		*(uint64_t *)(p + off) = 0;
		__asm__("" : "+r"(off));
	}
}

/* A slot of span class spc; clears it if its span needs that. */
static inline uintptr_t alloc_slot(rt_mcache *c, int spc, uintptr_t size)
{
	rt_span *s = c->alloc[spc];
	uintptr_t p = s != NULL ? span_take(s) : 0;
	if (unlikely(p == 0)) {
		p = refill(c, spc);
		s = c->alloc[spc];
	}
	if (unlikely(s->needzero))
		clear_slot(p, size);
	return p;
}

/* Go's tiny allocator: pointer-free objects below 16 bytes share a
 * 16-byte block, each aligned by its size. */
static inline uintptr_t alloc_tiny(rt_mcache *c, uintptr_t size)
{
	uintptr_t off = c->tinyoffset;
	if ((size & 7) == 0)
		off = (off + 7) & ~(uintptr_t)7;
	else if ((size & 3) == 0)
		off = (off + 3) & ~(uintptr_t)3;
	else if ((size & 1) == 0)
		off = (off + 1) & ~(uintptr_t)1;
	if (off + size <= RT_TINY_SIZE && c->tiny != 0) {
		c->tinyoffset = off + size;
		return c->tiny + off;
	}
	uintptr_t p = alloc_slot(c, RT_TINY_SPAN_CLASS, RT_TINY_SIZE);
	/* Keep whichever block has more room left. */
	if (size < c->tinyoffset || c->tiny == 0) {
		c->tiny = p;
		c->tinyoffset = size;
	}
	return p;
}

/* A large object: a span of its own. */
static __attribute__((noinline)) uintptr_t alloc_large(uint64_t size,
                                                       int noscan)
{
	uint64_t npages = (size + RT_PAGE_SIZE - 1) >> RT_PAGE_SHIFT;
	if (size > RT_MAX_ALLOC)
		rt_out_of_memory(size);
	rt_gc_maybe(&rt_mcache_local);
	rt_span *s = rt_heap_alloc_span(npages);
	s->spanclass = (uint8_t)noscan;
	s->elemsize = npages << RT_PAGE_SHIFT;
	s->nelems = 1;
	s->limit = s->base + s->elemsize;
	s->divmul = 0;
	s->allocbits = rt_bits_alloc(1);
	s->markbits = rt_bits_alloc(1);
	s->allocbits[0] = 1;
	s->cachebase = 0;
	s->alloccache = 0; /* slot 0 in the window, not free: in use */
	if (s->needzero)
		memset((void *)s->base, 0, s->elemsize);
	return s->base;
}

/* The pointer bits of a new scan object of one element of type t
 * (t == NULL: all words) in a slot of at most 64 words. */
static inline void heapbits_small(uintptr_t p, uintptr_t slot,
                                  const rt_type *t)
{
	unsigned nw = (unsigned)(slot / 8);
	uint64_t bits = ~(uint64_t)0;
	if (t != NULL) {
		unsigned pw = (unsigned)(t->ptrdata / 8);
		bits = t->ptrmask[0];
		for (unsigned i = 1; i * 8 < pw; i++)
			bits |= (uint64_t)t->ptrmask[i] << (i * 8);
		if (pw < 64)
			bits &= ((uint64_t)1 << pw) - 1;
	}
	rt_heapbits_write(p, bits, nw);
}

/* Every case: zero size, medium and large sizes, reporting. */
static __attribute__((noinline)) void *
malloc_general(uint64_t size, const rt_type *t, int noscan,
               uint64_t datasize, rt_site *site)
{
	rt_mcache *c = &rt_mcache_local;
	uintptr_t p;
	uint64_t rsize;
	if (size == 0)
		return &rt_zerobase;
	/* Before anything of the new object exists. */
	if (unlikely(rt_debug_gcstress))
		rt_gc_stress_point();
	if (noscan && size < RT_TINY_SIZE) {
		p = alloc_tiny(c, size);
		rsize = size <= 8 ? 8 : 16;
	} else if (size <= RT_MAX_SMALL_SIZE) {
		int cls = size <= 1024 ? rt_size_to_class8[(size + 7) >> 3]
		                       : rt_size_to_class(size);
		rsize = rt_class_to_size[cls];
		p = alloc_slot(c, cls * 2 + noscan, rsize);
		if (!noscan) {
			if (rsize <= 512 && (t == NULL || datasize == t->size))
				heapbits_small(p, rsize, t);
			else
				rt_heapbits_set(p, rsize, t, datasize);
		}
	} else {
		p = alloc_large(size, noscan);
		rsize = (size + RT_PAGE_SIZE - 1) &
		        ~(uint64_t)(RT_PAGE_SIZE - 1);
		if (!noscan)
			rt_heapbits_set(p, rsize, t, datasize);
	}
	c->nmalloc++;
	c->nbytes += rsize;
	if (unlikely(rt_debug_alloc))
		allocation_hook((void *)p, rsize, t, site);
	return (void *)p;
}

/* The fast path, inlined into the entry points: tiny and small
 * objects (up to 1024 bytes) when nothing is being reported. */
static inline __attribute__((always_inline)) void *
mallocgc(uint64_t size, const rt_type *t, int noscan, uint64_t datasize,
         rt_site *site)
{
	if (unlikely(size - 1 >= 1024 || rt_debug_alloc))
		return malloc_general(size, t, noscan, datasize, site);
	rt_mcache *c = &rt_mcache_local;
	uintptr_t p;
	uint64_t rsize;
	if (noscan && size < RT_TINY_SIZE) {
		p = alloc_tiny(c, size);
		rsize = size <= 8 ? 8 : 16;
	} else {
		int cls = rt_size_to_class8[(size + 7) >> 3];
		rsize = rt_class_to_size[cls];
		p = alloc_slot(c, cls * 2 + noscan, rsize);
		if (!noscan) {
			if (rsize <= 512 && (t == NULL || datasize == t->size))
				heapbits_small(p, rsize, t);
			else
				rt_heapbits_set(p, rsize, t, datasize);
		}
	}
	c->nmalloc++;
	c->nbytes += rsize;
	return (void *)p;
}

void *rt_mallocgc(uint64_t size, const rt_type *t, int noscan,
                  uint64_t datasize, rt_site *site)
{
	return mallocgc(size, t, noscan, datasize, site);
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

void *rt_newobject(const rt_type *t, rt_site *site)
{
	return mallocgc(t->size, t, t->ptrdata == 0, t->size, site);
}

static uint64_t check_size(int64_t size)
{
	if (size < 0 || (uint64_t)size > RT_MAX_ALLOC)
		rt_throw("rt_alloc: bad size");
	return (uint64_t)size;
}

void *rt_alloc(int64_t size)
{
	uint64_t n = check_size(size);
	return mallocgc(n, NULL, 0, n, NULL);
}

void *rt_alloc_noscan(int64_t size)
{
	uint64_t n = check_size(size);
	return mallocgc(n, NULL, 1, n, NULL);
}

void *rt_find_object(const void *p, rt_span **span, uintptr_t *idx)
{
	uintptr_t a = (uintptr_t)p;
	rt_span *s = rt_spanof(a);
	if (s == NULL || s->state != RT_SPAN_INUSE || a < s->base ||
	    a >= s->limit)
		return NULL;
	uintptr_t i = s->nelems == 1
	                      ? 0
	                      : (uintptr_t)(((uint64_t)(a - s->base) *
	                                     s->divmul) >> 32);
	if (!rt_span_slot_inuse(s, i))
		return NULL;
	if (span != NULL)
		*span = s;
	if (idx != NULL)
		*idx = i;
	return (void *)(s->base + i * s->elemsize);
}
