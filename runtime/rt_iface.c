/*
 * rt_iface.c: the runtime side of interfaces (runtime.h describes the
 * ABI: the two-word value, rt_type's interface fields, rt_itab).
 *
 *   boxing      rt_convT16 ... rt_convT: the data word of a value whose
 *               type is not pointer-shaped.  As in go1.19, small integers
 *               point into rt_staticuint64s and empty strings and nil
 *               slices at rt_zeroval, so they allocate nothing; every
 *               other box is one object from the typed allocator (so
 *               memstats, allocsites and the collector's pointer bits
 *               see it like any other object).
 *   itabs       rt_getitab matches an interface's methods against a
 *               type's method set (both sorted by name: one merge walk)
 *               and caches the result, negative ones included, in an
 *               open-addressing table keyed by the (interface, type)
 *               pair.  Itabs and the table live in C malloc memory:
 *               they are never freed, hold no heap pointers, and the
 *               collector ignores the words that point at them.
 *   assertions  the failure panics, in the words of go1.19's
 *               TypeAssertionError.Error.
 *   equality    rt_typedequal walks a value by its descriptor's kind; at
 *               each interface the dynamic type's comparability is
 *               checked, so that the panic names the outermost
 *               uncomparable type, as Go's efaceeq does ("comparing
 *               uncomparable type main.S" for a struct S holding a
 *               slice).  Structs compare field by field in order and
 *               arrays element by element, stopping at the first
 *               difference: the order in which gc's generated equality
 *               functions can panic.
 *   hashing     rt_typehash mirrors that walk with a multiply-xor hash
 *               of our own (rt_memhash); +0 and -0 hash alike, NaNs
 *               hash randomly (a NaN key is never found again, as in
 *               Go).
 *
 * Single-threaded, like the rest of the runtime for now: the itab cache
 * and the NaN random state take no lock.
 */
#include "runtime.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Static boxes and the runtime's own box types                        */
/* ------------------------------------------------------------------ */

#define R4(n) (n), (n) + 1, (n) + 2, (n) + 3
#define R16(n) R4(n), R4((n) + 4), R4((n) + 8), R4((n) + 12)
#define R64(n) R16(n), R16((n) + 16), R16((n) + 32), R16((n) + 48)

const uint64_t rt_staticuint64s[256] = {R64(0), R64(64), R64(128),
                                        R64(192)};
const uint64_t rt_zeroval[RT_ZEROVAL_SIZE / 8];

/* The pointer bitmap of a box whose first word is its only pointer
 * (strings and slices). */
static const uint8_t mask_first_word[] = {0x01};

#define TF_INT (RT_TFLAG_NAMED | RT_TFLAG_COMPARABLE | RT_TFLAG_REGULARMEMORY)

/* go1.19 allocates its boxes with types of these names, which is what
 * GODEBUG=allocfreetrace=1 prints. */
static const rt_type uint8_type = {
	.size = 1, .align = 1, .name = "uint8", .kind = RT_KIND_UINT8,
	.tflag = TF_INT,
};
static const rt_type uint16_box = {
	.size = 2, .align = 2, .name = "runtime.uint16InterfacePtr",
	.kind = RT_KIND_UINT16, .tflag = TF_INT, .pkgpath = "runtime",
};
static const rt_type uint32_box = {
	.size = 4, .align = 4, .name = "runtime.uint32InterfacePtr",
	.kind = RT_KIND_UINT32, .tflag = TF_INT, .pkgpath = "runtime",
};
static const rt_type uint64_box = {
	.size = 8, .align = 8, .name = "runtime.uint64InterfacePtr",
	.kind = RT_KIND_UINT64, .tflag = TF_INT, .pkgpath = "runtime",
};
static const rt_type string_box = {
	.size = 16, .ptrdata = 8, .ptrmask = mask_first_word, .align = 8,
	.name = "runtime.stringInterfacePtr", .kind = RT_KIND_STRING,
	.tflag = RT_TFLAG_NAMED | RT_TFLAG_COMPARABLE, .pkgpath = "runtime",
};
static const rt_type slice_box = {
	.size = 24, .ptrdata = 8, .ptrmask = mask_first_word, .align = 8,
	.name = "runtime.sliceInterfacePtr", .kind = RT_KIND_SLICE,
	.tflag = RT_TFLAG_NAMED, .elem = &uint8_type, .pkgpath = "runtime",
};

/* A read-only box handed out as a data word (never written through). */
static inline void *static_box(const void *p)
{
	return (void *)(uintptr_t)p;
}

/* ------------------------------------------------------------------ */
/* Boxing                                                              */
/* ------------------------------------------------------------------ */

/* Little-endian: the box of a small value is its uint64 table entry,
 * whose first 2 or 4 bytes are the value. */
void *rt_convT16(uint16_t v, rt_site *site)
{
	if (v < 256)
		return static_box(&rt_staticuint64s[v]);
	uint16_t *p = rt_newobject(&uint16_box, site);
	*p = v;
	return p;
}

void *rt_convT32(uint32_t v, rt_site *site)
{
	if (v < 256)
		return static_box(&rt_staticuint64s[v]);
	uint32_t *p = rt_newobject(&uint32_box, site);
	*p = v;
	return p;
}

void *rt_convT64(uint64_t v, rt_site *site)
{
	if (v < 256)
		return static_box(&rt_staticuint64s[v]);
	uint64_t *p = rt_newobject(&uint64_box, site);
	*p = v;
	return p;
}

void *rt_convTstring(const uint8_t *ptr, int64_t len, rt_site *site)
{
	if (len == 0)
		return static_box(rt_zeroval);
	rt_string *p = rt_newobject(&string_box, site);
	p->ptr = ptr;
	p->len = len;
	return p;
}

/* Like Go: only a nil backing pointer uses the static box; an empty
 * non-nil slice keeps its pointer (s != nil must stay true). */
void *rt_convTslice(void *ptr, int64_t len, int64_t cap, rt_site *site)
{
	if (ptr == NULL)
		return static_box(rt_zeroval);
	rt_slice *p = rt_newobject(&slice_box, site);
	p->ptr = ptr;
	p->len = len;
	p->cap = cap;
	return p;
}

void *rt_convT(const rt_type *t, const void *v, rt_site *site)
{
	void *p = rt_newobject(t, site);
	if (t->size > 0)
		memcpy(p, v, t->size);
	return p;
}

void *rt_convTnoptr(const rt_type *t, const void *v, rt_site *site)
{
	/* rt_newobject picks the noscan span class from t->ptrdata == 0. */
	return rt_convT(t, v, site);
}

/* ------------------------------------------------------------------ */
/* Assertion panics (go1.19's TypeAssertionError.Error)                */
/* ------------------------------------------------------------------ */

static const char *type_name(const rt_type *t)
{
	return t != NULL && t->name != NULL ? t->name : "?";
}

static const char *type_pkgpath(const rt_type *t)
{
	return t->pkgpath != NULL ? t->pkgpath : "";
}

/* iface: the static interface type (NULL prints "interface");
 * concrete: the dynamic type (NULL: the value was nil); asserted: the
 * type asked for; missing: the first method of asserted that concrete
 * lacks, or NULL. */
static _Noreturn void panic_assertion(const rt_type *iface,
                                      const rt_type *concrete,
                                      const rt_type *asserted,
                                      const char *missing)
{
	const char *inter = iface != NULL ? type_name(iface) : "interface";
	const char *as = type_name(asserted);
	rt_panicstart();
	rt_printcstr("interface conversion: ");
	if (concrete == NULL) {
		rt_printcstr(inter);
		rt_printcstr(" is nil, not ");
		rt_printcstr(as);
	} else if (missing == NULL) {
		const char *cs = type_name(concrete);
		rt_printcstr(inter);
		rt_printcstr(" is ");
		rt_printcstr(cs);
		rt_printcstr(", not ");
		rt_printcstr(as);
		/* Two distinct types spelled alike. */
		if (strcmp(cs, as) == 0) {
			if (strcmp(type_pkgpath(concrete),
			           type_pkgpath(asserted)) != 0)
				rt_printcstr(" (types from different packages)");
			else
				rt_printcstr(" (types from different scopes)");
		}
	} else {
		rt_printcstr(type_name(concrete));
		rt_printcstr(" is not ");
		rt_printcstr(as);
		rt_printcstr(": missing method ");
		rt_printcstr(missing);
	}
	rt_panicfinish();
}

_Noreturn void rt_panicdottypeE(const rt_type *have, const rt_type *want,
                                const rt_type *iface)
{
	panic_assertion(iface, have, want, NULL);
}

_Noreturn void rt_panicdottypeI(const rt_itab *have, const rt_type *want,
                                const rt_type *iface)
{
	panic_assertion(iface, have != NULL ? have->type : NULL, want, NULL);
}

_Noreturn void rt_panicnildottype(const rt_type *want)
{
	panic_assertion(NULL, NULL, want, NULL);
}

/* ------------------------------------------------------------------ */
/* Itabs                                                               */
/* ------------------------------------------------------------------ */

/* What an itab holds for a method the compiler listed without code. */
static void method_not_compiled(void)
{
	rt_throw("interface method called but not compiled (rt_method.fn "
	         "is NULL)");
}

/* Fill fun (if not NULL) with t's code for each of inter's methods.
 * Returns NULL if t has them all, else the name of the first missing
 * one.  Both lists are sorted by name, so j only moves forward; a
 * method whose name matches but whose signature differs is missing. */
static const char *match_methods(const rt_type *inter, const rt_type *t,
                                 void **fun)
{
	uint32_t j = 0;
	for (uint32_t k = 0; k < inter->nimethods; k++) {
		const rt_imethod *im = &inter->imethods[k];
		for (; j < t->nmethods; j++) {
			const rt_method *m = &t->methods[j];
			if (strcmp(m->name, im->name) == 0 &&
			    strcmp(m->sig, im->sig) == 0)
				break;
		}
		if (j == t->nmethods)
			return im->name;
		if (fun != NULL)
			fun[k] = t->methods[j].fn != NULL
			                 ? t->methods[j].fn
			                 : (void *)(uintptr_t)method_not_compiled;
		j++;
	}
	return NULL;
}

/* The cache: open addressing with linear probing, a power-of-two size
 * kept at most 3/4 full. */
static struct {
	rt_itab **slot;
	size_t cap, n;
} itabs;

static inline uint64_t mix64(uint64_t x)
{
	/* A 64-bit finaliser (splitmix64's constants). */
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ull;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebull;
	x ^= x >> 31;
	return x;
}

static size_t pair_slot(const rt_type *inter, const rt_type *t, size_t cap)
{
	uint64_t h = mix64((uint64_t)(uintptr_t)inter * 31 +
	                   (uint64_t)(uintptr_t)t);
	return (size_t)h & (cap - 1);
}

static rt_itab *itab_find(const rt_type *inter, const rt_type *t)
{
	if (itabs.cap == 0)
		return NULL;
	for (size_t i = pair_slot(inter, t, itabs.cap);;
	     i = (i + 1) & (itabs.cap - 1)) {
		rt_itab *m = itabs.slot[i];
		if (m == NULL)
			return NULL;
		if (m->inter == inter && m->type == t)
			return m;
	}
}

static void itab_insert_slot(rt_itab **slot, size_t cap, rt_itab *m)
{
	size_t i = pair_slot(m->inter, m->type, cap);
	while (slot[i] != NULL)
		i = (i + 1) & (cap - 1);
	slot[i] = m;
}

static void itab_add(rt_itab *m)
{
	if ((itabs.n + 1) * 4 > itabs.cap * 3) {
		size_t ncap = itabs.cap != 0 ? itabs.cap * 2 : 64;
		rt_itab **n = calloc(ncap, sizeof *n);
		if (n == NULL)
			rt_throw("out of memory (itab table)");
		for (size_t i = 0; i < itabs.cap; i++)
			if (itabs.slot[i] != NULL)
				itab_insert_slot(n, ncap, itabs.slot[i]);
		free(itabs.slot);
		itabs.slot = n;
		itabs.cap = ncap;
	}
	itab_insert_slot(itabs.slot, itabs.cap, m);
	itabs.n++;
}

const rt_itab *rt_getitab(const rt_type *inter, const rt_type *t,
                          bool canfail)
{
	if (inter->nimethods == 0)
		rt_throw("internal error - misuse of itab");
	/* No methods at all: nothing to build or cache. */
	if (t->nmethods == 0) {
		if (canfail)
			return NULL;
		panic_assertion(NULL, t, inter, inter->imethods[0].name);
	}
	rt_itab *m = itab_find(inter, t);
	if (m == NULL) {
		m = calloc(1, sizeof *m + inter->nimethods * sizeof(void *));
		if (m == NULL)
			rt_throw("out of memory (itab)");
		m->inter = inter;
		m->type = t;
		m->hash = t->hash;
		if (match_methods(inter, t, m->fun) != NULL)
			m->fun[0] = NULL; /* a negative entry */
		itab_add(m);
	}
	if (m->fun[0] != NULL)
		return m;
	if (canfail)
		return NULL;
	/* Failures are rare: find the missing method's name again. */
	panic_assertion(NULL, t, inter, match_methods(inter, t, NULL));
}

const rt_itab *rt_assertE2I(const rt_type *inter, const rt_type *t)
{
	if (t == NULL)
		panic_assertion(NULL, NULL, inter, NULL);
	return rt_getitab(inter, t, false);
}

const rt_itab *rt_assertE2I2(const rt_type *inter, const rt_type *t)
{
	if (t == NULL)
		return NULL;
	return rt_getitab(inter, t, true);
}

const rt_itab *rt_assertI2I(const rt_type *inter, const rt_itab *tab)
{
	if (tab == NULL)
		panic_assertion(NULL, NULL, inter, NULL);
	if (tab->inter == inter)
		return tab;
	return rt_getitab(inter, tab->type, false);
}

const rt_itab *rt_assertI2I2(const rt_type *inter, const rt_itab *tab)
{
	if (tab == NULL)
		return NULL;
	if (tab->inter == inter)
		return tab;
	return rt_getitab(inter, tab->type, true);
}

const rt_itab *rt_convI2I(const rt_type *inter, const rt_itab *tab)
{
	if (tab == NULL)
		return NULL;
	if (tab->inter == inter)
		return tab;
	return rt_getitab(inter, tab->type, false);
}

const rt_type *rt_itab_type(const rt_itab *tab)
{
	return tab != NULL ? tab->type : NULL;
}

/* ------------------------------------------------------------------ */
/* Equality                                                            */
/* ------------------------------------------------------------------ */

static _Noreturn void panic_uncomparable(const rt_type *t)
{
	rt_panicstart();
	rt_printcstr("runtime error: comparing uncomparable type ");
	rt_printcstr(type_name(t));
	rt_panicfinish();
}

static bool eq_value(const rt_type *t, const void *a, const void *b);

/* The data words x and y of two interfaces holding dynamic type t. */
static bool eq_data(const rt_type *t, const void *x, const void *y)
{
	if (t == NULL)
		return true;
	if (!(t->tflag & RT_TFLAG_COMPARABLE))
		panic_uncomparable(t);
	if (t->tflag & RT_TFLAG_DIRECTIFACE)
		return x == y;
	return eq_value(t, x, y);
}

/* Two interface values (word0, data) of interface type t. */
static bool eq_iface_value(const rt_type *t, const void *const *x,
                           const void *const *y)
{
	if (t->nimethods == 0) {
		if (x[0] != y[0])
			return false;
		return eq_data(x[0], x[1], y[1]);
	}
	const rt_itab *tx = x[0], *ty = y[0];
	if (tx != ty &&
	    (tx == NULL || ty == NULL || tx->type != ty->type))
		return false;
	return eq_data(tx != NULL ? tx->type : NULL, x[1], y[1]);
}

static bool eq_value(const rt_type *t, const void *a, const void *b)
{
	if (t->tflag & RT_TFLAG_REGULARMEMORY)
		return memcmp(a, b, t->size) == 0;
	switch (t->kind) {
	case RT_KIND_FLOAT32:
		return *(const float *)a == *(const float *)b;
	case RT_KIND_FLOAT64:
		return *(const double *)a == *(const double *)b;
	case RT_KIND_COMPLEX64: {
		const float *x = a, *y = b;
		return x[0] == y[0] && x[1] == y[1];
	}
	case RT_KIND_COMPLEX128: {
		const double *x = a, *y = b;
		return x[0] == y[0] && x[1] == y[1];
	}
	case RT_KIND_STRING: {
		const rt_string *x = a, *y = b;
		/* An empty string may have a NULL ptr: no memcmp then. */
		return x->len == y->len &&
		       (x->len == 0 || x->ptr == y->ptr ||
		        memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
	}
	case RT_KIND_INTERFACE:
		return eq_iface_value(t, a, b);
	case RT_KIND_ARRAY: {
		const rt_type *e = t->elem;
		for (uint64_t i = 0; i < t->len; i++)
			if (!eq_value(e, (const char *)a + i * e->size,
			              (const char *)b + i * e->size))
				return false;
		return true;
	}
	case RT_KIND_STRUCT:
		for (uint32_t i = 0; i < t->nfields; i++) {
			const rt_field *f = &t->fields[i];
			if (f->name != NULL && strcmp(f->name, "_") == 0)
				continue;
			if (!eq_value(f->type, (const char *)a + f->offset,
			              (const char *)b + f->offset))
				return false;
		}
		return true;
	case RT_KIND_SLICE:
	case RT_KIND_MAP:
	case RT_KIND_FUNC:
		panic_uncomparable(t);
	default:
		/* Booleans, integers, pointers, channels, unsafe.Pointer
		 * (should have had REGULARMEMORY). */
		return memcmp(a, b, t->size) == 0;
	}
}

bool rt_efaceeq(const rt_type *t, void *x, void *y)
{
	return eq_data(t, x, y);
}

bool rt_ifaceeq(const rt_itab *tab, void *x, void *y)
{
	return eq_data(tab != NULL ? tab->type : NULL, x, y);
}

bool rt_typedequal(const rt_type *t, const void *a, const void *b)
{
	if (!(t->tflag & RT_TFLAG_COMPARABLE))
		panic_uncomparable(t);
	return eq_value(t, a, b);
}

/* ------------------------------------------------------------------ */
/* Hashing                                                             */
/* ------------------------------------------------------------------ */

/* Odd constants (the golden ratio's and splitmix64's). */
#define HK0 0x9e3779b97f4a7c15ull
#define HK1 0xbf58476d1ce4e5b9ull
#define HK2 0x94d049bb133111ebull

/* The 128-bit product of a and b folded to 64 bits: every input bit
 * reaches most output bits in one multiply. */
__extension__ typedef unsigned __int128 u128;

static inline uint64_t fold_mul(uint64_t a, uint64_t b)
{
	u128 r = (u128)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t load64(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t load32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

uint64_t rt_memhash(const void *p, uint64_t n, uint64_t seed)
{
	const uint8_t *s = p;
	uint64_t h = seed ^ HK0;
	uint64_t a, b;
	if (n <= 16) {
		if (n >= 8) {
			a = load64(s);
			b = load64(s + n - 8);
		} else if (n >= 4) {
			a = load32(s);
			b = load32(s + n - 4);
		} else if (n > 0) {
			a = ((uint64_t)s[0] << 16) | ((uint64_t)s[n >> 1] << 8) |
			    s[n - 1];
			b = 0;
		} else {
			a = b = 0;
		}
	} else {
		const uint8_t *end = s + n;
		while ((uint64_t)(end - s) > 16) {
			h = fold_mul(load64(s) ^ HK1, load64(s + 8) ^ h);
			s += 16;
		}
		/* The last 16 bytes, overlapping what came before. */
		a = load64(end - 16);
		b = load64(end - 8);
	}
	return fold_mul(HK2 ^ n, fold_mul(a ^ HK1, b ^ h));
}

/* NaN hashes: a xorshift sequence from a start that differs per run. */
static uint64_t nan_state;

static uint64_t nan_random(void)
{
	if (nan_state == 0)
		nan_state = mix64((uint64_t)(uintptr_t)&nan_state ^
		                  (uint64_t)rt_memstats.mallocs) | 1;
	nan_state ^= nan_state << 13;
	nan_state ^= nan_state >> 7;
	nan_state ^= nan_state << 17;
	return nan_state;
}

static uint64_t hash_f64(double f, uint64_t h)
{
	if (f == 0)
		return fold_mul(h ^ HK0, HK1); /* +0 and -0 */
	if (f != f)
		return fold_mul(h ^ HK0 ^ nan_random(), HK1);
	return rt_memhash(&f, 8, h);
}

static uint64_t hash_f32(float f, uint64_t h)
{
	if (f == 0)
		return fold_mul(h ^ HK0, HK1);
	if (f != f)
		return fold_mul(h ^ HK0 ^ nan_random(), HK1);
	return rt_memhash(&f, 4, h);
}

static _Noreturn void panic_unhashable(const rt_type *t)
{
	rt_panicstart();
	rt_printcstr("runtime error: hash of unhashable type ");
	rt_printcstr(type_name(t));
	rt_panicfinish();
}

static uint64_t hash_value(const rt_type *t, const void *p, uint64_t h);

/* An interface holding dynamic type t with data word *data. */
static uint64_t hash_data(const rt_type *t, void *const *data, uint64_t h)
{
	if (t == NULL)
		return h;
	/* Checked here so that the panic names the outermost type. */
	if (!(t->tflag & RT_TFLAG_COMPARABLE))
		panic_unhashable(t);
	/* The dynamic type takes part, so that equal bits of different
	 * types (int 1, uint 1) spread apart. */
	h ^= t->hash * HK2;
	if (t->tflag & RT_TFLAG_DIRECTIFACE)
		return fold_mul(hash_value(t, data, h ^ HK0), HK1);
	return fold_mul(hash_value(t, *data, h ^ HK0), HK1);
}

static uint64_t hash_value(const rt_type *t, const void *p, uint64_t h)
{
	if (t->tflag & RT_TFLAG_REGULARMEMORY)
		return rt_memhash(p, t->size, h);
	switch (t->kind) {
	case RT_KIND_FLOAT32:
		return hash_f32(*(const float *)p, h);
	case RT_KIND_FLOAT64:
		return hash_f64(*(const double *)p, h);
	case RT_KIND_COMPLEX64: {
		const float *x = p;
		return hash_f32(x[1], hash_f32(x[0], h));
	}
	case RT_KIND_COMPLEX128: {
		const double *x = p;
		return hash_f64(x[1], hash_f64(x[0], h));
	}
	case RT_KIND_STRING: {
		const rt_string *s = p;
		return rt_memhash(s->ptr, (uint64_t)s->len, h);
	}
	case RT_KIND_INTERFACE: {
		void *const *w = p;
		const rt_type *dyn = w[0];
		if (t->nimethods != 0 && dyn != NULL)
			dyn = ((const rt_itab *)w[0])->type;
		return hash_data(dyn, &w[1], h);
	}
	case RT_KIND_ARRAY: {
		const rt_type *e = t->elem;
		for (uint64_t i = 0; i < t->len; i++)
			h = hash_value(e, (const char *)p + i * e->size, h);
		return h;
	}
	case RT_KIND_STRUCT:
		for (uint32_t i = 0; i < t->nfields; i++) {
			const rt_field *f = &t->fields[i];
			if (f->name != NULL && strcmp(f->name, "_") == 0)
				continue;
			h = hash_value(f->type, (const char *)p + f->offset, h);
		}
		return h;
	case RT_KIND_SLICE:
	case RT_KIND_MAP:
	case RT_KIND_FUNC:
		panic_unhashable(t);
	default:
		return rt_memhash(p, t->size, h);
	}
}

uint64_t rt_typehash(const rt_type *t, const void *p, uint64_t seed)
{
	if (!(t->tflag & RT_TFLAG_COMPARABLE))
		panic_unhashable(t);
	return hash_value(t, p, seed);
}

uint64_t rt_efacehash(const rt_type *t, void *data, uint64_t seed)
{
	return hash_data(t, &data, seed);
}

uint64_t rt_ifacehash(const rt_itab *tab, void *data, uint64_t seed)
{
	return hash_data(tab != NULL ? tab->type : NULL, &data, seed);
}

/* ------------------------------------------------------------------ */
/* panic(v) of an interface value                                      */
/* ------------------------------------------------------------------ */

/* The predeclared type of each basic kind, as %T spells it. */
static const char *const basic_names[] = {
	[RT_KIND_BOOL] = "bool",         [RT_KIND_INT] = "int",
	[RT_KIND_INT8] = "int8",         [RT_KIND_INT16] = "int16",
	[RT_KIND_INT32] = "int32",       [RT_KIND_INT64] = "int64",
	[RT_KIND_UINT] = "uint",         [RT_KIND_UINT8] = "uint8",
	[RT_KIND_UINT16] = "uint16",     [RT_KIND_UINT32] = "uint32",
	[RT_KIND_UINT64] = "uint64",     [RT_KIND_UINTPTR] = "uintptr",
	[RT_KIND_FLOAT32] = "float32",   [RT_KIND_FLOAT64] = "float64",
	[RT_KIND_COMPLEX64] = "complex64",
	[RT_KIND_COMPLEX128] = "complex128",
	[RT_KIND_STRING] = "string",
};

/* print() of a value of basic kind k at p; false for other kinds. */
static bool print_basic(int k, const void *p)
{
	switch (k) {
	case RT_KIND_BOOL: rt_printbool(*(const bool *)p); break;
	case RT_KIND_INT:
	case RT_KIND_INT64: rt_printint(*(const int64_t *)p); break;
	case RT_KIND_INT8: rt_printint(*(const int8_t *)p); break;
	case RT_KIND_INT16: rt_printint(*(const int16_t *)p); break;
	case RT_KIND_INT32: rt_printint(*(const int32_t *)p); break;
	case RT_KIND_UINT:
	case RT_KIND_UINT64:
	case RT_KIND_UINTPTR: rt_printuint(*(const uint64_t *)p); break;
	case RT_KIND_UINT8: rt_printuint(*(const uint8_t *)p); break;
	case RT_KIND_UINT16: rt_printuint(*(const uint16_t *)p); break;
	case RT_KIND_UINT32: rt_printuint(*(const uint32_t *)p); break;
	case RT_KIND_FLOAT32: rt_printfloat(*(const float *)p); break;
	case RT_KIND_FLOAT64: rt_printfloat(*(const double *)p); break;
	case RT_KIND_COMPLEX64: {
		const float *c = p;
		rt_printcstr("(");
		rt_printfloat(c[0]);
		rt_printfloat(c[1]);
		rt_printcstr("i)");
		break;
	}
	case RT_KIND_COMPLEX128: {
		const double *c = p;
		rt_printcstr("(");
		rt_printfloat(c[0]);
		rt_printfloat(c[1]);
		rt_printcstr("i)");
		break;
	}
	case RT_KIND_STRING: {
		const rt_string *s = p;
		rt_printstring(s->ptr, s->len);
		break;
	}
	default:
		return false;
	}
	return true;
}

/* go1.19's printany after preprintpanics: values of predeclared basic
 * types print as print() prints them, other basic kinds as T(v) (a
 * string kind as T("v"); complex kinds as T(re im i), no parentheses
 * of their own), anything else as "(T) 0xDATA"; nil as "nil". */
_Noreturn void rt_panicany(const rt_type *t, void *data)
{
	rt_panicstart();
	if (t == NULL) {
		rt_printcstr("nil");
		rt_panicfinish();
	}
	int k = t->kind;
	const char *basic = k < (int)(sizeof basic_names / sizeof *basic_names)
	                            ? basic_names[k]
	                            : NULL;
	if (basic != NULL && t->name != NULL && strcmp(t->name, basic) == 0 &&
	    print_basic(k, data))
		rt_panicfinish();
	if (basic == NULL) {
		rt_printcstr("(");
		rt_printcstr(type_name(t));
		rt_printcstr(") ");
		rt_printpointer(data);
		rt_panicfinish();
	}
	rt_printcstr(type_name(t));
	if (k == RT_KIND_COMPLEX64 || k == RT_KIND_COMPLEX128) {
		print_basic(k, data);
	} else {
		rt_printcstr(k == RT_KIND_STRING ? "(\"" : "(");
		print_basic(k, data);
		rt_printcstr(k == RT_KIND_STRING ? "\")" : ")");
	}
	rt_panicfinish();
}

/* ------------------------------------------------------------------ */
/* The layouts runtime.h promises the compiler                         */
/* ------------------------------------------------------------------ */

_Static_assert(offsetof(rt_type, name) == 32, "rt_type.name");
_Static_assert(offsetof(rt_type, kind) == 40, "rt_type.kind");
_Static_assert(offsetof(rt_type, tflag) == 41, "rt_type.tflag");
_Static_assert(offsetof(rt_type, hash) == 44, "rt_type.hash");
_Static_assert(offsetof(rt_type, elem) == 48, "rt_type.elem");
_Static_assert(offsetof(rt_type, key) == 56, "rt_type.key");
_Static_assert(offsetof(rt_type, len) == 64, "rt_type.len");
_Static_assert(offsetof(rt_type, fields) == 72, "rt_type.fields");
_Static_assert(offsetof(rt_type, nfields) == 80, "rt_type.nfields");
_Static_assert(offsetof(rt_type, methods) == 88, "rt_type.methods");
_Static_assert(offsetof(rt_type, nmethods) == 96, "rt_type.nmethods");
_Static_assert(offsetof(rt_type, imethods) == 104, "rt_type.imethods");
_Static_assert(offsetof(rt_type, nimethods) == 112, "rt_type.nimethods");
_Static_assert(offsetof(rt_type, pkgpath) == 120, "rt_type.pkgpath");
_Static_assert(sizeof(rt_type) == 128, "sizeof rt_type");
_Static_assert(sizeof(rt_field) == 32 && offsetof(rt_field, offset) == 16 &&
                       offsetof(rt_field, embedded) == 24,
               "rt_field");
_Static_assert(sizeof(rt_method) == 24, "rt_method");
_Static_assert(sizeof(rt_imethod) == 16, "rt_imethod");
_Static_assert(offsetof(rt_itab, hash) == 16 &&
                       offsetof(rt_itab, fun) == 24 &&
                       sizeof(rt_itab) == 24,
               "rt_itab");
_Static_assert(sizeof(rt_iface) == 16, "rt_iface");

/* The method `name` with signature sig ("func() string") of dynamic type
 * t, as the compiler's method table has it, or NULL. */
static void *find_string_method(const rt_type *t, const char *name)
{
	for (uint32_t i = 0; t && i < t->nmethods; i++)
		if (strcmp(t->methods[i].name, name) == 0 &&
		    strcmp(t->methods[i].sig, "func() string") == 0)
			return t->methods[i].fn;
	return NULL;
}

_Noreturn void rt_panicvalue(const rt_type *t, void *data)
{
	/* go1.19's printpanicval: an error prints v.Error(), a Stringer
	 * v.String(), anything else as rt_panicany */
	void *fn = find_string_method(t, "Error");
	if (!fn)
		fn = find_string_method(t, "String");
	if (fn) {
		/* method code is data to ISO C: copy the pointer's bits */
		rt_string (*m)(void *ctx, void *recv);
		memcpy(&m, &fn, sizeof m);
		rt_string s = m(NULL, data);
		rt_panicstring(s.ptr, s.len);
	}
	rt_panicany(t, data);
}
