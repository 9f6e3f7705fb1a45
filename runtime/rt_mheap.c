/*
 * rt_mheap.c: the page heap.  Memory comes from the OS in 64 MiB arenas,
 * reserved as address space, then mapped read-write as Go maps its heap
 * (committed memory the kernel accounts for; a page is still only
 * backed when first touched, so a fresh page is zero and costs nothing
 * until used).  Arenas are placed from Go's hint address 0xc000000000 upwards,
 * so that they are usually contiguous and heap pointers look like Go's.
 *
 * Pages are handed out as spans.  Fresh pages are taken from the end of
 * the newest arena (they are known to be zero); pages given back go to
 * free lists, one per run length below 128 pages and one for longer
 * runs (best fit), after merging with free neighbours.  A free run has
 * held objects, so a span cut from it has needzero set.
 *
 * Every arena has metadata (rt_arena): the span of each page, which is
 * what turns an interior pointer into its object, and one pointer bit
 * per heap word for the collector.  rt_arena_index maps address >> 26 to
 * it: 2^22 entries for a 48-bit address space, reserved like an arena
 * and committed only where touched.
 *
 * After each collection the scavenger hands back to the OS (madvise
 * MADV_DONTNEED) the pages of free runs that stayed free for a few
 * cycles; they read as zero afterwards, so needzero is cleared.  A run
 * that merges with a newly freed neighbour counts as not scavenged (and
 * freed now): part of it holds data.
 *
 * Span structures and span bitmaps are runtime metadata, never Go
 * objects: they come from a small bump allocator over mmap'ed chunks
 * with free lists (structures are recycled, never unmapped).
 */
#include "rt_malloc.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>

rt_arena **rt_arena_index;

#define ARENA_HINT ((uintptr_t)0xc0 << 32)
#define FREE_LISTS 128 /* exact lists for runs of 1..127 pages */
#define PERSIST_CHUNK ((uintptr_t)256 << 10)

static struct {
	uintptr_t fresh_next, fresh_end; /* never-used pages */
	uintptr_t hint;                  /* where to ask for the next arena */
	uint64_t narenas;
	rt_span *free[FREE_LISTS];       /* free[n]: runs of n pages */
	rt_span *free_large;             /* runs of FREE_LISTS pages or more */
	rt_span *dead_spans;             /* recycled span structures */
	uint64_t *free_bits[RT_MAX_SPAN_BITS + 1];
	uint8_t *persist_next, *persist_end;
} heap;

static rt_span *span_struct_alloc(void);
static void insert_free(rt_span *s);

/* ------------------------------------------------------------------ */
/* The OS                                                              */
/* ------------------------------------------------------------------ */

/* Go's out-of-memory report. */
_Noreturn void rt_out_of_memory(uint64_t size)
{
	rt_printflush();
	rt_printcstr("runtime: out of memory: cannot allocate ");
	rt_printuint(size);
	rt_printcstr("-byte block (");
	rt_printuint(rt_memstats.mapped);
	rt_printcstr(" in use)\n");
	rt_throw("out of memory");
}

static void *os_reserve(void *hint, uintptr_t size)
{
	void *p = mmap(hint, size, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

/* Runtime metadata: zeroed, 16-byte aligned, never freed. */
static void *persist_alloc(uintptr_t size)
{
	size = (size + 15) & ~(uintptr_t)15;
	if (heap.persist_next == NULL ||
	    (uintptr_t)(heap.persist_end - heap.persist_next) < size) {
		uintptr_t n = size > PERSIST_CHUNK ? size : PERSIST_CHUNK;
		heap.persist_next = os_reserve(NULL, n);
		if (heap.persist_next == NULL)
			rt_out_of_memory(size);
		heap.persist_end = heap.persist_next + n;
		rt_memstats.mapped += n;
	}
	void *p = heap.persist_next;
	heap.persist_next += size;
	return p;
}

/* ------------------------------------------------------------------ */
/* Arenas                                                              */
/* ------------------------------------------------------------------ */

static void index_init(void)
{
	uintptr_t n = ((uintptr_t)1 << (RT_ADDR_BITS - RT_ARENA_SHIFT)) *
	              sizeof(rt_arena *);
	rt_arena_index = os_reserve(NULL, n);
	if (rt_arena_index == NULL)
		rt_out_of_memory(n);
}

/* Address space only (Go's sysReserve): inaccessible, not committed. */
static void *os_reserve_space(void *hint, uintptr_t size)
{
	void *p = mmap(hint, size, PROT_NONE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

/* Make reserved heap memory usable (Go's sysMap).  Unlike os_reserve
 * this mapping is committed memory the kernel accounts for, as Go's is:
 * a request the kernel's overcommit policy refuses (more than RAM and
 * swap at once, under the default heuristic) is go1.19's "fatal error:
 * runtime: out of memory", where it would otherwise succeed and fail
 * later, or never. */
static void os_map_heap(uintptr_t base, uintptr_t size)
{
	void *p = mmap((void *)base, size, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p == MAP_FAILED) {
		rt_printflush();
		if (errno == ENOMEM || errno == EAGAIN)
			rt_throw_system("runtime: out of memory");
		rt_throw_system("runtime: cannot map pages in arena address space");
	}
}

/* n contiguous arenas, 64 MiB aligned: at the hint if the kernel agrees,
 * else wherever it puts an oversized mapping, trimmed to alignment.
 * Only the address space is reserved. */
static uintptr_t reserve_arenas(uintptr_t n)
{
	uintptr_t size = n * RT_ARENA_SIZE;
	if (size / RT_ARENA_SIZE != n)
		return 0;
	void *p = os_reserve_space((void *)heap.hint, size);
	if (p != NULL && ((uintptr_t)p & (RT_ARENA_SIZE - 1)) == 0 &&
	    ((uintptr_t)p + size) >> RT_ADDR_BITS == 0)
		return (uintptr_t)p;
	if (p != NULL)
		munmap(p, size);
	p = os_reserve_space(NULL, size + RT_ARENA_SIZE);
	if (p == NULL)
		return 0;
	uintptr_t lo = (uintptr_t)p;
	uintptr_t base = (lo + RT_ARENA_SIZE - 1) & ~(RT_ARENA_SIZE - 1);
	if (base > lo)
		munmap(p, base - lo);
	munmap((void *)(base + size), lo + RT_ARENA_SIZE - base);
	if ((base + size) >> RT_ADDR_BITS)
		return 0;
	return base;
}

/* Reserve arenas for at least `bytes` and make them the fresh region. */
static void heap_grow(uintptr_t bytes)
{
	if (rt_arena_index == NULL)
		index_init();
	if (heap.hint == 0)
		heap.hint = ARENA_HINT;
	uintptr_t n = (bytes + RT_ARENA_SIZE - 1) / RT_ARENA_SIZE;
	uintptr_t base = reserve_arenas(n);
	if (base == 0)
		rt_out_of_memory(bytes);
	os_map_heap(base, n * RT_ARENA_SIZE);
	for (uintptr_t i = 0; i < n; i++) {
		rt_arena *a = os_reserve(NULL, sizeof(rt_arena));
		if (a == NULL)
			rt_out_of_memory(bytes);
		rt_arena_index[(base >> RT_ARENA_SHIFT) + i] = a;
	}
	/* Huge pages where the system offers them on request (as Go 1.19
	 * asks for its heap): far fewer page faults on fresh memory. */
	madvise((void *)base, n * RT_ARENA_SIZE, MADV_HUGEPAGE);
	heap.narenas += n;
	rt_memstats.mapped += n * RT_ARENA_SIZE;
	heap.hint = base + n * RT_ARENA_SIZE;

	if (base == heap.fresh_end) {
		heap.fresh_end += n * RT_ARENA_SIZE;
		return;
	}
	/* Not contiguous: the rest of the old fresh region becomes a free
	 * run (still zero: needzero stays 0). */
	if (heap.fresh_end > heap.fresh_next) {
		rt_span *rest = span_struct_alloc();
		rest->base = heap.fresh_next;
		rest->npages = (heap.fresh_end - heap.fresh_next) >>
		               RT_PAGE_SHIFT;
		rest->needzero = 0;
		rest->scavenged = 1; /* never touched: nothing to give back */
		insert_free(rest);
	}
	heap.fresh_next = base;
	heap.fresh_end = base + n * RT_ARENA_SIZE;
}

uint64_t rt_heap_arenas(void)
{
	return heap.narenas;
}

/* ------------------------------------------------------------------ */
/* Metadata: span structures and bitmaps                               */
/* ------------------------------------------------------------------ */

static rt_span *span_struct_alloc(void)
{
	rt_span *s = heap.dead_spans;
	if (s != NULL)
		heap.dead_spans = s->next;
	else
		s = persist_alloc(sizeof *s);
	memset(s, 0, sizeof *s);
	return s;
}

static void span_struct_free(rt_span *s)
{
	s->state = RT_SPAN_DEAD;
	s->next = heap.dead_spans;
	heap.dead_spans = s;
}

uint64_t *rt_bits_alloc(uint32_t nwords)
{
	uint64_t *b = heap.free_bits[nwords];
	if (b != NULL)
		heap.free_bits[nwords] = (uint64_t *)(uintptr_t)b[0];
	else
		b = persist_alloc(nwords * sizeof *b);
	memset(b, 0, nwords * sizeof *b);
	return b;
}

void rt_bits_free(uint64_t *bits, uint32_t nwords)
{
	bits[0] = (uint64_t)(uintptr_t)heap.free_bits[nwords];
	heap.free_bits[nwords] = bits;
}

/* ------------------------------------------------------------------ */
/* Page map and free runs                                              */
/* ------------------------------------------------------------------ */

static void map_page(uintptr_t addr, rt_span *s)
{
	rt_arena *a = rt_arena_index[addr >> RT_ARENA_SHIFT];
	a->spans[(addr >> RT_PAGE_SHIFT) & (RT_ARENA_PAGES - 1)] = s;
}

static uintptr_t span_last_page(const rt_span *s)
{
	return s->base + ((s->npages - 1) << RT_PAGE_SHIFT);
}

static rt_span **free_list(uintptr_t npages)
{
	return npages < FREE_LISTS ? &heap.free[npages] : &heap.free_large;
}

/* A free run is found through its first and last pages only. */
static void insert_free(rt_span *s)
{
	s->state = RT_SPAN_FREE;
	map_page(s->base, s);
	map_page(span_last_page(s), s);
	rt_span_list_push(free_list(s->npages), s);
}

static void remove_free(rt_span *s)
{
	rt_span_list_remove(free_list(s->npages), s);
	map_page(s->base, NULL);
	map_page(span_last_page(s), NULL);
}

/* The free run of at least npages pages that fits best, or NULL. */
static rt_span *find_free(uintptr_t npages)
{
	for (uintptr_t n = npages; n < FREE_LISTS; n++)
		if (heap.free[n] != NULL)
			return heap.free[n];
	rt_span *best = NULL;
	for (rt_span *s = heap.free_large; s != NULL; s = s->next)
		if (s->npages >= npages &&
		    (best == NULL || s->npages < best->npages ||
		     (s->npages == best->npages && s->base < best->base)))
			best = s;
	return best;
}

/* Cut npages pages off a free run; the rest stays free. */
static rt_span *take_free(uintptr_t npages)
{
	rt_span *s = find_free(npages);
	if (s == NULL)
		return NULL;
	remove_free(s);
	if (s->npages > npages) {
		rt_span *rest = span_struct_alloc();
		rest->base = s->base + (npages << RT_PAGE_SHIFT);
		rest->npages = s->npages - npages;
		rest->needzero = s->needzero;
		rest->scavenged = s->scavenged;
		rest->sweepgen = s->sweepgen;
		insert_free(rest);
		s->npages = npages;
	}
	return s;
}

static rt_span *take_fresh(uintptr_t npages)
{
	uintptr_t bytes = npages << RT_PAGE_SHIFT;
	if (heap.fresh_end - heap.fresh_next < bytes)
		heap_grow(bytes);
	rt_span *s = span_struct_alloc();
	s->base = heap.fresh_next;
	s->npages = npages;
	s->needzero = 0;
	heap.fresh_next += bytes;
	return s;
}

rt_span *rt_heap_alloc_span(uintptr_t npages)
{
	if (npages == 0 || npages > (RT_MAX_ALLOC >> RT_PAGE_SHIFT))
		rt_out_of_memory(npages << RT_PAGE_SHIFT);
	rt_span *s = take_free(npages);
	if (s == NULL)
		s = take_fresh(npages);
	s->state = RT_SPAN_INUSE;
	for (uintptr_t i = 0; i < npages; i++)
		map_page(s->base + (i << RT_PAGE_SHIFT), s);
	return s;
}

/* The free run that ends just before addr / starts at addr, if any. */
static rt_span *free_neighbour(uintptr_t addr, int before)
{
	rt_span *n = rt_spanof(before ? addr - 1 : addr);
	if (n == NULL || n->state != RT_SPAN_FREE)
		return NULL;
	if (before ? span_last_page(n) + RT_PAGE_SIZE != addr
	           : n->base != addr)
		return NULL;
	return n;
}

void rt_heap_free_span(rt_span *s)
{
	for (uintptr_t i = 0; i < s->npages; i++)
		map_page(s->base + (i << RT_PAGE_SHIFT), NULL);
	if (s->allocbits != NULL)
		rt_bits_free(s->allocbits, rt_span_nwords(s));
	if (s->markbits != NULL)
		rt_bits_free(s->markbits, rt_span_nwords(s));
	s->allocbits = s->markbits = NULL;
	s->needzero = 1;
	s->scavenged = 0;
	s->sweepgen = rt_gc_cycles;

	rt_span *p = free_neighbour(s->base, 1);
	if (p != NULL) {
		remove_free(p);
		s->base = p->base;
		s->npages += p->npages;
		span_struct_free(p);
	}
	rt_span *n = free_neighbour(s->base + (s->npages << RT_PAGE_SHIFT), 0);
	if (n != NULL) {
		remove_free(n);
		s->npages += n->npages;
		s->needzero |= n->needzero;
		span_struct_free(n);
	}
	s->elemsize = s->nelems = 0;
	s->limit = s->base;
	insert_free(s);
}

/* ------------------------------------------------------------------ */
/* Giving memory back                                                  */
/* ------------------------------------------------------------------ */

static uint64_t scavenge_list(rt_span *s)
{
	uint64_t released = 0;
	for (; s != NULL; s = s->next) {
		if (s->scavenged || s->npages < RT_SCAVENGE_MIN_PAGES ||
		    rt_gc_cycles - s->sweepgen < RT_SCAVENGE_AGE)
			continue;
		uintptr_t bytes = s->npages << RT_PAGE_SHIFT;
		if (madvise((void *)s->base, bytes, MADV_DONTNEED) != 0)
			continue;
		/* Anonymous private pages read as zero after this. */
		s->scavenged = 1;
		s->needzero = 0;
		released += bytes;
	}
	return released;
}

uint64_t rt_heap_scavenge(void)
{
	uint64_t released = scavenge_list(heap.free_large);
	for (int n = RT_SCAVENGE_MIN_PAGES; n < FREE_LISTS; n++)
		released += scavenge_list(heap.free[n]);
	return released;
}

void rt_heap_foreach_span(void (*fn)(rt_span *s, void *arg), void *arg)
{
	if (rt_arena_index == NULL)
		return;
	uintptr_t lo = ARENA_HINT >> RT_ARENA_SHIFT;
	uintptr_t n = (uintptr_t)1 << (RT_ADDR_BITS - RT_ARENA_SHIFT);
	/* Arenas are usually at the hint and upwards; only when the
	 * kernel placed one elsewhere does the whole index get walked. */
	uintptr_t seen = 0;
	for (uintptr_t k = 0; k < n && seen < heap.narenas; k++) {
		uintptr_t i = (lo + k) % n;
		rt_arena *a = rt_arena_index[i];
		if (a == NULL)
			continue;
		seen++;
		for (uintptr_t pg = 0; pg < RT_ARENA_PAGES;) {
			rt_span *s = a->spans[pg];
			uintptr_t addr = (i << RT_ARENA_SHIFT) +
			                 (pg << RT_PAGE_SHIFT);
			if (addr == heap.fresh_next) {
				/* Never-used pages up to fresh_end. */
				if (heap.fresh_end - addr >=
				    ((RT_ARENA_PAGES - pg) << RT_PAGE_SHIFT))
					break;
				pg += (heap.fresh_end - addr) >> RT_PAGE_SHIFT;
				continue;
			}
			if (s == NULL || s->base != addr) {
				pg++;
				continue;
			}
			/* Runs (free or in use) are skipped whole; this
			 * may run into the next arena. */
			pg += s->npages;
			if (s->state == RT_SPAN_INUSE)
				fn(s, arg);
		}
	}
}

/* ------------------------------------------------------------------ */
/* Pointer bits                                                        */
/* ------------------------------------------------------------------ */

void rt_heapbits_set(uintptr_t p, uintptr_t slotsize, const rt_type *t,
                     uintptr_t datasize)
{
	uintptr_t nw = slotsize / 8;
	if (t == NULL) {
		for (uintptr_t w = 0; w < nw; w += 64)
			rt_heapbits_write(p + w * 8, ~(uint64_t)0,
			           nw - w < 64 ? (unsigned)(nw - w) : 64);
		return;
	}
	uintptr_t tw = t->size / 8, pw = t->ptrdata / 8, dw = datasize / 8;
	if (tw == 0)
		tw = 1;
	uintptr_t j = 0; /* word index within the current element */
	uint64_t acc = 0;
	unsigned n = 0;
	for (uintptr_t w = 0; w < nw; w++) {
		if (w < dw && j < pw)
			acc |= (t->ptrmask == NULL ? (uint64_t)1
			        : (uint64_t)((t->ptrmask[j >> 3] >> (j & 7)) & 1))
			       << n;
		if (++j == tw)
			j = 0;
		if (++n == 64) {
			rt_heapbits_write(p, acc, 64);
			p += 64 * 8;
			acc = 0;
			n = 0;
		}
	}
	if (n > 0)
		rt_heapbits_write(p, acc, n);
}

int rt_heapbits_get(uintptr_t p)
{
	return (int)((*rt_heapbits_word(p) >> ((p >> 3) & 63)) & 1);
}
