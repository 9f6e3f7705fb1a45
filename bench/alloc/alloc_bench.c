/*
 * alloc_bench.c: small-object allocation, ns per allocation, for
 * goesc's runtime (rt_newobject, linked from libgoescrt.a), glibc malloc
 * and mimalloc (when built with -DHAVE_MIMALLOC).  Every allocation is
 * stored into a ring of 1024 pointers, as the Go programs do, so that
 * objects escape and nothing is optimised away.
 *
 * goesc has no collector yet, so it is measured two ways:
 *   goesc-fresh  nothing is freed: every object takes fresh pages (the
 *                page faults of the kernel's zeroing are included)
 *   goesc-gc     a collection is emulated every 4 MiB of allocation:
 *                the ring's objects are marked (rt_find_object), the
 *                caches flushed and every span swept (rt_span_sweep),
 *                so memory is reused and cleared on reuse (needzero),
 *                as it is in a Go program with a small live heap.
 * The C allocators free the pointer a new one displaces from the ring
 * and clear the new object (Go's objects are zeroed).
 *
 * Usage: alloc_bench ALLOCATOR SIZE KIND N   (KIND: ptr or noptr)
 * prints "ns/alloc" (process CPU time per allocation).
 */
#include "rt_malloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef HAVE_MIMALLOC
#include <mimalloc.h>
#endif

#define RING 1024
static void *volatile ring[RING];

static const uint8_t mask1[] = {0x01};
static const rt_type t_p8 = {8, 8, mask1, 8, 0, "main.P8"};
static const rt_type t_n8 = {8, 0, NULL, 8, 0, "main.N8"};
static const rt_type t_p80 = {80, 8, mask1, 8, 0, "main.P80"};
static const rt_type t_n80 = {80, 0, NULL, 8, 0, "main.N80"};

static double now(void)
{
	struct timespec ts;
	/* CPU time, not wall time: the machines this runs on are shared
	 * and busy, and CPU time is what an allocation costs. */
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void mark_ring(void)
{
	for (int i = 0; i < RING; i++) {
		rt_span *s;
		uintptr_t idx;
		if (ring[i] != NULL &&
		    rt_find_object(ring[i], &s, &idx) != NULL)
			s->markbits[idx / 64] |= (uint64_t)1 << (idx % 64);
	}
}

static void sweep_one(rt_span *s, void *arg)
{
	(void)arg;
	rt_span_sweep(s);
}

/* What a collection with the ring as its only root would do. */
static void emulated_gc(void)
{
	rt_mcache_flush();
	mark_ring();
	rt_heap_foreach_span(sweep_one, NULL);
}

static double run_goesc(const rt_type *t, long n, int gc)
{
	long every = (4L << 20) / (long)rt_roundupsize(t->size);
	double t0 = now();
	if (!gc) {
		for (long i = 0; i < n; i++)
			ring[i & (RING - 1)] = rt_newobject(t, NULL);
	} else {
		for (long i = 0; i < n;) {
			long end = i + every < n ? i + every : n;
			for (; i < end; i++)
				ring[i & (RING - 1)] = rt_newobject(t, NULL);
			emulated_gc();
		}
	}
	return (now() - t0) / (double)n;
}

#define C_LOOP(ALLOC, FREE)                                               \
	for (long i = 0; i < n; i++) {                                    \
		void *old = ring[i & (RING - 1)];                         \
		if (old != NULL)                                          \
			FREE(old);                                        \
		void *p = ALLOC(size);                                    \
		memset(p, 0, size);                                       \
		ring[i & (RING - 1)] = p;                                 \
	}

static double run_malloc(size_t size, long n)
{
	double t0 = now();
	C_LOOP(malloc, free);
	return (now() - t0) / (double)n;
}

#ifdef HAVE_MIMALLOC
static double run_mimalloc(size_t size, long n)
{
	double t0 = now();
	C_LOOP(mi_malloc, mi_free);
	return (now() - t0) / (double)n;
}
#endif

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: alloc_bench goesc-fresh|goesc-gc|glibc|"
		                "mimalloc 8|80 ptr|noptr N\n");
		return 2;
	}
	const char *who = argv[1];
	int size = atoi(argv[2]);
	int ptr = strcmp(argv[3], "ptr") == 0;
	long n = atol(argv[4]);
	const rt_type *t = size == 8 ? (ptr ? &t_p8 : &t_n8)
	                             : (ptr ? &t_p80 : &t_n80);
	double ns;
	if (strcmp(who, "goesc-fresh") == 0)
		ns = run_goesc(t, n, 0);
	else if (strcmp(who, "goesc-gc") == 0)
		ns = run_goesc(t, n, 1);
	else if (strcmp(who, "glibc") == 0)
		ns = run_malloc((size_t)size, n);
#ifdef HAVE_MIMALLOC
	else if (strcmp(who, "mimalloc") == 0)
		ns = run_mimalloc((size_t)size, n);
#endif
	else
		return 3;
	printf("%.2f\n", ns);
	return 0;
}
