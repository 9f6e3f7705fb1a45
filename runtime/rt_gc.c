/*
 * rt_gc.c: the garbage collector.  Non-moving mark-sweep, stop-the-world
 * (programs are single-threaded), run from the allocator's slow path.
 *
 * A cycle:
 *   1. flush the mcache (its spans go back to the central lists, the
 *      tiny block is dropped) and fold its counters into rt_memstats;
 *   2. mark from the roots with an explicit mark stack:
 *        - package-level variables (goesc_roots, emitted by the
 *          compiler): precisely, the words their type's ptrmask names;
 *        - the stack, conservatively: callee-saved registers are spilled
 *          into this frame first (__builtin_unwind_init, setjmp), then
 *          every aligned word from here to the top of the stack
 *          goesc_main runs on (rt_main.c; the C stack's top when the
 *          program runs on it);
 *      any word that points into an allocated slot, interior pointers
 *      included (rt_find_object), marks the slot; a marked slot of a
 *      scan span is pushed and later scanned precisely with the pointer
 *      bits written when it was allocated (rt_mheap.c).  Noscan spans
 *      are never read;
 *   3. sweep every span (rt_span_sweep: the mark bits become the alloc
 *      bits, empty spans go back to the page heap), poisoning the freed
 *      slots first under gcpoison;
 *   4. give long-free pages back to the OS (rt_heap_scavenge);
 *   5. pace the next cycle as Go does: goal = live + (live + roots) *
 *      GOGC / 100, at least 4 MiB, where live is the bytes of the slots
 *      marked and roots the bytes of globals and stack scanned.
 *
 * Why the scan never sees a half-built object: see rt_malloc.c (the
 * collector runs only before the new object's slot is taken; slots are
 * cleared and their pointer bits written before the allocator returns).
 * A slot's pointer bits always describe its current object, since every
 * allocation in a scan span rewrites the bits of its whole slot; a slot
 * freed and not reused is never scanned (it is not marked: rt_find_object
 * rejects free slots).
 *
 * Words that point outside the heap arenas are skipped by
 * rt_find_object (no arena, no span): this is what lets every
 * interface's first word be a pointer word in the ptrmasks although it
 * points at a static rt_type or a C-malloc'ed itab (rt_iface.c).
 *
 * What the conservative scan costs: an integer that happens to look like
 * a heap address keeps one object (and what it points to) alive; nothing
 * is ever freed that is reachable.  Pointers that the program holds only
 * outside the heap, the globals and the stack (say in C malloc memory)
 * are not seen: the runtime keeps none there.
 *
 * GOGC=off (or a negative value) turns the pacer off; rt_gc_collect
 * still collects.  GOESCDEBUG=gcstress=1 collects at every allocation
 * (in rt_malloc.c's general path, before the object exists), gcstress=N
 * at every Nth; either turns gcpoison on: freed slots are filled with
 * 0xdeadbeefdeadbeef before the sweep makes them free.  GOESCDEBUG=gctrace=1 prints after each cycle:
 *
 *   gc N @T s: B->L MB, goal G MB, M ms mark, S ms sweep, roots R KB,
 *   F freed, P MB scavenged
 *
 * N the cycle (from 1), T seconds since the program started, B the heap
 * in use before the cycle, L the live heap after it, G the next goal, M
 * and S the wall time of the two phases, R the roots scanned (globals +
 * stack), F the objects (slots) freed, P the memory returned to the OS.
 */
#define _GNU_SOURCE
#include "rt_malloc.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#define MIN_HEAP_GOAL ((uint64_t)4 << 20)
#define POISON 0xdeadbeefdeadbeefull

bool rt_debug_gctrace, rt_debug_gcstress, rt_debug_gcpoison;
uint32_t rt_gc_cycles;
uint64_t rt_gc_bytes_base;
uint64_t rt_gc_trigger = UINT64_MAX;

/* The start of the initial thread's stack (glibc). */
extern void *__libc_stack_end;

/* An entry of the mark stack: an object to scan. */
typedef struct gc_work {
	uintptr_t base, size;
} gc_work;

static struct {
	int gcpercent;        /* GOGC; < 0: off */
	bool running;
	gc_work *stack;       /* the mark stack (mmap'ed, grows by doubling) */
	size_t top, cap;
	uint64_t marked;      /* bytes of the slots marked this cycle */
	uint64_t rootbytes;   /* bytes of globals and stack scanned */
	uint64_t freed;       /* slots freed this cycle */
	double start;         /* seconds, monotonic, at rt_gc_init */
	uint64_t stress_period, stress_left; /* gcstress=N */
} gc = {.gcpercent = 100, .stress_period = 1, .stress_left = 1};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* GOGC as Go reads it: "off", or a percentage (default 100). */
static int read_gogc(void)
{
	const char *s = getenv("GOGC");
	if (s == NULL || *s == '\0')
		return 100;
	if (strcmp(s, "off") == 0)
		return -1;
	return atoi(s);
}

static void set_trigger(uint64_t live)
{
	if (gc.gcpercent < 0) {
		rt_gc_trigger = UINT64_MAX;
		return;
	}
	uint64_t goal = live + (live + gc.rootbytes) *
	                               (uint64_t)gc.gcpercent / 100;
	if (goal < MIN_HEAP_GOAL)
		goal = MIN_HEAP_GOAL;
	rt_gc_trigger = rt_gc_bytes_base + goal;
}

/* gcstress=N: collect at every Nth allocation (1: every one). */
static uint64_t read_stress_period(void)
{
	const char *s = getenv("GOESCDEBUG");
	const char *k = s != NULL ? strstr(s, "gcstress=") : NULL;
	if (k == NULL || (k != s && k[-1] != ','))
		return 1;
	long long n = atoll(k + strlen("gcstress="));
	return n > 1 ? (uint64_t)n : 1;
}

void rt_gc_stress_point(void)
{
	if (--gc.stress_left > 0)
		return;
	gc.stress_left = gc.stress_period;
	rt_gc_collect();
}

void rt_gc_init(void)
{
	gc.stress_period = gc.stress_left = read_stress_period();
	gc.gcpercent = read_gogc();
	gc.start = now();
	rt_memstats_update();
	set_trigger(rt_memstats.bytes - rt_gc_bytes_base);
}

/* ------------------------------------------------------------------ */
/* Marking                                                             */
/* ------------------------------------------------------------------ */

static void stack_grow(void)
{
	size_t ncap = gc.cap ? gc.cap * 2 : 4096;
	gc_work *n = mmap(NULL, ncap * sizeof *n, PROT_READ | PROT_WRITE,
	                  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (n == MAP_FAILED)
		rt_throw("gc: cannot grow the mark stack");
	if (gc.stack != NULL) {
		memcpy(n, gc.stack, gc.top * sizeof *n);
		munmap(gc.stack, gc.cap * sizeof *n);
	}
	gc.stack = n;
	gc.cap = ncap;
}

/* Mark the object v points into, if any; queue it if it may hold
 * pointers. */
static inline void mark_word(uintptr_t v)
{
	rt_span *s;
	uintptr_t idx;
	/* Quick rejections: small integers, misaligned-to-nothing. */
	if (v < 4096)
		return;
	void *obj = rt_find_object((const void *)v, &s, &idx);
	if (obj == NULL)
		return;
	uint64_t bit = (uint64_t)1 << (idx & 63), *w = &s->markbits[idx >> 6];
	if (*w & bit)
		return;
	*w |= bit;
	gc.marked += s->elemsize;
	if (rt_span_noscan(s))
		return;
	if (gc.top == gc.cap)
		stack_grow();
	gc.stack[gc.top++] = (gc_work){(uintptr_t)obj, s->elemsize};
}

/* Scan a heap object: the words its pointer bits name. */
static void scan_object(uintptr_t p, uintptr_t size)
{
	uintptr_t end = p + size;
	while (p < end) {
		unsigned sh = (unsigned)((p >> 3) & 63);
		uintptr_t nw = 64 - sh, left = (end - p) >> 3;
		uint64_t bits = *rt_heapbits_word(p) >> sh;
		if (left < nw) {
			bits &= ((uint64_t)1 << left) - 1;
			nw = left;
		}
		while (bits != 0) {
			unsigned i = (unsigned)__builtin_ctzll(bits);
			bits &= bits - 1;
			mark_word(*(const uintptr_t *)(p + (uintptr_t)i * 8));
		}
		p += nw * 8;
	}
}

static void drain(void)
{
	while (gc.top > 0) {
		gc_work w = gc.stack[--gc.top];
		scan_object(w.base, w.size);
	}
}

static void mark_globals(void)
{
	for (int64_t i = 0; i < goesc_nroots; i++) {
		const rt_root *r = &goesc_roots[i];
		const rt_type *t = r->type;
		const uintptr_t *words = r->addr;
		if (t == NULL || words == NULL)
			continue;
		gc.rootbytes += t->size;
		for (uint64_t w = 0; w < t->ptrdata / 8; w++)
			if (t->ptrmask == NULL ||
			    ((t->ptrmask[w >> 3] >> (w & 7)) & 1))
				mark_word(words[w]);
		drain();
	}
}

/* Stack words are read whatever the sanitizers think of them (redzones
 * of other frames, slots not written yet). */
__attribute__((no_sanitize("address"))) static void
mark_range(uintptr_t lo, uintptr_t hi)
{
	lo = (lo + 7) & ~(uintptr_t)7;
	gc.rootbytes += hi > lo ? hi - lo : 0;
	for (uintptr_t p = lo; p + 8 <= hi; p += 8)
		mark_word(*(const volatile uintptr_t *)p);
}

/* The top of the stack the caller runs on. */
static uintptr_t stack_top(uintptr_t sp)
{
	if (rt_stack_lo != NULL && sp >= (uintptr_t)rt_stack_lo &&
	    sp < (uintptr_t)rt_stack_hi)
		return (uintptr_t)rt_stack_hi;
	return (uintptr_t)__libc_stack_end;
}

/* The stack pointer (the frame's address where there is no asm). */
static inline __attribute__((always_inline)) uintptr_t current_sp(void)
{
	uintptr_t sp;
#if defined(__x86_64__)
	__asm__ volatile("mov %%rsp, %0" : "=r"(sp));
#elif defined(__aarch64__)
	__asm__ volatile("mov %0, sp" : "=r"(sp));
#else
	sp = (uintptr_t)__builtin_frame_address(0);
#endif
	return sp;
}

/* Spill the callee-saved registers into this frame (unwind_init saves
 * them all in the prologue; setjmp copies them into regs as well), then
 * mark from everything between here and the top of the stack. */
static __attribute__((noinline)) void mark_stack(void)
{
	jmp_buf regs;
	__builtin_unwind_init();
	memset(&regs, 0, sizeof regs);
	setjmp(regs);
	/* From the stack pointer, not &regs: a sanitizer may move locals
	 * to a heap "fake stack"; regs is then scanned on its own. */
	uintptr_t sp = current_sp(), top = stack_top(sp);
	uintptr_t r = (uintptr_t)&regs;
	if (r < sp || r >= top)
		mark_range(r, (uintptr_t)(&regs + 1));
	mark_range(sp, top);
	drain();
	/* Keep regs (and this frame) alive up to here: no tail call. */
	__asm__ volatile("" : : "r"(&regs) : "memory");
}

/* ------------------------------------------------------------------ */
/* Sweeping                                                            */
/* ------------------------------------------------------------------ */

/* Fill the slots this sweep frees with POISON, so that a use after
 * free shows (a pointer read from one faults, numbers look wrong). */
static void poison_dead(rt_span *s)
{
	uint32_t nw = rt_span_nwords(s);
	for (uint32_t w = 0; w < nw; w++) {
		uint64_t dead = rt_span_inuse_word(s, w) & ~s->markbits[w];
		for (uint64_t d = dead; d != 0; d &= d - 1) {
			uintptr_t i = w * 64 + (uintptr_t)__builtin_ctzll(d);
			uint64_t *p = (uint64_t *)(s->base + i * s->elemsize);
			for (uintptr_t k = 0; k < s->elemsize / 8; k++)
				p[k] = POISON;
		}
	}
}

static void sweep_span(rt_span *s, void *arg)
{
	(void)arg;
	if (rt_debug_gcpoison)
		poison_dead(s);
	gc.freed += rt_span_sweep(s);
}

/* ------------------------------------------------------------------ */
/* A cycle                                                             */
/* ------------------------------------------------------------------ */

static void trace(uint64_t before, uint64_t live, double t0, double t1,
                  double t2, uint64_t released)
{
	char line[256];
	double mb = 1024.0 * 1024.0;
	uint64_t goal = rt_gc_trigger == UINT64_MAX
	                        ? 0
	                        : rt_gc_trigger - rt_gc_bytes_base;
	snprintf(line, sizeof line,
	         "gc %u @%.3fs: %.1f->%.1f MB, goal %.1f MB, %.3f ms mark, "
	         "%.3f ms sweep, roots %llu KB, %llu freed, %.1f MB "
	         "scavenged\n",
	         rt_gc_cycles, t0 - gc.start, (double)before / mb,
	         (double)live / mb, (double)goal / mb, (t1 - t0) * 1e3,
	         (t2 - t1) * 1e3, (unsigned long long)(gc.rootbytes >> 10),
	         (unsigned long long)gc.freed, (double)released / mb);
	rt_printflush();
	rt_write(2, line, strlen(line));
}

void rt_gc_collect(void)
{
	if (rt_arena_index == NULL)
		return; /* no heap yet */
	if (gc.running)
		rt_throw("gc: collection inside a collection");
	gc.running = true;
	bool timed = rt_debug_gctrace;
	double t0 = timed ? now() : 0, t1 = 0, t2 = 0;

	rt_mcache_flush();
	rt_memstats_update(); /* heap_peak: before anything is freed */
	uint64_t before = rt_memstats.bytes - rt_gc_bytes_base;

	gc.marked = gc.rootbytes = gc.freed = 0;
	mark_globals();
	mark_stack();
	if (timed)
		t1 = now();

	rt_heap_foreach_span(sweep_span, NULL);
	rt_gc_cycles++;
	/* Every few cycles: walking the free lists is not free. */
	uint64_t released = rt_gc_cycles % 4 == 0 ? rt_heap_scavenge() : 0;
	if (timed)
		t2 = now();

	rt_memstats.gcs++;
	rt_gc_bytes_base = rt_memstats.bytes - gc.marked;
	set_trigger(gc.marked);
	if (timed)
		trace(before, gc.marked, t0, t1, t2, released);
	gc.running = false;
}
