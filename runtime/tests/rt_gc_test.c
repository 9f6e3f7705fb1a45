/*
 * rt_gc_test.c: unit tests of the collector (rt_gc.c) through the
 * allocator's internal interface: global roots scanned precisely (only
 * the words their ptrmask names), heap objects scanned precisely by their
 * pointer bits, noscan objects never scanned, interior pointers from
 * globals and from the stack, unreachable cycles freed, deep lists marked
 * without recursion, interface values (type words outside the heap
 * skipped, data words followed), pages reused after a sweep, long-free
 * pages given back, poisoning, memstats and pacing.
 *
 * This file defines goesc_roots itself, as a compiled program does.
 * Objects whose death is checked are only ever remembered as hidden
 * pointers (address ^ HIDE), and the stack is scrubbed before collecting,
 * so that no stale word keeps them alive by accident.
 */
#define _GNU_SOURCE
#include "rt_malloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

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

#define HIDE ((uintptr_t)0x5a5a5a5a5a5a5a5aull)
#define NOINLINE __attribute__((noinline))

static const uint8_t mask_1[] = {0x01};
static const uint8_t mask_10[] = {0x02};
static const uint8_t mask_101[] = {0x05};
static const rt_type t_ptr = {.size = 8, .ptrdata = 8,
	.ptrmask = mask_1, .align = 8, .name = "*T"};
/* struct { x uintptr; p *T } */
static const rt_type t_pair = {.size = 16, .ptrdata = 16,
	.ptrmask = mask_10, .align = 8, .name = "main.pair"};
/* struct { a *T; n int; b *T; pad [7]int } */
static const rt_type t_node = {.size = 80, .ptrdata = 24,
	.ptrmask = mask_101, .align = 8, .name = "main.node"};

/* interface{} and an interface with methods: both words are pointer
 * words; word0 points at static data or a C-malloc'ed itab. */
static const uint8_t mask_11[] = {0x03};
static const rt_type t_eface = {.size = 16, .ptrdata = 16,
	.ptrmask = mask_11, .align = 8, .name = "interface {}",
	.kind = RT_KIND_INTERFACE, .tflag = RT_TFLAG_COMPARABLE};
static const rt_imethod im_m[] = {{"M", "func()"}};
static const rt_type t_iface = {.size = 16, .ptrdata = 16,
	.ptrmask = mask_11, .align = 8, .name = "main.I",
	.kind = RT_KIND_INTERFACE, .tflag = RT_TFLAG_COMPARABLE,
	.imethods = im_m, .nimethods = 1};
static void code_m(void) {}
static const rt_method m_m[] = {{"M", "func()", (void *)(uintptr_t)code_m}};
static const rt_type t_named = {.size = 16, .align = 8, .name = "main.U",
	.kind = RT_KIND_STRING, .methods = m_m, .nmethods = 1,
	.tflag = RT_TFLAG_COMPARABLE, .ptrdata = 8, .ptrmask = mask_1};
/* struct { e interface{}; i main.I } */
static const uint8_t mask_1111[] = {0x0f};
static const rt_type t_two_ifaces = {.size = 32, .ptrdata = 32,
	.ptrmask = mask_1111, .align = 8, .name = "main.two"};

/* The program's globals. */
static void *g_ptr;                    /* *T */
static uintptr_t g_pair[2];            /* main.pair */
static void *g_interior;               /* *byte into an object */
static void *g_eface[2];               /* interface{} */

const rt_root goesc_roots[] = {
	{&g_ptr, &t_ptr},
	{g_pair, &t_pair},
	{&g_interior, &t_ptr},
	{g_eface, &t_eface},
};
const int64_t goesc_nroots = 4;

static uintptr_t hide(const void *p)
{
	return (uintptr_t)p ^ HIDE;
}

static void *unhide(uintptr_t h)
{
	return (void *)(h ^ HIDE);
}

static bool alive(uintptr_t h)
{
	return rt_find_object(unhide(h), NULL, NULL) != NULL;
}

/* Overwrite the dead stack below the caller, where stale pointers from
 * earlier calls would otherwise sit (uninstrumented: the sanitizers'
 * redzones would leave gaps). */
__attribute__((no_sanitize("address"))) static NOINLINE void scrub(void)
{
	volatile char buf[64 << 10];
	memset((char *)buf, 0, sizeof buf);
	__asm__ volatile("" : : "r"(buf) : "memory");
}

static void collect(void)
{
	scrub();
	rt_gc_collect();
}

/* ---- roots ---- */

static NOINLINE void make_globals(uintptr_t *a, uintptr_t *b, uintptr_t *c)
{
	uint64_t *x = rt_newobject(&t_ptr, NULL);
	*x = 0x1234;
	g_ptr = x;
	void *notp = rt_newobject(&t_ptr, NULL);
	void *p = rt_newobject(&t_ptr, NULL);
	g_pair[0] = (uintptr_t)notp; /* an integer word: must not keep it */
	g_pair[1] = (uintptr_t)p;
	*a = hide(x);
	*b = hide(notp);
	*c = hide(p);
}

static void test_global_roots(void)
{
	uintptr_t a, b, c;
	make_globals(&a, &b, &c);
	collect();
	CHECK(alive(a) && *(uint64_t *)unhide(a) == 0x1234,
	      "object of a global pointer freed");
	CHECK(alive(c), "object of the pointer word of a global freed");
	CHECK(!alive(b), "integer word of a global kept an object");
	g_ptr = NULL;
	g_pair[1] = 0;
	collect();
	CHECK(!alive(a) && !alive(c), "objects of cleared globals kept");
}

static NOINLINE void make_interior(uintptr_t *h)
{
	char *o = rt_alloc(64);
	o[0] = 7;
	g_interior = o + 40;
	*h = hide(o);
}

static void test_interior_global(void)
{
	uintptr_t h;
	make_interior(&h);
	collect();
	CHECK(alive(h) && *(char *)unhide(h) == 7,
	      "interior pointer in a global did not keep its object");
	g_interior = NULL;
	collect();
	CHECK(!alive(h), "object kept after its interior pointer went");
}

/* A pointer only in this frame (a local, possibly a register), interior. */
static NOINLINE int stack_interior(uintptr_t *h)
{
	char *o = rt_alloc(200);
	o[150] = 42;
	*h = hide(o);
	char *volatile in = o + 150;
	o = NULL;
	scrub();
	rt_gc_collect();
	/* Allocate over anything freed. */
	for (int i = 0; i < 1000; i++)
		memset(rt_alloc(200), 0xEE, 200);
	return *in;
}

static NOINLINE int register_pointer(void)
{
	/* p lives in a callee-saved register across the calls, if the
	 * compiler likes; either way the collector must find it. */
	uint64_t *p = rt_alloc(64);
	p[3] = 99;
	for (int i = 0; i < 5; i++) {
		rt_gc_collect();
		memset(rt_alloc(64), 0xEE, 64);
	}
	return (int)p[3];
}

static void test_stack_roots(void)
{
	uintptr_t h;
	CHECK(stack_interior(&h) == 42, "interior stack pointer lost");
	collect();
	CHECK(!alive(h), "object kept after its frame returned");
	CHECK(register_pointer() == 99, "register/local pointer lost");
}

/* ---- precise heap scan ---- */

static NOINLINE void make_node(uintptr_t *ha, uintptr_t *hn, uintptr_t *hb)
{
	uintptr_t *n = rt_newobject(&t_node, NULL);
	void *a = rt_newobject(&t_ptr, NULL);
	void *notp = rt_newobject(&t_ptr, NULL);
	void *b = rt_newobject(&t_ptr, NULL);
	n[0] = (uintptr_t)a;
	n[1] = (uintptr_t)notp; /* the int field */
	n[2] = (uintptr_t)b;
	g_ptr = n;
	*ha = hide(a);
	*hn = hide(notp);
	*hb = hide(b);
}

static NOINLINE void make_noscan(uintptr_t *h)
{
	uintptr_t *o = rt_alloc_noscan(64);
	o[0] = (uintptr_t)rt_newobject(&t_ptr, NULL);
	*h = hide((void *)o[0]);
	g_ptr = o;
}

static void test_precise_heap(void)
{
	uintptr_t ha, hn, hb, hx;
	make_node(&ha, &hn, &hb);
	collect();
	CHECK(alive(ha) && alive(hb), "pointer fields of a node freed");
	CHECK(!alive(hn), "int field of a node kept an object");
	make_noscan(&hx);
	collect();
	CHECK(!alive(hx), "a noscan object was scanned");
	g_ptr = NULL;
	collect();
}

/* ---- interface values ---- */

/* A global interface{} holding a boxed string, and a heap struct of two
 * interfaces whose type words point at a static descriptor and at an
 * itab in C malloc memory, outside the heap arenas: the marker must
 * skip those words and follow the data words. */
static NOINLINE void make_ifaces(uintptr_t *hbox, uintptr_t *he,
                                 uintptr_t *hi, uintptr_t *hs)
{
	/* String boxes: separate 16-byte objects (tiny boxes would share
	 * blocks and could be kept alive by each other). */
	rt_string *box = rt_convTstring((const uint8_t *)"global", 6, NULL);
	g_eface[0] = (void *)(uintptr_t)&t_named;
	g_eface[1] = box;
	void **two = rt_newobject(&t_two_ifaces, NULL);
	rt_string *e = rt_convTstring((const uint8_t *)"e", 1, NULL);
	rt_string *i = rt_convTstring((const uint8_t *)"iface", 5, NULL);
	two[0] = (void *)(uintptr_t)&t_named;
	two[1] = e;
	two[2] = (void *)(uintptr_t)rt_getitab(&t_iface, &t_named, false);
	two[3] = i;
	g_ptr = two;
	*hbox = hide(box);
	*he = hide(e);
	*hi = hide(i);
	*hs = hide(rt_convTstring((const uint8_t *)"dropped", 7, NULL));
}

static void test_interfaces(void)
{
	uintptr_t hbox, he, hi, hs;
	make_ifaces(&hbox, &he, &hi, &hs);
	CHECK(rt_find_object(g_eface[0], NULL, NULL) == NULL &&
	      rt_find_object(((void **)g_ptr)[2], NULL, NULL) == NULL,
	      "type words should be outside the heap");
	collect();
	CHECK(alive(hbox), "box held by a global interface freed");
	CHECK(alive(he) && alive(hi), "boxes held by heap interfaces freed");
	CHECK(!alive(hs), "unreferenced string box kept");
	CHECK(((rt_string *)unhide(hbox))->len == 6 &&
	      ((rt_string *)unhide(hi))->len == 5, "boxes changed");
	g_eface[0] = g_eface[1] = NULL;
	g_ptr = NULL;
	collect();
	CHECK(!alive(hbox) && !alive(he) && !alive(hi),
	      "boxes kept after their interfaces were cleared");
}

/* ---- garbage ---- */

static NOINLINE void make_ring(uintptr_t *hidden, int n)
{
	uintptr_t *first = rt_newobject(&t_node, NULL), *prev = first;
	hidden[0] = hide(first);
	for (int i = 1; i < n; i++) {
		uintptr_t *x = rt_newobject(&t_node, NULL);
		prev[0] = (uintptr_t)x;
		prev[2] = (uintptr_t)first;
		hidden[i] = hide(x);
		prev = x;
	}
	prev[0] = (uintptr_t)first;
}

static void test_cycles_freed(void)
{
	enum { N = 5000 };
	uintptr_t *hidden = malloc(N * sizeof *hidden);
	make_ring(hidden, N);
	rt_memstats_update();
	uint64_t frees0 = rt_memstats.frees, gcs0 = rt_memstats.gcs;
	collect();
	int left = 0;
	for (int i = 0; i < N; i++)
		left += alive(hidden[i]);
	CHECK(left == 0, "%d of %d objects of an unreachable ring kept", left,
	      N);
	CHECK(rt_memstats.frees - frees0 >= N, "frees +%llu",
	      (unsigned long long)(rt_memstats.frees - frees0));
	CHECK(rt_memstats.gcs == gcs0 + 1, "gcs not counted");
	free(hidden);
}

/* A list far longer than any recursion could follow. */
static NOINLINE void make_list(int n)
{
	uintptr_t *head = NULL;
	for (int i = 0; i < n; i++) {
		uintptr_t *x = rt_newobject(&t_node, NULL);
		x[0] = (uintptr_t)head;
		x[1] = (uintptr_t)i;
		head = x;
	}
	g_ptr = head;
}

static void test_long_list(void)
{
	enum { N = 1000000 };
	make_list(N);
	collect();
	long n = 0, sum = 0;
	for (uintptr_t *p = g_ptr; p != NULL; p = (uintptr_t *)p[0]) {
		n++;
		sum += (long)p[1];
	}
	CHECK(n == N && sum == (long)N * (N - 1) / 2,
	      "list of %d: %ld nodes after a collection", N, n);
	g_ptr = NULL;
	collect();
}

/* ---- memory reuse ---- */

static NOINLINE void garbage(int n, int64_t size)
{
	for (int i = 0; i < n; i++)
		memset(rt_alloc(size), 1, (size_t)size);
}

static void test_pages_reused(void)
{
	garbage(40000, 1000); /* 40 MB of small objects */
	garbage(100, 1 << 20); /* 100 MB of large ones */
	collect();
	uint64_t arenas = rt_heap_arenas();
	for (int round = 0; round < 5; round++) {
		garbage(40000, 1000);
		garbage(100, 1 << 20);
		collect();
	}
	CHECK(rt_heap_arenas() == arenas, "heap grew from %llu to %llu arenas",
	      (unsigned long long)arenas,
	      (unsigned long long)rt_heap_arenas());
}

static NOINLINE void make_big(uintptr_t *h)
{
	char *p = rt_alloc_noscan(8 << 20);
	memset(p, 1, 8 << 20);
	*h = hide(p);
}

static void test_scavenge(void)
{
	uintptr_t h;
	make_big(&h);
	collect();
	for (int i = 0; i < 2 * RT_SCAVENGE_AGE + 4; i++)
		collect();
	/* Its pages are no longer resident. */
	enum { NPG = (8 << 20) / 4096 };
	static unsigned char vec[NPG];
	int resident = -1;
	if (mincore(unhide(h), 8 << 20, vec) == 0) {
		resident = 0;
		for (int i = 0; i < NPG; i++)
			resident += vec[i] & 1;
	}
	CHECK(!alive(h) && resident == 0,
	      "8 MiB free for many cycles: %d pages still resident",
	      resident);
	/* Reused: zero, as the OS hands it back. */
	char *q = rt_alloc_noscan(8 << 20);
	CHECK(q[0] == 0 && q[(8 << 20) - 1] == 0, "scavenged pages not zero");
}

static NOINLINE void make_dead(uintptr_t *h)
{
	uint64_t *o = rt_newobject(&t_node, NULL);
	o[1] = 5;
	*h = hide(o);
}

static void test_poison(void)
{
	uintptr_t h;
	rt_debug_gcpoison = true;
	make_dead(&h);
	collect();
	rt_debug_gcpoison = false;
	uint64_t *o = unhide(h);
	CHECK(!alive(h) && o[0] == 0xdeadbeefdeadbeefull &&
	              o[9] == 0xdeadbeefdeadbeefull,
	      "freed slot not poisoned");
}

static void test_pacing(void)
{
	make_list(200000); /* 200000 * 80 B = 16 MB live */
	collect();
	uint64_t live = rt_memstats.bytes - rt_gc_bytes_base;
	uint64_t goal = rt_gc_trigger - rt_gc_bytes_base;
	/* No upper bound: a stale stack word may keep some garbage. */
	CHECK(live >= 16000000, "live %llu", (unsigned long long)live);
	CHECK(goal >= 2 * live && goal < 2 * live + (1 << 20),
	      "goal %llu for live %llu", (unsigned long long)goal,
	      (unsigned long long)live);
	/* The pacer collects once that much more is allocated. */
	uint32_t c0 = rt_gc_cycles;
	garbage(20000, 1000);
	CHECK(rt_gc_cycles > c0, "no collection after 20 MB of garbage");
	long n = 0;
	for (uintptr_t *p = g_ptr; p != NULL; p = (uintptr_t *)p[0])
		n++;
	CHECK(n == 200000, "list lost nodes under the pacer: %ld", n);
	g_ptr = NULL;
}

int main(void)
{
	test_global_roots();
	test_interior_global();
	test_stack_roots();
	test_precise_heap();
	test_interfaces();
	test_cycles_freed();
	test_long_list();
	test_pages_reused();
	test_scavenge();
	test_poison();
	rt_gc_init(); /* the pacer on, as in a program */
	test_pacing();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
