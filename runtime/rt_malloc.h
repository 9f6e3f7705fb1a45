/*
 * rt_malloc.h: the allocator's internals, shared by rt_mheap.c,
 * rt_mcentral.c, rt_malloc.c, the collector and the unit tests.  The
 * compiler never sees this file; its interface is runtime.h.
 *
 * The structure is Go's (runtime.md):
 *
 *   mheap     pages of 8 KiB in 64 MiB arenas reserved with mmap; a table
 *             indexed by address>>26 finds an arena's metadata: the span
 *             of each page (interior pointers resolve to their object)
 *             and a pointer bit per heap word (set at allocation from the
 *             type's ptrmask, read by the collector's precise scan).
 *   span      a run of pages holding objects of one size class, or one
 *             large object.  allocbits has a bit per slot (set = in use
 *             as of the last sweep); markbits is the collector's.  The
 *             64-bit alloccache holds the free slots of one 64-slot
 *             window of allocbits, so that allocation is one
 *             count-trailing-zeros and a clear of the lowest bit.
 *   central   per span class, the spans with free slots (partial) and
 *             those without (full) that no cache holds.
 *   mcache    per thread, one span per span class, plus the tiny block.
 *
 * Span class = size class * 2 + noscan: objects without pointers
 * (noscan) live in spans of their own, which the collector never scans.
 *
 * Threads: only the mcache is per thread (_Thread_local).  Programs are
 * single-threaded for now, so the central lists and the page heap take
 * no lock; they will need one (Go: a lock per mcentral, one for mheap)
 * when goroutines run on several threads.
 *
 * Slot states, for the collector: slot i of span s is in use iff
 *   i < s->cachebase                     (handed out earlier), or
 *   cachebase <= i < cachebase + 64      and its alloccache bit is 0, or
 *   i >= cachebase + 64                  and its allocbits bit is 1.
 * rt_span_slot_inuse() computes this.  A sweep sets allocbits from the
 * mark bits and then calls rt_span_reset_cache().
 */
#ifndef GOESC_RT_MALLOC_H
#define GOESC_RT_MALLOC_H

#include "runtime.h"

#define RT_PAGE_SHIFT 13
#define RT_ARENA_SHIFT 26
#define RT_ARENA_SIZE ((uintptr_t)1 << RT_ARENA_SHIFT)
#define RT_ARENA_PAGES (RT_ARENA_SIZE >> RT_PAGE_SHIFT)
#define RT_ARENA_WORDS (RT_ARENA_SIZE / 8)
#define RT_ADDR_BITS 48
#define RT_NUM_SPAN_CLASSES (RT_NUM_SIZE_CLASSES * 2)
#define RT_TINY_SIZE 16
#define RT_TINY_SPAN_CLASS (2 * 2 + 1) /* class 2 (16 B), noscan */
#define RT_MAX_SPAN_BITS 16            /* words: 1024 slots of 8 B */

enum rt_span_state {
	RT_SPAN_DEAD = 0,  /* the struct is on the span free list */
	RT_SPAN_FREE = 1,  /* free pages in the page heap */
	RT_SPAN_INUSE = 2, /* holds objects */
};

typedef struct rt_span {
	uintptr_t base;  /* first byte */
	uintptr_t limit; /* base + nelems * elemsize */
	uintptr_t npages;
	uintptr_t elemsize;
	struct rt_span *next, *prev; /* central list or heap free list */
	uint64_t alloccache;         /* free slots of [cachebase, +64) */
	uint32_t cachebase;          /* a multiple of 64 */
	uint32_t nelems;
	uint32_t divmul;     /* offset * divmul >> 32 == offset / elemsize */
	uint8_t spanclass;   /* 0/1 for large objects */
	uint8_t state;       /* enum rt_span_state */
	uint8_t needzero;    /* slots may hold old data: clear on allocation */
	uint8_t incache;     /* owned by an mcache, on no central list */
	uint8_t onlist;      /* 0 none, 1 partial, 2 full (central) */
	uint8_t scavenged;   /* free run whose pages went back to the OS */
	uint32_t sweepgen;   /* free runs: the collection they were freed
	                        after (rt_gc_cycles), for the scavenger */
	uint64_t *allocbits; /* nwords(nelems) words */
	uint64_t *markbits;  /* same size, zero until a collector marks */
} rt_span;

static inline int rt_span_noscan(const rt_span *s)
{
	return s->spanclass & 1;
}

static inline uint32_t rt_span_nwords(const rt_span *s)
{
	return (s->nelems + 63) / 64;
}

/* The heap metadata of one 64 MiB arena. */
typedef struct rt_arena {
	rt_span *spans[RT_ARENA_PAGES];         /* page -> span (in use: all
	                                           pages; free: first, last) */
	uint64_t ptrbits[RT_ARENA_WORDS / 64];  /* 1 = word may be a pointer */
} rt_arena;

/* address >> RT_ARENA_SHIFT -> arena metadata (NULL: not heap). */
extern rt_arena **rt_arena_index;

/* The mcache; one per thread. */
typedef struct rt_mcache {
	rt_span *alloc[RT_NUM_SPAN_CLASSES]; /* NULL: none yet */
	uintptr_t tiny;                      /* current tiny block, 0: none */
	uintptr_t tinyoffset;
	uint64_t nmalloc;                    /* objects allocated */
	uint64_t nbytes;                     /* bytes (size-class rounded) */
} rt_mcache;

extern _Thread_local rt_mcache rt_mcache_local
	__attribute__((tls_model("initial-exec")));

/* size_to_class8[(size+7)/8] for size <= 1024 (rt_sizeclass.c). */
extern uint8_t rt_size_to_class8[1024 / 8 + 1];
/* Pages per span of each size class (rt_sizeclass.c). */
extern const uint8_t rt_class_to_npages[RT_NUM_SIZE_CLASSES];

/* ---- rt_mheap.c ---- */

/* The span holding addr (any state), or NULL if addr is not heap. */
static inline rt_span *rt_spanof(uintptr_t addr)
{
	if (addr >> RT_ADDR_BITS)
		return NULL;
	rt_arena *a = rt_arena_index[addr >> RT_ARENA_SHIFT];
	if (a == NULL)
		return NULL;
	return a->spans[(addr >> RT_PAGE_SHIFT) & (RT_ARENA_PAGES - 1)];
}

/* npages fresh pages as an in-use span (state INUSE, needzero set if
 * they held data before); never NULL (out of memory is fatal). */
rt_span *rt_heap_alloc_span(uintptr_t npages);
/* Give a span's pages back to the heap (coalescing with free
 * neighbours); the memory then counts as dirty (needzero). */
void rt_heap_free_span(rt_span *s);
/* Call fn on every in-use span, in address order within an arena; fn
 * may free the span (rt_span_sweep). */
void rt_heap_foreach_span(void (*fn)(rt_span *s, void *arg), void *arg);
/* Zeroed bitmap words for a span (nwords 1..RT_MAX_SPAN_BITS) and
 * their release. */
uint64_t *rt_bits_alloc(uint32_t nwords);
void rt_bits_free(uint64_t *bits, uint32_t nwords);
/* The pointer-bit word for the heap word at addr (8-aligned). */
static inline uint64_t *rt_heapbits_word(uintptr_t addr)
{
	rt_arena *a = rt_arena_index[addr >> RT_ARENA_SHIFT];
	uintptr_t w = (addr & (RT_ARENA_SIZE - 1)) >> 3;
	return &a->ptrbits[w >> 6];
}

/* Store the n (1..64) low bits of `bits` as the pointer bits of the
 * words from addr on (the run may straddle two bitmap words, or two
 * contiguous arenas). */
static inline void rt_heapbits_write(uintptr_t addr, uint64_t bits,
                                     unsigned n)
{
	uint64_t mask = n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
	unsigned sh = (addr >> 3) & 63;
	uint64_t *w = rt_heapbits_word(addr);
	bits &= mask;
	*w = (*w & ~(mask << sh)) | (bits << sh);
	if (sh + n > 64) {
		uintptr_t next = addr + (uintptr_t)(64 - sh) * 8;
		uint64_t *w2 = rt_heapbits_word(next);
		*w2 = (*w2 & ~(mask >> (64 - sh))) | (bits >> (64 - sh));
	}
}

/* Record the pointer words of a new object at p: its slot is slotsize
 * bytes; the first datasize bytes are elements of type t (t->ptrmask
 * repeated); t == NULL means every word may be a pointer. */
void rt_heapbits_set(uintptr_t p, uintptr_t slotsize, const rt_type *t,
                     uintptr_t datasize);
/* The pointer bit of the heap word at p (8-aligned). */
int rt_heapbits_get(uintptr_t p);
/* Return to the OS (madvise MADV_DONTNEED) the pages of free runs of
 * at least RT_SCAVENGE_MIN_PAGES pages that stayed free for
 * RT_SCAVENGE_AGE collections; their pages are zero again afterwards.
 * Returns the bytes released. */
#define RT_SCAVENGE_MIN_PAGES 4
#define RT_SCAVENGE_AGE 2
uint64_t rt_heap_scavenge(void);
/* Number of arenas reserved so far. */
uint64_t rt_heap_arenas(void);
/* Fatal "out of memory" for a request of size bytes. */
_Noreturn void rt_out_of_memory(uint64_t size);

/* ---- rt_mcentral.c ---- */

/* A span of span class spc with at least one free slot, for a cache;
 * its alloccache is loaded. */
rt_span *rt_central_cache_span(int spc);
/* A cache gives back span s (full, or when caches are flushed). */
void rt_central_uncache_span(rt_span *s);
/* Move the cache window to the next allocbits word with a free slot;
 * false if the span is full. */
int rt_span_next_window(rt_span *s);
/* Reload the window from slot 0 (after a sweep changed allocbits). */
void rt_span_reset_cache(rt_span *s);
int rt_span_slot_inuse(const rt_span *s, uintptr_t idx);
/* The in-use bits of slots [64w, 64w + 64). */
uint64_t rt_span_inuse_word(const rt_span *s, uint32_t w);
/* Number of slots in use. */
uint32_t rt_span_count_inuse(const rt_span *s);
/* The collector's sweep of one span (held by no mcache: flush them
 * first): the slots marked in markbits stay, the others are freed
 * (counted in rt_memstats); the mark bits are cleared; a span left
 * empty goes back to the page heap, others to their central list.
 * Returns the number of objects freed. */
uint32_t rt_span_sweep(rt_span *s);
/* Central lists, for the collector's sweep: head of the partial (0) or
 * full (1) list of span class spc. */
rt_span *rt_central_list(int spc, int full);

/* ---- rt_malloc.c ---- */

/* The allocator behind every entry point: size bytes (> 0) of which
 * the first datasize are elements of type t (NULL: unknown layout, all
 * words may be pointers); noscan objects hold no pointers at all. */
void *rt_mallocgc(uint64_t size, const rt_type *t, int noscan,
                  uint64_t datasize, rt_site *site);
/* The object containing address p (interior pointers included): its
 * start, and if asked its span and slot index; NULL if p points to no
 * object in use (outside the heap, a free slot, a free page). */
void *rt_find_object(const void *p, rt_span **span, uintptr_t *idx);

/* Give every cached span back to the central lists and drop the tiny
 * block (before a collection, and in tests). */
void rt_mcache_flush(void);
/* Fold the thread's counters into rt_memstats and update heap_peak. */
void rt_memstats_update(void);

/* ---- rt_gc.c ---- */

/* Collections completed so far. */
extern uint32_t rt_gc_cycles;
/* Pacing, as byte counts on the scale of rt_memstats.bytes (plus the
 * mcache's unflushed nbytes):
 *   heap in use  = bytes - rt_gc_bytes_base
 *   collect when   bytes >= rt_gc_trigger
 * (rt_gc_trigger is UINT64_MAX while the collector is off: before
 * rt_gc_init, and with GOGC=off). */
extern uint64_t rt_gc_bytes_base, rt_gc_trigger;

/* Under gcstress: called by every allocation; collects every Nth. */
void rt_gc_stress_point(void);
/* The allocator's slow path calls this before it takes a new span or a
 * large object from the page heap: it collects when the heap has
 * reached its goal.  Nothing is half-allocated at that point. */
static inline void rt_gc_maybe(const rt_mcache *c)
{
	if (__builtin_expect(rt_memstats.bytes + c->nbytes >= rt_gc_trigger,
	                     0))
		rt_gc_collect();
}

/* The doubly linked span lists of the central lists and the page heap. */
static inline void rt_span_list_push(rt_span **head, rt_span *s)
{
	s->prev = NULL;
	s->next = *head;
	if (*head != NULL)
		(*head)->prev = s;
	*head = s;
}

static inline void rt_span_list_remove(rt_span **head, rt_span *s)
{
	if (s->prev != NULL)
		s->prev->next = s->next;
	else
		*head = s->next;
	if (s->next != NULL)
		s->next->prev = s->prev;
	s->next = s->prev = NULL;
}

#endif /* GOESC_RT_MALLOC_H */
