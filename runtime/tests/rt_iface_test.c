/*
 * rt_iface_test.c: unit tests of the runtime's interface support
 * (rt_iface.c): boxing and what it allocates, itab building and the
 * itab cache (positive and negative entries, growth), assertion panics,
 * equality of every kind, hashing consistent with equality, and the
 * printing of interface values.  The panic texts are go1.19's, each
 * obtained by running the equivalent Go program; panics run in a forked
 * child whose stderr and exit status are compared.
 *
 * The type descriptors below are written by hand as the compiler will
 * emit them (runtime.h).  Like rt_malloc_test.c this file compiles the
 * runtime's sources itself, to reach the allocator's counters.
 */
#include "rt_malloc.h"

#include <math.h>
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

/* ------------------------------------------------------------------ */
/* Running code that prints to stderr and exits                        */
/* ------------------------------------------------------------------ */

static const char *run_child(void (*fn)(void), int *status)
{
	static char out[4096];
	int fds[2];
	if (pipe(fds) != 0) {
		perror("pipe");
		exit(1);
	}
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		fn();
		rt_printflush();
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
	int ws = 0;
	waitpid(pid, &ws, 0);
	*status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
	return out;
}

#define GOROUTINE "\ngoroutine 1 [running]:\n"

/* fn must exit 2 printing "panic: " + want, a newline and the
 * goroutine line. */
static void expect_panic(const char *name, void (*fn)(void), const char *want)
{
	int status;
	const char *out = run_child(fn, &status);
	char full[1024];
	snprintf(full, sizeof full, "panic: %s\n%s", want, GOROUTINE);
	CHECK(status == 2, "%s: exit status %d, want 2", name, status);
	CHECK(strncmp(out, full, strlen(full)) == 0,
	      "%s: output\n%s\nwant prefix\n%s", name, out, full);
}

/* ------------------------------------------------------------------ */
/* Type descriptors, as the compiler emits them                        */
/* ------------------------------------------------------------------ */

#define CMP RT_TFLAG_COMPARABLE
#define REG RT_TFLAG_REGULARMEMORY
#define NAMED RT_TFLAG_NAMED
#define DIRECT RT_TFLAG_DIRECTIFACE

static const uint8_t mask_1[] = {0x01};
static const uint8_t mask_11[] = {0x03};

static const rt_type t_int = {.size = 8, .align = 8, .name = "int",
	.kind = RT_KIND_INT, .tflag = CMP | REG, .hash = 101};
static const rt_type t_uint = {.size = 8, .align = 8, .name = "uint",
	.kind = RT_KIND_UINT, .tflag = CMP | REG, .hash = 102};
static const rt_type t_float64 = {.size = 8, .align = 8, .name = "float64",
	.kind = RT_KIND_FLOAT64, .tflag = CMP, .hash = 103};
static const rt_type t_float32 = {.size = 4, .align = 4, .name = "float32",
	.kind = RT_KIND_FLOAT32, .tflag = CMP, .hash = 104};
static const rt_type t_complex128 = {.size = 16, .align = 8,
	.name = "complex128", .kind = RT_KIND_COMPLEX128, .tflag = CMP,
	.hash = 105};
static const rt_type t_string = {.size = 16, .ptrdata = 8,
	.ptrmask = mask_1, .align = 8, .name = "string",
	.kind = RT_KIND_STRING, .tflag = CMP, .hash = 106};
static const rt_type t_ptrint = {.size = 8, .ptrdata = 8,
	.ptrmask = mask_1, .align = 8, .name = "*int",
	.kind = RT_KIND_POINTER, .tflag = CMP | REG | DIRECT,
	.elem = &t_int, .hash = 107};
static const rt_type t_slice_int = {.size = 24, .ptrdata = 8,
	.ptrmask = mask_1, .align = 8, .name = "[]int",
	.kind = RT_KIND_SLICE, .elem = &t_int, .hash = 108};
static const rt_type t_map = {.size = 8, .ptrdata = 8, .ptrmask = mask_1,
	.align = 8, .name = "map[int]int", .kind = RT_KIND_MAP,
	.tflag = DIRECT, .key = &t_int, .elem = &t_int, .hash = 109};
static const rt_type t_func = {.size = 8, .ptrdata = 8, .ptrmask = mask_1,
	.align = 8, .name = "func()", .kind = RT_KIND_FUNC,
	.tflag = DIRECT, .hash = 110};
static const rt_type t_eface = {.size = 16, .ptrdata = 16,
	.ptrmask = mask_11, .align = 8, .name = "interface {}",
	.kind = RT_KIND_INTERFACE, .tflag = CMP, .hash = 111};

/* struct { X int } */
static const rt_field f_anon[] = {{"X", &t_int, 0, 0, 0}};
static const rt_type t_anon = {.size = 8, .align = 8,
	.name = "struct { X int }", .kind = RT_KIND_STRUCT,
	.tflag = CMP | REG, .fields = f_anon, .nfields = 1, .hash = 112};

/* type P struct { a int; _ int; b float64 } */
static const rt_field f_p[] = {
	{"a", &t_int, 0, 0, 0},
	{"_", &t_int, 8, 0, 0},
	{"b", &t_float64, 16, 0, 0},
};
static const rt_type t_p = {.size = 24, .align = 8, .name = "main.P",
	.kind = RT_KIND_STRUCT, .tflag = CMP | NAMED, .fields = f_p,
	.nfields = 3, .pkgpath = "main", .hash = 113};

/* type S struct { a []int } */
static const rt_field f_s[] = {{"a", &t_slice_int, 0, 0, 0}};
static const rt_type t_s = {.size = 24, .ptrdata = 8, .ptrmask = mask_1,
	.align = 8, .name = "main.S", .kind = RT_KIND_STRUCT,
	.tflag = NAMED, .fields = f_s, .nfields = 1, .pkgpath = "main",
	.hash = 114};

/* [2]interface{} */
static const rt_type t_arr_eface = {.size = 32, .ptrdata = 32,
	.ptrmask = (const uint8_t[]){0x0f}, .align = 8,
	.name = "[2]interface {}", .kind = RT_KIND_ARRAY, .tflag = CMP,
	.elem = &t_eface, .len = 2, .hash = 115};

/* [3]float64 */
static const rt_type t_arr_f64 = {.size = 24, .align = 8,
	.name = "[3]float64", .kind = RT_KIND_ARRAY, .tflag = CMP,
	.elem = &t_float64, .len = 3, .hash = 116};

/* Methods.  The code pointers only need to be distinct. */
static void code_m(void) {}
static void code_n(void) {}
static void code_x(void) {}
#define FN(f) ((void *)(uintptr_t)(f))

/* type I interface { M() }; J { M(); N(int) string }; K { M(); X() };
 * L { N() string } (N with another signature). */
static const rt_imethod im_i[] = {{"M", "func()"}};
static const rt_imethod im_j[] = {{"M", "func()"},
                                  {"N", "func(int) string"}};
static const rt_imethod im_k[] = {{"M", "func()"}, {"X", "func()"}};
static const rt_imethod im_l[] = {{"N", "func() string"}};
static const rt_type t_I = {.size = 16, .ptrdata = 16, .ptrmask = mask_11,
	.align = 8, .name = "main.I", .kind = RT_KIND_INTERFACE,
	.tflag = CMP | NAMED, .imethods = im_i, .nimethods = 1,
	.pkgpath = "main", .hash = 201};
static const rt_type t_J = {.size = 16, .ptrdata = 16, .ptrmask = mask_11,
	.align = 8, .name = "main.J", .kind = RT_KIND_INTERFACE,
	.tflag = CMP | NAMED, .imethods = im_j, .nimethods = 2,
	.pkgpath = "main", .hash = 202};
static const rt_type t_K = {.size = 16, .ptrdata = 16, .ptrmask = mask_11,
	.align = 8, .name = "main.K", .kind = RT_KIND_INTERFACE,
	.tflag = CMP | NAMED, .imethods = im_k, .nimethods = 2,
	.pkgpath = "main", .hash = 203};
static const rt_type t_L = {.size = 16, .ptrdata = 16, .ptrmask = mask_11,
	.align = 8, .name = "main.L", .kind = RT_KIND_INTERFACE,
	.tflag = CMP | NAMED, .imethods = im_l, .nimethods = 1,
	.pkgpath = "main", .hash = 204};

/* type T struct { x int } with M() and N(int) string; *T has the same
 * set (the wrappers would differ; not here). */
static const rt_method m_t[] = {
	{"M", "func()", FN(code_m)},
	{"N", "func(int) string", FN(code_n)},
};
static const rt_field f_t[] = {{"x", &t_int, 0, 0, 0}};
static const rt_type t_T = {.size = 8, .align = 8, .name = "main.T",
	.kind = RT_KIND_STRUCT, .tflag = CMP | REG | NAMED, .fields = f_t,
	.nfields = 1, .methods = m_t, .nmethods = 2, .pkgpath = "main",
	.hash = 301};
static const rt_type t_pT = {.size = 8, .ptrdata = 8, .ptrmask = mask_1,
	.align = 8, .name = "*main.T", .kind = RT_KIND_POINTER,
	.tflag = CMP | REG | DIRECT, .elem = &t_T, .methods = m_t,
	.nmethods = 2, .hash = 302};
/* type U int with M() only; type V int with M() whose code is absent. */
static const rt_method m_u[] = {{"M", "func()", FN(code_x)}};
static const rt_type t_U = {.size = 8, .align = 8, .name = "main.U",
	.kind = RT_KIND_INT, .tflag = CMP | REG | NAMED, .methods = m_u,
	.nmethods = 1, .pkgpath = "main", .hash = 303};
static const rt_method m_v[] = {{"M", "func()", NULL}};
static const rt_type t_V = {.size = 8, .align = 8, .name = "main.V",
	.kind = RT_KIND_INT, .tflag = CMP | REG | NAMED, .methods = m_v,
	.nmethods = 1, .pkgpath = "main", .hash = 304};
/* Two local types spelled main.T in different functions. */
static const rt_type t_T2 = {.size = 8, .align = 8, .name = "main.T",
	.kind = RT_KIND_INT, .tflag = CMP | REG | NAMED, .pkgpath = "main",
	.hash = 305};

/* struct { e interface{}; i main.I; s string; f float64 } */
static const rt_field f_nest[] = {
	{"e", &t_eface, 0, 0, 0},
	{"i", &t_I, 16, 0, 0},
	{"s", &t_string, 32, 0, 0},
	{"f", &t_float64, 48, 0, 0},
};
static const rt_type t_nest = {.size = 56, .ptrdata = 40,
	.ptrmask = (const uint8_t[]){0x1f}, .align = 8, .name = "main.N",
	.kind = RT_KIND_STRUCT, .tflag = CMP | NAMED, .fields = f_nest,
	.nfields = 4, .pkgpath = "main", .hash = 306};
/* struct { n main.N; k int } */
static const rt_field f_outer[] = {
	{"n", &t_nest, 0, 0, 0},
	{"k", &t_int, 56, 0, 0},
};
static const rt_type t_outer = {.size = 64, .ptrdata = 40,
	.ptrmask = (const uint8_t[]){0x1f}, .align = 8, .name = "main.O",
	.kind = RT_KIND_STRUCT, .tflag = CMP | NAMED, .fields = f_outer,
	.nfields = 2, .pkgpath = "main", .hash = 307};

/* ------------------------------------------------------------------ */
/* Boxing                                                              */
/* ------------------------------------------------------------------ */

static uint64_t mallocs(void)
{
	rt_memstats_update();
	return rt_memstats.mallocs;
}

static uint64_t alloc_bytes(void)
{
	rt_memstats_update();
	return rt_memstats.bytes;
}

static bool is_heap(const void *p)
{
	return rt_find_object(p, NULL, NULL) != NULL;
}

static bool is_noscan(const void *p)
{
	rt_span *s;
	return rt_find_object(p, &s, NULL) != NULL && rt_span_noscan(s);
}

static void test_boxing(void)
{
	uint64_t m0 = mallocs(), b0 = alloc_bytes();
	void *p = rt_convT64(5, NULL);
	CHECK(p == &rt_staticuint64s[5] && *(uint64_t *)p == 5,
	      "convT64(5) not the static box");
	CHECK(*(uint16_t *)rt_convT16(255, NULL) == 255 &&
	      rt_convT16(255, NULL) == &rt_staticuint64s[255],
	      "convT16(255)");
	CHECK(*(uint32_t *)rt_convT32(0, NULL) == 0 &&
	      rt_convT32(7, NULL) == &rt_staticuint64s[7], "convT32(7)");
	CHECK(rt_convTstring(NULL, 0, NULL) == (void *)rt_zeroval,
	      "convTstring(\"\") not the zero value");
	CHECK(rt_convTslice(NULL, 0, 0, NULL) == (void *)rt_zeroval,
	      "convTslice(nil) not the zero value");
	CHECK(mallocs() == m0, "static boxes allocated %llu objects",
	      (unsigned long long)(mallocs() - m0));

	/* convT64(300): one 8-byte (tiny, noscan) object. */
	p = rt_convT64(300, NULL);
	CHECK(mallocs() == m0 + 1 && alloc_bytes() == b0 + 8,
	      "convT64(300): %llu mallocs, %llu bytes",
	      (unsigned long long)(mallocs() - m0),
	      (unsigned long long)(alloc_bytes() - b0));
	CHECK(is_heap(p) && is_noscan(p) && *(uint64_t *)p == 300,
	      "convT64(300) box");
	uint16_t *p16 = rt_convT16(1000, NULL);
	uint32_t *p32 = rt_convT32(70000, NULL);
	CHECK(*p16 == 1000 && *p32 == 70000 && is_noscan(p16) &&
	      is_noscan(p32) && mallocs() == m0 + 3,
	      "convT16/convT32 boxes");

	/* A string box: 16 bytes whose first word is a pointer. */
	static const uint8_t hello[] = "hello";
	uint64_t m1 = mallocs(), b1 = alloc_bytes();
	rt_string *s = rt_convTstring(hello, 5, NULL);
	CHECK(mallocs() == m1 + 1 && alloc_bytes() == b1 + 16,
	      "convTstring: %llu mallocs, %llu bytes",
	      (unsigned long long)(mallocs() - m1),
	      (unsigned long long)(alloc_bytes() - b1));
	CHECK(s->ptr == hello && s->len == 5 && is_heap(s) && !is_noscan(s) &&
	      rt_heapbits_get((uintptr_t)s) == 1 &&
	      rt_heapbits_get((uintptr_t)s + 8) == 0,
	      "string box contents or pointer bits");

	/* An empty non-nil slice keeps its pointer: 24 bytes. */
	int64_t backing[2] = {0, 0};
	m1 = mallocs();
	b1 = alloc_bytes();
	rt_slice *sl = rt_convTslice(backing, 0, 2, NULL);
	CHECK(mallocs() == m1 + 1 && alloc_bytes() == b1 + 24 &&
	      sl->ptr == backing && sl->len == 0 && sl->cap == 2 &&
	      rt_heapbits_get((uintptr_t)sl) == 1 &&
	      rt_heapbits_get((uintptr_t)sl + 8) == 0,
	      "convTslice of an empty non-nil slice");

	/* convT / convTnoptr copy t->size bytes into a t-typed object. */
	struct { int64_t a; double b; int64_t c; } v = {1, 2.5, 3};
	m1 = mallocs();
	void *q = rt_convTnoptr(&t_p, &v, NULL);
	CHECK(mallocs() == m1 + 1 && memcmp(q, &v, sizeof v) == 0 &&
	      is_noscan(q), "convTnoptr");
	struct { const char *p; int64_t n; } str = {"xy", 2};
	q = rt_convT(&t_string, &str, NULL);
	CHECK(memcmp(q, &str, sizeof str) == 0 && !is_noscan(q) &&
	      rt_heapbits_get((uintptr_t)q) == 1, "convT of a string");

	/* The site is counted under GOESCDEBUG=allocsites. */
	static rt_site site = {"./x.go", 3, 9, "x (interface conversion)", 0,
	                       0, NULL};
	rt_debug_alloc = rt_debug_allocsites = true;
	rt_convT64(1 << 20, &site);
	rt_convT64(1, &site); /* static: not counted */
	rt_convTstring(hello, 5, &site);
	rt_debug_alloc = rt_debug_allocsites = false;
	CHECK(site.count == 2 && site.bytes == 24,
	      "allocsites: count %llu bytes %llu",
	      (unsigned long long)site.count, (unsigned long long)site.bytes);
}

/* ------------------------------------------------------------------ */
/* Itabs                                                               */
/* ------------------------------------------------------------------ */

static void test_itabs(void)
{
	const rt_itab *a = rt_getitab(&t_I, &t_T, false);
	CHECK(a != NULL && a->inter == &t_I && a->type == &t_T &&
	      a->hash == 301 && a->fun[0] == FN(code_m), "itab I/T");
	CHECK(rt_getitab(&t_I, &t_T, false) == a, "itab I/T not cached");
	const rt_itab *j = rt_getitab(&t_J, &t_pT, true);
	CHECK(j != NULL && j->fun[0] == FN(code_m) && j->fun[1] == FN(code_n),
	      "itab J/*T");
	CHECK(rt_itab_type(j) == &t_pT && rt_itab_type(NULL) == NULL,
	      "rt_itab_type");
	/* Negative results, twice (the second from the cache). */
	CHECK(rt_getitab(&t_K, &t_T, true) == NULL, "K/T should fail");
	CHECK(rt_getitab(&t_K, &t_T, true) == NULL, "K/T (cached) should fail");
	CHECK(rt_getitab(&t_J, &t_U, true) == NULL, "J/U should fail");
	CHECK(rt_getitab(&t_I, &t_int, true) == NULL, "I/int should fail");
	CHECK(rt_getitab(&t_L, &t_T, true) == NULL,
	      "L/T: N's signature differs");
	/* A method without code gets a stub, never NULL. */
	const rt_itab *v = rt_getitab(&t_I, &t_V, false);
	CHECK(v != NULL && v->fun[0] != NULL, "itab of a method without code");

	/* Assertions. */
	CHECK(rt_assertE2I(&t_I, &t_U)->fun[0] == FN(code_x), "assertE2I");
	CHECK(rt_assertE2I2(&t_I, NULL) == NULL, "assertE2I2 of nil");
	CHECK(rt_assertE2I2(&t_J, &t_U) == NULL, "assertE2I2 failing");
	CHECK(rt_assertE2I2(&t_J, &t_T) != NULL, "assertE2I2");
	CHECK(rt_assertI2I(&t_I, j)->fun[0] == FN(code_m), "assertI2I");
	CHECK(rt_assertI2I(&t_J, j) == j, "assertI2I to its own interface");
	CHECK(rt_assertI2I2(&t_K, j) == NULL && rt_assertI2I2(&t_K, NULL) == NULL,
	      "assertI2I2");
	CHECK(rt_convI2I(&t_I, NULL) == NULL &&
	      rt_convI2I(&t_I, j)->type == &t_pT, "convI2I");

	/* Many types: the table grows and keeps every entry. */
	enum { NT = 500 };
	static rt_type many[NT];
	const rt_itab *got[NT];
	for (int i = 0; i < NT; i++) {
		many[i] = t_T;
		many[i].hash = (uint32_t)i;
		if (i % 3 == 0)
			many[i].nmethods = 1; /* only M: lacks N */
		got[i] = rt_getitab(&t_J, &many[i], true);
	}
	int bad = 0;
	for (int i = 0; i < NT; i++) {
		const rt_itab *m = rt_getitab(&t_J, &many[i], true);
		bool want = i % 3 != 0;
		if (m != got[i] || (m != NULL) != want ||
		    (m != NULL && (m->type != &many[i] || m->hash != (uint32_t)i)))
			bad++;
	}
	CHECK(bad == 0, "%d itabs wrong after the table grew", bad);
}

static const rt_itab *itab_pT_I(void)
{
	return rt_getitab(&t_I, &t_pT, false);
}

static void p_dottypeE(void) { rt_panicdottypeE(&t_string, &t_int, &t_eface); }
static void p_dottypeI(void) { rt_panicdottypeI(itab_pT_I(), &t_U, &t_I); }
static void p_dottypeE_nil(void) { rt_panicdottypeE(NULL, &t_int, &t_eface); }
static void p_dottypeI_nil(void) { rt_panicdottypeI(NULL, &t_T, &t_I); }
static void p_assertE2I_nil(void) { rt_assertE2I(&t_I, NULL); }
static void p_assertI2I_nil(void) { rt_assertI2I(&t_J, NULL); }
static void p_nildottype(void) { rt_panicnildottype(&t_J); }
static void p_missing(void) { rt_assertE2I(&t_J, &t_U); }
static void p_missing_cached(void)
{
	rt_getitab(&t_J, &t_U, true);
	rt_getitab(&t_J, &t_U, false);
}
static void p_missing_nomethods(void) { rt_assertE2I(&t_I, &t_int); }
static void p_missing_sig(void) { rt_getitab(&t_L, &t_T, false); }
static void p_anon(void) { rt_panicdottypeE(&t_anon, &t_string, &t_eface); }
static void p_scopes(void) { rt_panicdottypeE(&t_T2, &t_T, &t_eface); }
static void p_nocode(void)
{
	const rt_itab *v = rt_getitab(&t_I, &t_V, false);
	((void (*)(void))(uintptr_t)v->fun[0])();
}

static void test_assert_panics(void)
{
	expect_panic("dottypeE", p_dottypeE,
	             "interface conversion: interface {} is string, not int");
	expect_panic("dottypeI", p_dottypeI,
	             "interface conversion: main.I is *main.T, not main.U");
	expect_panic("dottypeE nil", p_dottypeE_nil,
	             "interface conversion: interface {} is nil, not int");
	expect_panic("dottypeI nil", p_dottypeI_nil,
	             "interface conversion: main.I is nil, not main.T");
	expect_panic("assertE2I nil", p_assertE2I_nil,
	             "interface conversion: interface is nil, not main.I");
	expect_panic("assertI2I nil", p_assertI2I_nil,
	             "interface conversion: interface is nil, not main.J");
	expect_panic("nildottype", p_nildottype,
	             "interface conversion: interface is nil, not main.J");
	expect_panic("missing", p_missing,
	             "interface conversion: main.U is not main.J: missing "
	             "method N");
	expect_panic("missing (cached)", p_missing_cached,
	             "interface conversion: main.U is not main.J: missing "
	             "method N");
	expect_panic("missing, no methods", p_missing_nomethods,
	             "interface conversion: int is not main.I: missing "
	             "method M");
	expect_panic("missing, other signature", p_missing_sig,
	             "interface conversion: main.T is not main.L: missing "
	             "method N");
	expect_panic("struct literal type", p_anon,
	             "interface conversion: interface {} is struct { X int "
	             "}, not string");
	expect_panic("same spelling", p_scopes,
	             "interface conversion: interface {} is main.T, not "
	             "main.T (types from different scopes)");

	int status;
	const char *out = run_child(p_nocode, &status);
	CHECK(status == 2 && strncmp(out, "fatal error: ", 13) == 0,
	      "method without code: status %d, output\n%s", status, out);
}

/* ------------------------------------------------------------------ */
/* Equality                                                            */
/* ------------------------------------------------------------------ */

typedef struct eface { const void *t; void *data; } eface;

static bool eq(const rt_type *t, const void *a, const void *b)
{
	return rt_typedequal(t, a, b);
}

static void test_equality(void)
{
	double nan = NAN, pz = 0.0, nz = -0.0, one = 1.0;
	CHECK(!eq(&t_float64, &nan, &nan), "NaN == NaN");
	CHECK(eq(&t_float64, &pz, &nz), "+0 != -0");
	CHECK(!eq(&t_float64, &pz, &one), "0 == 1");
	float fn = NAN, fz = 0.0f, fnz = -0.0f;
	CHECK(!eq(&t_float32, &fn, &fn) && eq(&t_float32, &fz, &fnz),
	      "float32 NaN / zeros");
	double c1[2] = {1, NAN}, c2[2] = {1, 2}, c3[2] = {-0.0, 2},
	       c4[2] = {0.0, 2};
	CHECK(!eq(&t_complex128, c1, c1) && eq(&t_complex128, c3, c4) &&
	      !eq(&t_complex128, c2, c1), "complex128");

	int64_t i1 = 7, i2 = 7, i3 = 8;
	CHECK(eq(&t_int, &i1, &i2) && !eq(&t_int, &i1, &i3), "int");

	char buf1[] = "hello", buf2[] = "hello", buf3[] = "help!";
	rt_string s1 = {(uint8_t *)buf1, 5}, s2 = {(uint8_t *)buf2, 5},
	          s3 = {(uint8_t *)buf3, 5}, s4 = {(uint8_t *)buf1, 4},
	          e1 = {NULL, 0}, e2 = {(uint8_t *)buf2, 0};
	CHECK(eq(&t_string, &s1, &s2), "equal strings");
	CHECK(!eq(&t_string, &s1, &s3) && !eq(&t_string, &s1, &s4),
	      "different strings");
	CHECK(eq(&t_string, &e1, &e2), "empty strings");

	/* Blank fields are skipped; float fields use IEEE ==. */
	struct { int64_t a, blank; double b; } p1 = {1, 2, 0.0},
	                                        p2 = {1, 99, -0.0},
	                                        p3 = {1, 2, NAN};
	CHECK(eq(&t_p, &p1, &p2), "struct with a blank field");
	CHECK(!eq(&t_p, &p3, &p3), "struct holding NaN");

	double a1[3] = {1, 2, 3}, a2[3] = {1, 2, 3}, a3[3] = {1, 2, 4};
	CHECK(eq(&t_arr_f64, a1, a2) && !eq(&t_arr_f64, a1, a3), "[3]float64");

	/* efaceeq: direct types compare the words, others the boxes. */
	int64_t x = 0, y = 0;
	CHECK(rt_efaceeq(&t_ptrint, &x, &x) && !rt_efaceeq(&t_ptrint, &x, &y),
	      "efaceeq of pointers");
	CHECK(rt_efaceeq(&t_int, rt_convT64(300, NULL), rt_convT64(300, NULL)),
	      "efaceeq of two boxes of 300");
	CHECK(!rt_efaceeq(&t_int, rt_convT64(300, NULL),
	                  rt_convT64(301, NULL)), "efaceeq 300 301");
	CHECK(rt_efaceeq(NULL, NULL, NULL), "efaceeq of nils");
	CHECK(rt_efaceeq(&t_string, rt_convTstring(s1.ptr, 5, NULL),
	                 rt_convTstring(s2.ptr, 5, NULL)), "efaceeq strings");
	const rt_itab *ti = rt_getitab(&t_I, &t_U, false);
	CHECK(rt_ifaceeq(ti, rt_convT64(1000, NULL), rt_convT64(1000, NULL)) &&
	      rt_ifaceeq(NULL, NULL, NULL), "ifaceeq");

	/* Interfaces inside values.  A second itab of the same pair (as
	 * the compiler emits statically) compares equal to the cached one. */
	static struct { const rt_type *inter, *type; uint32_t hash, pad;
	                void *fun[1]; } static_itab = {&t_I, &t_U, 303, 0,
	                                               {FN(code_x)}};
	const rt_itab *ti2 = (const rt_itab *)(const void *)&static_itab;
	typedef struct { eface e; eface i; rt_string s; double f; } nest;
	nest n1, n2;
	n1.e = (eface){&t_int, rt_convT64(500, NULL)};
	n2.e = (eface){&t_int, rt_convT64(500, NULL)};
	n1.i = (eface){ti, rt_convT64(600, NULL)};
	n2.i = (eface){ti2, rt_convT64(600, NULL)};
	n1.s = s1;
	n2.s = s2;
	n1.f = 0.0;
	n2.f = -0.0;
	CHECK(eq(&t_nest, &n1, &n2), "nested interfaces equal");
	struct { nest n; int64_t k; } o1 = {n1, 5}, o2 = {n2, 5};
	CHECK(eq(&t_outer, &o1, &o2), "nested struct equal");
	o2.n.e = (eface){&t_uint, o2.n.e.data};
	CHECK(!eq(&t_outer, &o1, &o2), "dynamic types differ");
	o2.n.e = (eface){&t_int, rt_convT64(501, NULL)};
	CHECK(!eq(&t_outer, &o1, &o2), "dynamic values differ");
	o2.n.e = n1.e;
	o2.n.i = (eface){NULL, NULL};
	CHECK(!eq(&t_outer, &o1, &o2), "nil iface vs non-nil");
	o1.n.i = o2.n.i;
	CHECK(eq(&t_outer, &o1, &o2), "both ifaces nil");
	eface ee1 = {&t_outer, &o1}, ee2 = {&t_outer, &o2};
	CHECK(eq(&t_eface, &ee1, &ee2), "eface holding a nested struct");
	o2.k = 6;
	CHECK(!eq(&t_eface, &ee1, &ee2), "eface holding different structs");

	/* [2]interface{}{1, []int{}} vs {2, []int{}}: false at element 0,
	 * before the uncomparable element (as gc's generated eq). */
	eface arr1[2] = {{&t_int, rt_convT64(1, NULL)},
	                 {&t_slice_int, rt_convTslice(&x, 0, 0, NULL)}};
	eface arr2[2] = {{&t_int, rt_convT64(2, NULL)},
	                 {&t_slice_int, rt_convTslice(&x, 0, 0, NULL)}};
	CHECK(!eq(&t_arr_eface, arr1, arr2), "array stops at first difference");
}

static void p_eq_slice(void)
{
	int64_t a = 1;
	rt_efaceeq(&t_slice_int, rt_convTslice(&a, 1, 1, NULL),
	           rt_convTslice(&a, 1, 1, NULL));
}
static void p_eq_struct_slice(void)
{
	int64_t a = 1;
	rt_slice v = {&a, 1, 1};
	rt_efaceeq(&t_s, rt_convT(&t_s, &v, NULL), rt_convT(&t_s, &v, NULL));
}
static void p_eq_map(void) { rt_efaceeq(&t_map, &failed, &failed); }
static void p_eq_func(void)
{
	static struct { const rt_type *inter, *type; uint32_t hash, pad;
	                void *fun[1]; } func_itab = {&t_I, &t_func, 110, 0,
	                                             {FN(code_m)}};
	rt_ifaceeq((const rt_itab *)(const void *)&func_itab, NULL, NULL);
}
static void p_eq_array_nested(void)
{
	eface a[2] = {{&t_int, rt_convT64(1, NULL)},
	              {&t_slice_int, rt_convTslice(&passed, 0, 0, NULL)}};
	eface b[2] = {{&t_int, rt_convT64(1, NULL)},
	              {&t_slice_int, rt_convTslice(&passed, 0, 0, NULL)}};
	eface ea = {&t_arr_eface, a}, eb = {&t_arr_eface, b};
	rt_typedequal(&t_eface, &ea, &eb);
}
static void p_typedequal_uncomparable(void)
{
	rt_slice v = {NULL, 0, 0};
	rt_typedequal(&t_s, &v, &v);
}

static void test_equality_panics(void)
{
	expect_panic("eq []int", p_eq_slice,
	             "runtime error: comparing uncomparable type []int");
	expect_panic("eq struct with slice", p_eq_struct_slice,
	             "runtime error: comparing uncomparable type main.S");
	expect_panic("eq map", p_eq_map,
	             "runtime error: comparing uncomparable type map[int]int");
	expect_panic("eq func", p_eq_func,
	             "runtime error: comparing uncomparable type func()");
	expect_panic("eq array of interfaces", p_eq_array_nested,
	             "runtime error: comparing uncomparable type []int");
	expect_panic("typedequal uncomparable", p_typedequal_uncomparable,
	             "runtime error: comparing uncomparable type main.S");
}

/* ------------------------------------------------------------------ */
/* Hashing                                                             */
/* ------------------------------------------------------------------ */

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static void test_hashing(void)
{
	const uint64_t seed = 0x1234567;
	double pz = 0.0, nz = -0.0, nan = NAN;
	CHECK(rt_typehash(&t_float64, &pz, seed) ==
	      rt_typehash(&t_float64, &nz, seed), "hash +0 != hash -0");
	float fpz = 0.0f, fnz = -0.0f;
	CHECK(rt_typehash(&t_float32, &fpz, seed) ==
	      rt_typehash(&t_float32, &fnz, seed), "float32 zeros");
	uint64_t hn[8];
	for (int i = 0; i < 8; i++)
		hn[i] = rt_typehash(&t_float64, &nan, seed);
	int same = 0;
	for (int i = 1; i < 8; i++)
		same += hn[i] == hn[0];
	CHECK(same < 7, "NaN hashes do not vary");

	char b1[] = "some longer string, over sixteen bytes",
	     b2[] = "some longer string, over sixteen bytes";
	rt_string s1 = {(uint8_t *)b1, 38}, s2 = {(uint8_t *)b2, 38},
	          s3 = {(uint8_t *)b1, 37};
	CHECK(rt_typehash(&t_string, &s1, seed) ==
	      rt_typehash(&t_string, &s2, seed), "equal strings hash apart");
	CHECK(rt_typehash(&t_string, &s1, seed) !=
	      rt_typehash(&t_string, &s3, seed), "prefix hashes the same");
	CHECK(rt_typehash(&t_string, &s1, seed) !=
	      rt_typehash(&t_string, &s1, seed + 1), "seed ignored");

	/* Every prefix length of a buffer hashes differently, and 10000
	 * consecutive ints spread out. */
	enum { N = 10000 };
	static uint64_t h[N];
	uint8_t buf[200];
	for (int i = 0; i < 200; i++)
		buf[i] = (uint8_t)(i * 7);
	for (int n = 0; n <= 200; n++)
		h[n] = rt_memhash(buf, (uint64_t)n, seed);
	qsort(h, 201, sizeof h[0], cmp_u64);
	int dups = 0;
	for (int i = 1; i <= 200; i++)
		dups += h[i] == h[i - 1];
	CHECK(dups == 0, "%d equal hashes among buffer prefixes", dups);
	for (int64_t i = 0; i < N; i++)
		h[i] = rt_typehash(&t_int, &i, seed);
	qsort(h, N, sizeof h[0], cmp_u64);
	dups = 0;
	int low = 0;
	for (int i = 1; i < N; i++)
		dups += h[i] == h[i - 1];
	for (int64_t i = 0; i < N; i++) {
		uint64_t v = rt_typehash(&t_int, &i, seed);
		low += (v & 1023) == 0;
	}
	CHECK(dups == 0 && low < 40, "int hashes: %d dups, %d in bucket 0",
	      dups, low);

	/* Equal values hash equal: blank fields, boxes, itabs. */
	struct { int64_t a, blank; double b; } p1 = {1, 2, 0.0},
	                                        p2 = {1, 99, -0.0};
	CHECK(rt_typehash(&t_p, &p1, seed) == rt_typehash(&t_p, &p2, seed),
	      "blank field hashed");
	CHECK(rt_efacehash(&t_int, rt_convT64(300, NULL), seed) ==
	      rt_efacehash(&t_int, rt_convT64(300, NULL), seed),
	      "boxes of 300");
	CHECK(rt_efacehash(&t_int, rt_convT64(300, NULL), seed) !=
	      rt_efacehash(&t_uint, rt_convT64(300, NULL), seed),
	      "int 300 and uint 300 hash alike");
	int64_t x;
	CHECK(rt_efacehash(&t_ptrint, &x, seed) ==
	      rt_efacehash(&t_ptrint, &x, seed) &&
	      rt_efacehash(&t_ptrint, &x, seed) !=
	      rt_efacehash(&t_ptrint, &x + 1, seed), "pointer hashes");
	CHECK(rt_efacehash(NULL, NULL, seed) == seed &&
	      rt_ifacehash(NULL, NULL, seed) == seed, "nil interface hash");
	static struct { const rt_type *inter, *type; uint32_t hash, pad;
	                void *fun[1]; } static_itab = {&t_I, &t_U, 303, 0,
	                                               {FN(code_x)}};
	const rt_itab *ti = rt_getitab(&t_I, &t_U, false);
	CHECK(rt_ifacehash(ti, rt_convT64(700, NULL), seed) ==
	      rt_ifacehash((const rt_itab *)(const void *)&static_itab,
	                   rt_convT64(700, NULL), seed),
	      "same dynamic value through two itabs");
	CHECK(rt_ifacehash(ti, rt_convT64(700, NULL), seed) ==
	      rt_efacehash(&t_U, rt_convT64(700, NULL), seed),
	      "iface and eface hash alike");

	/* Nested: equal by rt_typedequal, so equal hashes. */
	struct { eface e; eface i; rt_string s; double f; int64_t k; } o1, o2;
	o1.e = (eface){&t_string, rt_convTstring(s1.ptr, s1.len, NULL)};
	o2.e = (eface){&t_string, rt_convTstring(s2.ptr, s2.len, NULL)};
	o1.i = (eface){ti, rt_convT64(9, NULL)};
	o2.i = (eface){(const void *)&static_itab, rt_convT64(9, NULL)};
	o1.s = s1;
	o2.s = s2;
	o1.f = 0.0;
	o2.f = -0.0;
	o1.k = o2.k = 3;
	CHECK(rt_typedequal(&t_outer, &o1, &o2) &&
	      rt_typehash(&t_outer, &o1, seed) ==
	      rt_typehash(&t_outer, &o2, seed), "nested hash/equality");
	o2.k = 4;
	CHECK(rt_typehash(&t_outer, &o1, seed) !=
	      rt_typehash(&t_outer, &o2, seed), "nested: k not hashed");
}

static void p_hash_slice(void)
{
	rt_efacehash(&t_slice_int, rt_convTslice(&passed, 1, 1, NULL), 0);
}
static void p_hash_struct_slice(void)
{
	rt_slice v = {NULL, 0, 0};
	rt_efacehash(&t_s, rt_convT(&t_s, &v, NULL), 0);
}
static void p_hash_nested(void)
{
	eface a[2] = {{&t_int, rt_convT64(1, NULL)},
	              {&t_map, NULL}};
	rt_typehash(&t_arr_eface, a, 0);
}

static void test_hash_panics(void)
{
	expect_panic("hash []int", p_hash_slice,
	             "runtime error: hash of unhashable type []int");
	expect_panic("hash struct with slice", p_hash_struct_slice,
	             "runtime error: hash of unhashable type main.S");
	expect_panic("hash array of interfaces", p_hash_nested,
	             "runtime error: hash of unhashable type map[int]int");
}

/* ------------------------------------------------------------------ */
/* panic(v) of an interface{}                                          */
/* ------------------------------------------------------------------ */

static const rt_type t_named_int = {.size = 8, .align = 8, .name = "main.T",
	.kind = RT_KIND_INT, .tflag = CMP | REG | NAMED};
static const rt_type t_named_string = {.size = 16, .ptrdata = 8,
	.ptrmask = mask_1, .align = 8, .name = "main.S",
	.kind = RT_KIND_STRING, .tflag = CMP | NAMED};
static const rt_type t_named_complex = {.size = 16, .align = 8,
	.name = "main.C", .kind = RT_KIND_COMPLEX128, .tflag = CMP | NAMED};
static const rt_type t_uint8 = {.size = 1, .align = 1, .name = "uint8",
	.kind = RT_KIND_UINT8, .tflag = CMP | REG};

static void p_any_named_int(void) { rt_panicany(&t_named_int, rt_convT64(42, NULL)); }
static void p_any_named_string(void)
{
	rt_panicany(&t_named_string, rt_convTstring((const uint8_t *)"x", 1, NULL));
}
static double cplx[2] = {1, 2};
static void p_any_named_complex(void) { rt_panicany(&t_named_complex, cplx); }
static void p_any_complex(void) { rt_panicany(&t_complex128, cplx); }
static double three_and_half = 3.5;
static void p_any_float(void) { rt_panicany(&t_float64, &three_and_half); }
static void p_any_uint8(void)
{
	rt_panicany(&t_uint8, (void *)(uintptr_t)&rt_staticuint64s[3]);
}
static void p_any_string(void)
{
	rt_panicany(&t_string, rt_convTstring((const uint8_t *)"plain", 5, NULL));
}
static void p_any_nil(void) { rt_panicany(NULL, NULL); }
static void p_any_ptr(void) { rt_panicany(&t_ptrint, (void *)0xc00009e000); }
static void p_any_struct(void) { rt_panicany(&t_T, (void *)0x4d3f48); }

static void test_panicany(void)
{
	expect_panic("panic(main.T(42))", p_any_named_int, "main.T(42)");
	expect_panic("panic(main.S(\"x\"))", p_any_named_string,
	             "main.S(\"x\")");
	expect_panic("panic(main.C(1+2i))", p_any_named_complex,
	             "main.C(+1.000000e+000+2.000000e+000i)");
	expect_panic("panic(1+2i)", p_any_complex,
	             "(+1.000000e+000+2.000000e+000i)");
	expect_panic("panic(3.5)", p_any_float, "+3.500000e+000");
	expect_panic("panic(uint8(3))", p_any_uint8, "3");
	expect_panic("panic(\"plain\")", p_any_string, "plain");
	expect_panic("panic(nil)", p_any_nil, "nil");
	expect_panic("panic(&x)", p_any_ptr, "(*int) 0xc00009e000");
	expect_panic("panic(main.T{})", p_any_struct, "(main.T) 0x4d3f48");
}

/* ------------------------------------------------------------------ */
/* Printing                                                            */
/* ------------------------------------------------------------------ */

static void print_ifaces(void)
{
	rt_printeface(&t_int, &rt_staticuint64s[3]);
	rt_printnl();
	rt_printiface(NULL, NULL);
	rt_printnl();
}

static void test_print(void)
{
	int status;
	const char *out = run_child(print_ifaces, &status);
	char want[200];
	snprintf(want, sizeof want, "(0x%lx,0x%lx)\n(0x0,0x0)\n",
	         (unsigned long)(uintptr_t)&t_int,
	         (unsigned long)(uintptr_t)&rt_staticuint64s[3]);
	CHECK(status == 0 && strcmp(out, want) == 0,
	      "print: got\n%s\nwant\n%s", out, want);
}

int main(void)
{
	test_boxing();
	test_itabs();
	test_assert_panics();
	test_equality();
	test_equality_panics();
	test_hashing();
	test_hash_panics();
	test_panicany();
	test_print();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
