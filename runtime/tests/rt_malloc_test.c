/*
 * rt_malloc_test.c: unit tests of the allocator (rt_malloc.c,
 * rt_mcentral.c, rt_mheap.c) through its internal interface
 * (rt_malloc.h): size classes against Go's table, objects that never
 * overlap, alignment, zeroing of fresh and reused memory, large objects,
 * tiny packing, growth past one 64 MiB arena, interior pointer lookup,
 * pointer bits, and span sweeping (the collector's freeing step).  The
 * last line is "N passed, N failed"; the exit status is 1 on failure.
 */
#include "rt_malloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int passed, failed;

#define CHECK(cond, ...)                                                    \
	do {                                                                \
		if (cond) {                                                 \
			passed++;                                           \
		} else {                                                    \
			failed++;                                           \
			printf("FAIL %s:%d: ", __FILE__, __LINE__);         \
			printf(__VA_ARGS__);                                \
			printf("\n");                                       \
		}                                                           \
	} while (0)

/* Objects per span, column "objects" of go1.19's sizeclasses.go. */
static const uint16_t go_objects[RT_NUM_SIZE_CLASSES] = {
	0,    1024, 512, 341, 256, 170, 128, 102, 85, 73, 64, 56, 51, 46,
	42,   39,   36,  34,  32,  28,  25,  23,  21, 19, 18, 17, 16, 14,
	12,   11,   10,  9,   8,   7,   6,   11,  5,  9,  4,  7,  3,  8,
	5,    7,    2,   5,   3,   4,   5,   6,   7,  1,  6,  5,  4,  3,
	2,    3,    4,   1,   4,   3,   2,   3,   1,  3,  2,  1,
};

static uint64_t rng = 88172645463325252ull;

static uint64_t xorshift(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Type descriptors as the compiler emits them. */
static const uint8_t mask_1[] = {0x01};
static const uint8_t mask_101[] = {0x05};
static const rt_type t_int = {.size = 8, .ptrdata = 0,
	.ptrmask = NULL, .align = 8, .name = "int"};
static const rt_type t_ptr = {.size = 8, .ptrdata = 8,
	.ptrmask = mask_1, .align = 8, .name = "*int"};
static const rt_type t_int32 = {.size = 4, .ptrdata = 0,
	.ptrmask = NULL, .align = 4, .name = "int32"};
/* struct { p *T; n int; q *T; rest [7]int } : 80 bytes, words 0 and 2 */
static const rt_type t_node = {.size = 80, .ptrdata = 24,
	.ptrmask = mask_101, .align = 8, .name = "main.node"};
static const rt_type t_bytes80 = {.size = 80, .ptrdata = 0,
	.ptrmask = NULL, .align = 8, .name = "[80]byte"};
static const rt_type t_empty = {.size = 0, .ptrdata = 0,
	.ptrmask = NULL, .align = 1, .name = "struct {}"};

static bool all_zero(const void *p, size_t n)
{
	const unsigned char *c = p;
	for (size_t i = 0; i < n; i++)
		if (c[i] != 0)
			return false;
	return true;
}

/* ------------------------------------------------------------------ */

static void test_size_classes(void)
{
	int bad = 0;
	for (uint64_t size = 0; size <= RT_MAX_SMALL_SIZE; size++) {
		int want = 0;
		if (size > 0)
			for (want = 1; rt_class_to_size[want] < size; want++)
				;
		int got = rt_size_to_class(size);
		if (got != want && bad++ < 5)
			CHECK(0, "size_to_class(%llu) = %d, want %d",
			      (unsigned long long)size, got, want);
		if (size > 0 && size <= 1024 &&
		    rt_size_to_class8[(size + 7) / 8] != want && bad++ < 5)
			CHECK(0, "size_to_class8 for %llu",
			      (unsigned long long)size);
		if (size > 0 && rt_roundupsize(size) != rt_class_to_size[want] &&
		    bad++ < 5)
			CHECK(0, "roundupsize(%llu)", (unsigned long long)size);
	}
	CHECK(bad == 0, "size classes: %d mismatches", bad);
	for (int c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		uint32_t n = (uint32_t)rt_class_to_npages[c] * RT_PAGE_SIZE /
		             rt_class_to_size[c];
		CHECK(n == go_objects[c], "class %d: %u objects per span, Go %u",
		      c, n, go_objects[c]);
	}
}

/* qsort order of objects (their first member is the address). */
static int cmp_addr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)*(unsigned char *const *)a;
	uintptr_t y = (uintptr_t)*(unsigned char *const *)b;
	return x < y ? -1 : x > y;
}

/* Many objects of random sizes and kinds: no two overlap, each is
 * zero when handed out and keeps what was written into it. */
static void test_no_overlap(void)
{
	enum { N = 60000 };
	static struct obj {
		unsigned char *p;
		uint64_t size;
	} objs[N];
	int zero_bad = 0, align_bad = 0;
	for (int i = 0; i < N; i++) {
		uint64_t r = xorshift();
		uint64_t size;
		switch (r % 8) {
		case 0: size = 1 + (r >> 8) % 15; break;
		case 1: size = 1 + (r >> 8) % 64; break;
		case 2: size = 1 + (r >> 8) % 1024; break;
		case 3: size = 1 + (r >> 8) % 32768; break;
		case 4: size = 1 + (r >> 8) % 100000; break;
		default: size = 8 * (1 + (r >> 8) % 40); break;
		}
		unsigned char *p;
		uintptr_t align = 8;
		switch ((r >> 40) % 3) {
		case 0:
			p = rt_alloc((int64_t)size);
			break;
		case 1:
			p = rt_alloc_noscan((int64_t)size);
			/* Tiny pieces are aligned by size only. */
			if (size < 16)
				align = size & -size;
			break;
		default:
			p = rt_makeslice_t(&t_ptr, 0, (int64_t)(size + 7) / 8,
			                   NULL);
			size = (size + 7) / 8 * 8;
		}
		if (!all_zero(p, size))
			zero_bad++;
		if ((uintptr_t)p % align != 0)
			align_bad++;
		memset(p, (int)(i % 251) + 1, size);
		objs[i].p = p;
		objs[i].size = size;
	}
	CHECK(zero_bad == 0, "%d objects not zeroed", zero_bad);
	CHECK(align_bad == 0, "%d objects misaligned", align_bad);
	int pat_bad = 0;
	for (int i = 0; i < N; i++) {
		const unsigned char *p = objs[i].p;
		for (uint64_t j = 0; j < objs[i].size; j++)
			if (p[j] != (unsigned char)(i % 251 + 1)) {
				pat_bad++;
				break;
			}
	}
	CHECK(pat_bad == 0, "%d objects overwritten", pat_bad);
	/* Sorted by address, each ends before the next begins. */
	qsort(objs, N, sizeof objs[0], cmp_addr);
	int overlap = 0;
	for (int i = 0; i + 1 < N; i++)
		if (objs[i].p + objs[i].size > objs[i + 1].p)
			overlap++;
	CHECK(overlap == 0, "%d overlapping objects", overlap);
}

/* Every size class hands out slots aligned as Go's "min align" column
 * (the largest power of two dividing the size, at most 8192). */
static void test_alignment(void)
{
	for (int c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		uintptr_t size = rt_class_to_size[c];
		uintptr_t align = size & -size;
		if (align > 8192)
			align = 8192;
		bool ok = true;
		for (int k = 0; k < 20; k++) {
			uintptr_t p = (uintptr_t)rt_alloc((int64_t)size);
			ok = ok && p % align == 0;
			uintptr_t q = (uintptr_t)rt_alloc_noscan((int64_t)size);
			ok = ok && (size < 16 || q % align == 0);
		}
		CHECK(ok, "class %d (%zu B) misaligned", c, (size_t)size);
	}
	CHECK(rt_newobject(&t_empty, NULL) == &rt_zerobase, "new(struct{})");
	CHECK(rt_alloc(0) == &rt_zerobase, "alloc(0)");
	CHECK(rt_makeslice_t(&t_int, 0, 0, NULL) == &rt_zerobase,
	      "make([]int, 0)");
	CHECK(rt_makeslice_t(&t_empty, 10, 10, NULL) == &rt_zerobase,
	      "make([]struct{}, 10)");
}

/* Tiny pieces share 16-byte blocks, aligned by their size. */
static void test_tiny(void)
{
	rt_mcache_flush(); /* start with no tiny block */
	uintptr_t a = (uintptr_t)rt_alloc_noscan(1);
	uintptr_t b = (uintptr_t)rt_alloc_noscan(2);
	uintptr_t c = (uintptr_t)rt_newobject(&t_int32, NULL);
	uintptr_t d = (uintptr_t)rt_newobject(&t_int, NULL);
	uintptr_t e = (uintptr_t)rt_alloc_noscan(1);
	CHECK(a % 16 == 0, "tiny block %#lx not 16-aligned", (unsigned long)a);
	CHECK(b == a + 2 && c == a + 4 && d == a + 8,
	      "tiny offsets %ld %ld %ld", (long)(b - a), (long)(c - a),
	      (long)(d - a));
	CHECK(e < a || e >= a + 16, "17th byte in the same block");
	CHECK(rt_find_object((void *)(a + 9), NULL, NULL) == (void *)a,
	      "tiny piece -> block");
	rt_span *s = rt_spanof(a);
	CHECK(s != NULL && s->spanclass == RT_TINY_SPAN_CLASS,
	      "tiny block not in span class 16 noscan");
	/* Pointerful 8-byte objects are never tiny. */
	uintptr_t p = (uintptr_t)rt_newobject(&t_ptr, NULL);
	CHECK(rt_spanof(p)->spanclass == 2, "*int in span class %d",
	      rt_spanof(p)->spanclass);
	/* A 12-byte piece after 8 bytes needs a new block. */
	rt_mcache_flush();
	uintptr_t x = (uintptr_t)rt_alloc_noscan(8);
	uintptr_t y = (uintptr_t)rt_alloc_noscan(12);
	uintptr_t z = (uintptr_t)rt_alloc_noscan(4);
	CHECK(y % 16 == 0 && y != x && z == x + 8,
	      "tiny 8,12,4: %lx %lx %lx", (unsigned long)x, (unsigned long)y,
	      (unsigned long)z);
}

/* Interior pointers find their object; free slots and non-heap
 * addresses find nothing. */
static void test_find_object(void)
{
	int bad = 0;
	for (int c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		uintptr_t size = rt_class_to_size[c];
		for (int k = 0; k < 3 * go_objects[c] / 2 + 1; k++) {
			uintptr_t p = (uintptr_t)rt_alloc((int64_t)size);
			uintptr_t offs[] = {0, 1, size / 2, size - 1};
			for (size_t j = 0; j < 4; j++) {
				rt_span *s = NULL;
				uintptr_t idx = 0;
				void *o = rt_find_object((void *)(p + offs[j]),
				                         &s, &idx);
				if (o != (void *)p || s->base + idx * size != p)
					bad++;
			}
		}
	}
	CHECK(bad == 0, "%d interior pointers misresolved", bad);
	int local = 0;
	static int global;
	CHECK(rt_find_object(&local, NULL, NULL) == NULL, "stack address");
	CHECK(rt_find_object(&global, NULL, NULL) == NULL, "global address");
	CHECK(rt_find_object(NULL, NULL, NULL) == NULL, "nil");
	CHECK(rt_find_object((void *)~(uintptr_t)0, NULL, NULL) == NULL,
	      "top address");
	/* The slot after the last one handed out is free. */
	rt_mcache_flush();
	uintptr_t p = (uintptr_t)rt_alloc(4096);
	rt_span *s = rt_spanof(p);
	CHECK(p + 4096 < s->limit, "4096-byte span has a second slot");
	CHECK(rt_find_object((void *)(p + 4096 + 10), NULL, NULL) == NULL,
	      "free slot resolves to an object");
	/* Past limit (the span's tail waste) is no object. */
	uintptr_t q = (uintptr_t)rt_alloc(24);
	rt_span *t = rt_spanof(q);
	CHECK(t->limit < t->base + 8192 &&
	      rt_find_object((void *)(t->base + 8190), NULL, NULL) == NULL,
	      "tail waste of a 24-byte span");
}

static void test_large(void)
{
	static const uint64_t sizes[] = {32769, 40000, 1 << 20, 5000000,
	                                 (uint64_t)100 << 20};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		uint64_t n = sizes[i];
		unsigned char *p = rt_alloc((int64_t)n);
		rt_span *s = rt_spanof((uintptr_t)p);
		CHECK((uintptr_t)p % RT_PAGE_SIZE == 0, "large %llu misaligned",
		      (unsigned long long)n);
		CHECK(s != NULL && s->spanclass == 0 && s->nelems == 1 &&
		      s->npages == (n + 8191) / 8192,
		      "large %llu: span", (unsigned long long)n);
		CHECK(p[0] == 0 && p[n / 2] == 0 && p[n - 1] == 0,
		      "large %llu not zero", (unsigned long long)n);
		p[0] = p[n - 1] = 1;
		CHECK(rt_find_object(p + n - 1, NULL, NULL) == p &&
		      rt_find_object(p + n / 2, NULL, NULL) == p,
		      "large %llu interior", (unsigned long long)n);
	}
	CHECK(rt_heap_arenas() >= 2, "a 100 MiB object needs two arenas");
	void *q = rt_alloc_noscan(70000);
	CHECK(rt_spanof((uintptr_t)q)->spanclass == 1, "noscan large class");
}

/* Fill more than one arena with small objects. */
static void test_arena_growth(void)
{
	uint64_t before = rt_heap_arenas();
	enum { N = 9000 };
	static unsigned char *objs[N];
	for (int i = 0; i < N; i++) {
		objs[i] = rt_alloc(8192); /* 72 MiB in all */
		objs[i][0] = (unsigned char)i;
		objs[i][8191] = (unsigned char)(i >> 8);
	}
	bool ok = true;
	for (int i = 0; i < N; i++)
		ok = ok && objs[i][0] == (unsigned char)i &&
		     objs[i][8191] == (unsigned char)(i >> 8) &&
		     rt_find_object(objs[i] + 100, NULL, NULL) == objs[i];
	CHECK(ok, "objects across arenas");
	CHECK(rt_heap_arenas() > before, "arenas %llu -> %llu",
	      (unsigned long long)before,
	      (unsigned long long)rt_heap_arenas());
}

static void test_heapbits(void)
{
	uintptr_t p = (uintptr_t)rt_newobject(&t_node, NULL);
	bool ok = true;
	for (int w = 0; w < 10; w++)
		ok = ok && rt_heapbits_get(p + 8 * (uintptr_t)w) ==
		                   (w == 0 || w == 2);
	CHECK(ok, "pointer bits of main.node");
	/* An array of nodes: the mask repeats per element. */
	uintptr_t a = (uintptr_t)rt_makeslice_t(&t_node, 7, 7, NULL);
	ok = true;
	for (int w = 0; w < 70; w++)
		ok = ok && rt_heapbits_get(a + 8 * (uintptr_t)w) ==
		                   (w % 10 == 0 || w % 10 == 2);
	CHECK(ok, "pointer bits of [7]main.node");
	/* Unknown layout: every word; slot tail past the data: none. */
	uintptr_t u = (uintptr_t)rt_alloc(40);
	CHECK(rt_heapbits_get(u) && rt_heapbits_get(u + 40),
	      "rt_alloc words are pointers");
	/* 5 words in a 48-byte slot */
	uintptr_t v = (uintptr_t)rt_makeslice_t(&t_ptr, 5, 5, NULL);
	CHECK(rt_heapbits_get(v + 32) && !rt_heapbits_get(v + 40),
	      "slot tail of []*int");
	uintptr_t big = (uintptr_t)rt_makeslice_t(&t_node, 1000, 1000, NULL);
	CHECK(rt_heapbits_get(big + 80 * 999) &&
	      !rt_heapbits_get(big + 80 * 999 + 8) &&
	      rt_heapbits_get(big + 80 * 999 + 16),
	      "pointer bits of a large array");
	rt_span *s = rt_spanof((uintptr_t)rt_newobject(&t_bytes80, NULL));
	CHECK(rt_span_noscan(s), "[80]byte is noscan");
}

static int count_class;
static rt_span *class_spans[4096];

static void collect_class(rt_span *s, void *arg)
{
	if (s->spanclass == *(int *)arg && count_class < 4096)
		class_spans[count_class++] = s;
}

/* Sweep frees unmarked slots; they come back zeroed (needzero), and
 * empty spans go back to the page heap whose pages come back zeroed. */
static void test_sweep_and_reuse(void)
{
	rt_mcache_flush();
	int spc = rt_size_to_class(48) * 2; /* scan, 48 B */
	enum { N = 500 };
	static unsigned char *objs[N];
	for (int i = 0; i < N; i++) {
		objs[i] = rt_alloc(48);
		memset(objs[i], 0xAA, 48);
	}
	CHECK(rt_spanof((uintptr_t)objs[0])->needzero == 0,
	      "fresh span has needzero");
	/* Keep the even ones. */
	for (int i = 0; i < N; i += 2) {
		rt_span *s;
		uintptr_t idx;
		rt_find_object(objs[i], &s, &idx);
		s->markbits[idx / 64] |= (uint64_t)1 << (idx % 64);
	}
	rt_mcache_flush();
	count_class = 0;
	rt_heap_foreach_span(collect_class, &spc);
	uint64_t frees0 = rt_memstats.frees;
	uint32_t freed = 0;
	for (int i = 0; i < count_class; i++)
		freed += rt_span_sweep(class_spans[i]);
	CHECK(freed >= N / 2, "freed %u, want >= %d", freed, N / 2);
	CHECK(rt_memstats.frees - frees0 == freed, "frees counted");
	bool live_ok = true, dead_gone = true;
	for (int i = 0; i < N; i++) {
		void *o = rt_find_object(objs[i], NULL, NULL);
		if (i % 2 == 0)
			live_ok = live_ok && o == objs[i] && objs[i][47] == 0xAA;
		else
			dead_gone = dead_gone && o == NULL;
	}
	CHECK(live_ok, "marked objects survive the sweep");
	CHECK(dead_gone, "unmarked objects are free after the sweep");
	/* Reallocate: the freed slots come back cleared. */
	int reused = 0, dirty = 0;
	for (int i = 0; i < N / 2; i++) {
		unsigned char *p = rt_alloc(48);
		for (int j = 0; j < N; j += 2)
			if (p == objs[j + 1]) {
				reused++;
				break;
			}
		if (!all_zero(p, 48))
			dirty++;
		memset(p, 0xBB, 48);
	}
	CHECK(reused > 0, "no freed slot reused");
	CHECK(dirty == 0, "%d reused slots not zeroed", dirty);
	bool still = true;
	for (int i = 0; i < N; i += 2)
		still = still && objs[i][0] == 0xAA && objs[i][47] == 0xAA;
	CHECK(still, "live objects overwritten by reuse");

	/* A span with nothing marked goes back to the heap; a large
	 * object allocated next may take its pages and must be zero. */
	rt_mcache_flush();
	unsigned char *big = rt_alloc(200000);
	memset(big, 0xCC, 200000);
	rt_span *bs = rt_spanof((uintptr_t)big);
	CHECK(rt_span_sweep(bs) == 1, "unmarked large object freed");
	CHECK(rt_find_object(big, NULL, NULL) == NULL, "freed large object");
	unsigned char *again = rt_alloc_noscan(150000);
	CHECK(again == big, "freed pages reused (%p vs %p)", (void *)again,
	      (void *)big);
	CHECK(rt_spanof((uintptr_t)again)->needzero && all_zero(again, 150000),
	      "reused pages not zeroed");
	/* The rest of the freed run (6 pages) serves small spans, zeroed. */
	rt_span *rest = rt_spanof((uintptr_t)big + 19 * 8192 - 1);
	CHECK(rest == rt_spanof((uintptr_t)again), "run split");
	bool clean = true;
	for (int i = 0; i < 3000; i++) {
		unsigned char *p = rt_alloc(512);
		clean = clean && all_zero(p, 512);
		memset(p, 0xDD, 512);
	}
	CHECK(clean, "small objects on reused pages not zeroed");
}

static void test_memstats(void)
{
	rt_memstats_update();
	uint64_t m0 = rt_memstats.mallocs, b0 = rt_memstats.bytes;
	rt_newobject(&t_node, NULL);      /* 80 */
	rt_alloc(33);                     /* 48 */
	rt_alloc_noscan(3);               /* tiny: 8 */
	rt_alloc(40000);                  /* 40960 */
	rt_alloc(0);                      /* nothing */
	rt_memstats_update();
	CHECK(rt_memstats.mallocs - m0 == 4, "mallocs +%llu",
	      (unsigned long long)(rt_memstats.mallocs - m0));
	CHECK(rt_memstats.bytes - b0 == 80 + 48 + 8 + 40960, "bytes +%llu",
	      (unsigned long long)(rt_memstats.bytes - b0));
	CHECK(rt_memstats.heap_peak >=
	              rt_memstats.bytes - rt_memstats.freed_bytes,
	      "heap_peak");
}

/* Run fn in a child with stderr on a pipe; its output (static). */
static const char *child_output(void (*fn)(void))
{
	static char out[8192];
	int fds[2];
	if (pipe(fds) != 0)
		return "";
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		fn();
		_exit(0);
	}
	close(fds[1]);
	size_t n = 0;
	ssize_t r;
	while (n < sizeof out - 1 &&
	       (r = read(fds[0], out + n, sizeof out - 1 - n)) > 0)
		n += (size_t)r;
	out[n] = '\0';
	close(fds[0]);
	waitpid(pid, NULL, 0);
	return out;
}

static rt_site site_a = {"./x.go", 10, 7, "&T{...}", 0, 0, NULL};
static rt_site site_b = {"./x.go", 12, 11, "new(int)", 0, 0, NULL};
static rt_site site_c = {"./long_name.go", 123, 17, "make([]int, n)", 0, 0,
                         NULL};

static void reports(void)
{
	rt_memstats = (rt_memstats_t){0};
	rt_memstats_update();
	rt_memstats = (rt_memstats_t){0};
	rt_debug_allocsites = rt_debug_memstats = true;
	rt_debug_allocfreetrace = true;
	rt_debug_alloc = true;
	for (int i = 0; i < 3; i++)
		rt_newobject(&t_node, &site_a);
	rt_debug_allocfreetrace = false;
	for (int i = 0; i < 100; i++)
		rt_newobject(&t_ptr, &site_b);
	rt_makeslice_t(&t_int, 100, 100, &site_c);
	rt_alloc(5);
	rt_alloc_report_exit();
}

static void test_reports(void)
{
	const char *out = child_output(reports);
	const char *want_sites =
		"allocsites: 4 sites, 105 allocations, 1944 bytes\n"
		"         bytes      count  site                   expression\n"
		"           896          1  ./long_name.go:123:17  make([]int, n)\n"
		"           800        100  ./x.go:12:11           new(int)\n"
		"           240          3  ./x.go:10:7            &T{...}\n"
		"             8          1  ?                      (site unknown)\n"
		"memstats: mallocs=105 frees=0 bytes=1944 gcs=0 heap_peak=1944\n";
	const char *t = strstr(out, "tracealloc(0x");
	CHECK(t == out && strstr(out, ", 0x50, main.node) at ./x.go:10:7\n"),
	      "tracealloc lines:\n%s", out);
	const char *sites_at = strstr(out, "allocsites:");
	CHECK(sites_at != NULL && strcmp(sites_at, want_sites) == 0,
	      "allocsites table:\n%s", out);
}

int main(void)
{
	test_reports();
	test_size_classes();
	test_alignment();
	test_tiny();
	test_no_overlap();
	test_find_object();
	test_large();
	test_arena_growth();
	test_heapbits();
	test_sweep_and_reuse();
	test_memstats();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
