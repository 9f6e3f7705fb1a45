/*
 * types.c: Go types: the predeclared ones, constructors for composite
 * types, identity, classification, amd64 layout as gc computes it, and
 * the spelling types2 uses for types in error messages.
 *
 * Basic types are singletons in ty_basic[]; byte and rune are aliases of
 * uint8 and int32 (same kind, identical), but they are separate objects
 * so that messages can say "byte" where the program said byte, as types2
 * does.  Pointer, slice and array types are shared per element type so
 * that the same type written twice is usually the same object; identity
 * never relies on that and compares structure.
 */
#include "check_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

Type *ty_basic[TY__COUNT];
Type *ty_byte_alias, *ty_rune_alias;

static Type *new_type(TypeKind k)
{
	Type *t = arena_alloc(g_arena, sizeof *t);
	t->kind = k;
	t->underlying = t;
	return t;
}

void types_init(void)
{
	if (ty_basic[TY_INT])
		return;
	for (int k = TY_INVALID; k <= TY_UNTYPED_NIL; k++)
		ty_basic[k] = new_type((TypeKind)k);
	ty_byte_alias = new_type(TY_UINT8);
	ty_rune_alias = new_type(TY_INT32);
}

/* Small cache of derived types keyed by (kind, elem, len). */
typedef struct DerivedEntry {
	TypeKind kind;
	Type *elem;
	int64_t len;
	Type *t;
} DerivedEntry;

static DerivedEntry *dcache;
static size_t dcap, dcount;

static size_t dhash(TypeKind k, Type *e, int64_t len)
{
	uint64_t h = (uint64_t)(uintptr_t)e * 0x9E3779B97F4A7C15ull;
	h ^= (uint64_t)k * 0xBF58476D1CE4E5B9ull ^ (uint64_t)len;
	return (size_t)(h ^ (h >> 29));
}

static Type *derived(TypeKind k, Type *elem, int64_t len)
{
	if (dcount * 2 >= dcap) {
		size_t ncap = dcap ? dcap * 2 : 256;
		DerivedEntry *nt = arena_alloc(g_arena, ncap * sizeof *nt);
		for (size_t i = 0; i < dcap; i++) {
			if (!dcache[i].t)
				continue;
			size_t j = dhash(dcache[i].kind, dcache[i].elem, dcache[i].len) & (ncap - 1);
			while (nt[j].t)
				j = (j + 1) & (ncap - 1);
			nt[j] = dcache[i];
		}
		dcache = nt;
		dcap = ncap;
	}
	size_t j = dhash(k, elem, len) & (dcap - 1);
	while (dcache[j].t) {
		DerivedEntry *e = &dcache[j];
		if (e->kind == k && e->elem == elem && e->len == len)
			return e->t;
		j = (j + 1) & (dcap - 1);
	}
	Type *t = new_type(k);
	t->elem = elem;
	t->len = len;
	dcache[j] = (DerivedEntry){k, elem, len, t};
	dcount++;
	return t;
}

Type *ty_pointer(Type *elem) { return derived(TY_POINTER, elem, 0); }
Type *ty_slice(Type *elem) { return derived(TY_SLICE, elem, 0); }
Type *ty_array(Type *elem, int64_t len) { return derived(TY_ARRAY, elem, len); }

Type *ty_struct(Field *fields, int nfields)
{
	Type *t = new_type(TY_STRUCT);
	t->fields = fields;
	t->nfields = nfields;
	return t;
}

Type *ty_func(Type **params, int nparams, Type **results, int nresults,
              bool variadic)
{
	Type *t = new_type(TY_FUNC);
	t->params = params;
	t->nparams = nparams;
	t->results = results;
	t->nresults = nresults;
	t->variadic = variadic;
	return t;
}

Type *ty_tuple(Type **elems, int n)
{
	Type *t = new_type(TY_TUPLE);
	t->results = elems;
	t->nresults = n;
	return t;
}

Type *ty_named(Symbol *obj, Type *underlying)
{
	Type *t = new_type(TY_NAMED);
	t->obj = obj;
	t->underlying = underlying;
	return t;
}

Type *ty_under(Type *t)
{
	/* A named type's underlying type is never itself named once the
	 * checker resolved it; the loop guards declarations in progress. */
	for (int i = 0; t && t->kind == TY_NAMED && i < 100; i++)
		t = t->underlying;
	return t;
}

static bool identical(Type *a, Type *b, bool tags)
{
	if (a == b)
		return true;
	if (!a || !b || a->kind != b->kind)
		return false;
	switch (a->kind) {
	case TY_NAMED:
		return false; /* named types are identical only to themselves */
	case TY_POINTER:
	case TY_SLICE:
		return identical(a->elem, b->elem, tags);
	case TY_ARRAY:
		return a->len == b->len && identical(a->elem, b->elem, tags);
	case TY_MAP:
		return identical(a->key, b->key, tags) && identical(a->elem, b->elem, tags);
	case TY_STRUCT:
		if (a->nfields != b->nfields)
			return false;
		for (int i = 0; i < a->nfields; i++) {
			Field *f = &a->fields[i], *g = &b->fields[i];
			if (f->name != g->name || f->embedded != g->embedded ||
			    (tags && (f->tag.len != g->tag.len ||
			              (f->tag.len && memcmp(f->tag.p, g->tag.p, f->tag.len) != 0))) ||
			    !identical(f->type, g->type, tags))
				return false;
		}
		return true;
	case TY_FUNC:
		if (a->variadic != b->variadic)
			return false;
		if (a->nparams != b->nparams)
			return false;
		for (int i = 0; i < a->nparams; i++)
			if (!identical(a->params[i], b->params[i], tags))
				return false;
		/* fallthrough: compare results like a tuple */
		/* FALLTHROUGH */
	case TY_TUPLE:
		if (a->nresults != b->nresults)
			return false;
		for (int i = 0; i < a->nresults; i++)
			if (!identical(a->results[i], b->results[i], tags))
				return false;
		return true;
	case TY_INTERFACE:
		/* the same method set: names and identical signatures */
		if (a->nimethods != b->nimethods)
			return false;
		for (int i = 0; i < a->nimethods; i++)
			if (a->imethods[i].name != b->imethods[i].name ||
			    !identical(a->imethods[i].type, b->imethods[i].type, tags))
				return false;
		return true;
	default:
		/* basic kinds: byte == uint8, rune == int32 */
		return true;
	}
}

bool ty_identical(Type *a, Type *b) { return identical(a, b, true); }

/* Identity ignoring struct tags (conversions). */
bool ty_identical_notags(Type *a, Type *b) { return identical(a, b, false); }

/* ---- layout --------------------------------------------------------- */

static int64_t align_up(int64_t x, int64_t a)
{
	return (x + a - 1) / a * a;
}

/* Sizes saturate at TY_SIZE_MAX so that absurd array types cannot
 * overflow; the checker reports such types before code generation. */
void ty_layout(Type *t)
{
	if (!t || t->laid_out)
		return;
	switch (t->kind) {
	case TY_BOOL: case TY_INT8: case TY_UINT8:
		t->size = t->align = 1;
		break;
	case TY_INT16: case TY_UINT16:
		t->size = t->align = 2;
		break;
	case TY_INT32: case TY_UINT32: case TY_FLOAT32:
		t->size = t->align = 4;
		break;
	case TY_INT: case TY_UINT: case TY_INT64: case TY_UINT64:
	case TY_UINTPTR: case TY_FLOAT64: case TY_POINTER: case TY_FUNC:
	case TY_UNSAFEPTR: case TY_MAP:
		t->size = t->align = 8;
		break;
	case TY_COMPLEX64:
		t->size = 8;
		t->align = 4;
		break;
	case TY_COMPLEX128:
	case TY_STRING:
	case TY_INTERFACE:
		t->size = 16;
		t->align = 8;
		if (t->kind == TY_COMPLEX128)
			t->align = 8;
		break;
	case TY_SLICE:
		t->size = 24;
		t->align = 8;
		break;
	case TY_ARRAY:
		ty_layout(t->elem);
		t->align = t->elem->align;
		if (t->elem->size && t->len > TY_SIZE_MAX / t->elem->size)
			t->size = TY_SIZE_MAX;
		else
			t->size = t->elem->size * t->len;
		break;
	case TY_STRUCT: {
		int64_t off = 0, al = 1;
		for (int i = 0; i < t->nfields; i++) {
			Field *f = &t->fields[i];
			ty_layout(f->type);
			int64_t fa = f->type->align ? f->type->align : 1;
			if (fa > al)
				al = fa;
			off = align_up(off, fa);
			f->offset = off;
			if (off > TY_SIZE_MAX - f->type->size)
				off = TY_SIZE_MAX;
			else
				off += f->type->size;
		}
		/* gc pads a non-empty struct ending in a zero-size field so
		 * that the field's address stays inside the object. */
		if (off > 0 && t->nfields > 0 && t->fields[t->nfields - 1].type->size == 0)
			off++;
		t->align = al;
		t->size = off >= TY_SIZE_MAX ? TY_SIZE_MAX : align_up(off, al);
		break;
	}
	case TY_NAMED: {
		Type *u = ty_under(t);
		if (u == t || !u) {
			t->size = 0;
			t->align = 1;
			break;
		}
		ty_layout(u);
		t->size = u->size;
		t->align = u->align;
		break;
	}
	default:
		t->size = 0;
		t->align = 1;
		break;
	}
	if (t->align == 0)
		t->align = 1;
	t->laid_out = true;
}

/* ---- classification ------------------------------------------------- */

bool ty_is_integer(Type *t)
{
	t = ty_under(t);
	return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) ||
	             t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE);
}

bool ty_is_unsigned(Type *t)
{
	t = ty_under(t);
	return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool ty_is_float(Type *t)
{
	t = ty_under(t);
	return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 ||
	             t->kind == TY_UNTYPED_FLOAT);
}

bool ty_is_numeric(Type *t)
{
	Type *u = ty_under(t);
	return ty_is_integer(t) || ty_is_float(t) ||
	       (u && (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128));
}

bool ty_is_string(Type *t)
{
	t = ty_under(t);
	return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool ty_is_boolean(Type *t)
{
	t = ty_under(t);
	return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool ty_is_untyped(Type *t)
{
	return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool ty_has_pointers(Type *t)
{
	t = ty_under(t);
	if (!t)
		return false;
	switch (t->kind) {
	case TY_STRING: case TY_POINTER: case TY_SLICE: case TY_FUNC:
	case TY_MAP: case TY_INTERFACE: case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return t->len > 0 && ty_has_pointers(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->nfields; i++)
			if (ty_has_pointers(t->fields[i].type))
				return true;
		return false;
	default:
		return false;
	}
}

bool ty_is_interface(Type *t)
{
	t = ty_under(t);
	return t && t->kind == TY_INTERFACE;
}

bool ty_is_exported(const char *name)
{
	/* Go: an upper-case letter (Unicode class Lu) starts the name; the
	 * ASCII test covers every name goesc's lib and tests use, and
	 * non-ASCII identifiers count as unexported here */
	return name[0] >= 'A' && name[0] <= 'Z';
}

bool ty_is_direct_iface(Type *t)
{
	t = ty_under(t);
	if (!t)
		return false;
	switch (t->kind) {
	case TY_POINTER: case TY_FUNC: case TY_MAP: case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return t->len == 1 && ty_is_direct_iface(t->elem);
	case TY_STRUCT:
		return t->nfields == 1 && ty_is_direct_iface(t->fields[0].type);
	default:
		return false;
	}
}

const IMethod *ty_iface_method(Type *iface, const char *name, int *index)
{
	Type *u = ty_under(iface);
	for (int i = 0; u && i < u->nimethods; i++)
		if (u->imethods[i].name == name) {
			if (index)
				*index = i;
			return &u->imethods[i];
		}
	return NULL;
}

bool ty_comparable(Type *t)
{
	t = ty_under(t);
	if (!t)
		return false;
	switch (t->kind) {
	case TY_SLICE: case TY_FUNC: case TY_MAP: case TY_TUPLE:
		return false;
	case TY_ARRAY:
		return ty_comparable(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->nfields; i++)
			if (!ty_comparable(t->fields[i].type))
				return false;
		return true;
	default:
		return true;
	}
}

Type *ty_any;

Type *ty_default(Type *t)
{
	if (!t)
		return t;
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return ty_basic[TY_BOOL];
	case TY_UNTYPED_INT: return ty_basic[TY_INT];
	case TY_UNTYPED_RUNE: return ty_rune_alias;
	case TY_UNTYPED_FLOAT: return ty_basic[TY_FLOAT64];
	case TY_UNTYPED_STRING: return ty_basic[TY_STRING];
	default: return t;
	}
}

/* ---- spelling ------------------------------------------------------- */

/* Parameter names of func types, kept aside: they matter only for
 * messages (identity ignores them). */
typedef struct NameEntry {
	Type *fn;
	const char **names;
} NameEntry;
static NameEntry *ntab;
static size_t ncap_, ncount_;

void ty_set_param_names(Type *fn, const char **names)
{
	if (ncount_ * 2 >= ncap_) {
		size_t nc = ncap_ ? ncap_ * 2 : 256;
		NameEntry *nt = arena_alloc(g_arena, nc * sizeof *nt);
		for (size_t i = 0; i < ncap_; i++) {
			if (!ntab[i].fn)
				continue;
			size_t j = ((uintptr_t)ntab[i].fn >> 4) & (nc - 1);
			while (nt[j].fn)
				j = (j + 1) & (nc - 1);
			nt[j] = ntab[i];
		}
		ntab = nt;
		ncap_ = nc;
	}
	size_t j = ((uintptr_t)fn >> 4) & (ncap_ - 1);
	while (ntab[j].fn && ntab[j].fn != fn)
		j = (j + 1) & (ncap_ - 1);
	if (!ntab[j].fn)
		ncount_++;
	ntab[j] = (NameEntry){fn, names};
}

static const char **param_names(Type *fn)
{
	if (!ncap_)
		return NULL;
	size_t j = ((uintptr_t)fn >> 4) & (ncap_ - 1);
	while (ntab[j].fn) {
		if (ntab[j].fn == fn)
			return ntab[j].names;
		j = (j + 1) & (ncap_ - 1);
	}
	return NULL;
}

static void type_str(StrBuf *b, Type *t, int depth, TyStyle st);

static void tuple_str(StrBuf *b, Type **v, int n, bool variadic, int depth,
                      const char **names, TyStyle st)
{
	sb_puts(b, "(");
	for (int i = 0; i < n; i++) {
		if (i)
			sb_puts(b, ", ");
		if (names && names[i]) {
			sb_puts(b, names[i]);
			sb_puts(b, " ");
		}
		if (variadic && i == n - 1 && v[i]->kind == TY_SLICE) {
			sb_puts(b, "...");
			type_str(b, v[i]->elem, depth + 1, st);
		} else {
			type_str(b, v[i], depth + 1, st);
		}
	}
	sb_puts(b, ")");
}

/* gc's spelling of a struct type: "struct { a int; b *T }", no tags. */
static void gc_struct_str(StrBuf *b, Type *t, int depth, TyStyle st)
{
	if (!t->nfields) {
		sb_puts(b, "struct {}");
		return;
	}
	sb_puts(b, "struct { ");
	for (int i = 0; i < t->nfields; i++) {
		if (i)
			sb_puts(b, "; ");
		if (!t->fields[i].embedded) {
			sb_puts(b, t->fields[i].name);
			sb_puts(b, " ");
		}
		type_str(b, t->fields[i].type, depth + 1, st);
	}
	sb_puts(b, " }");
}

static void type_str(StrBuf *b, Type *t, int depth, TyStyle st)
{
	if (!t) {
		sb_puts(b, "<nil>");
		return;
	}
	if (depth > 64) {
		sb_puts(b, "...");
		return;
	}
	/* the runtime names aliases by what they stand for ("[]uint8") */
	if (t == ty_byte_alias && st != TY_STYLE_RUNTIME) {
		sb_puts(b, "byte");
		return;
	}
	if (t == ty_rune_alias && st != TY_STYLE_RUNTIME) {
		sb_puts(b, "rune");
		return;
	}
	switch (t->kind) {
	case TY_NAMED:
		if (st == TY_STYLE_RUNTIME)
			sb_puts(b, "main."); /* every named type is package main's */
		sb_puts(b, t->obj ? t->obj->name : "?");
		return;
	case TY_POINTER:
		sb_puts(b, "*");
		type_str(b, t->elem, depth + 1, st);
		return;
	case TY_SLICE:
		sb_puts(b, "[]");
		type_str(b, t->elem, depth + 1, st);
		return;
	case TY_ARRAY: {
		char buf[32];
		snprintf(buf, sizeof buf, "[%lld]", (long long)t->len);
		sb_puts(b, buf);
		type_str(b, t->elem, depth + 1, st);
		return;
	}
	case TY_MAP:
		sb_puts(b, "map[");
		type_str(b, t->key, depth + 1, st);
		sb_puts(b, "]");
		type_str(b, t->elem, depth + 1, st);
		return;
	case TY_STRUCT:
		if (st != TY_STYLE_TYPES2) {
			gc_struct_str(b, t, depth, st);
			return;
		}
		sb_puts(b, "struct{");
		for (int i = 0; i < t->nfields; i++) {
			if (i)
				sb_puts(b, "; ");
			if (!t->fields[i].embedded) {
				sb_puts(b, t->fields[i].name);
				sb_puts(b, " ");
			}
			type_str(b, t->fields[i].type, depth + 1, st);
			if (t->fields[i].tag.len) {
				sb_puts(b, " ");
				sb_puts(b, cv_string_repr(cv_string(t->fields[i].tag)));
			}
		}
		sb_puts(b, "}");
		return;
	case TY_FUNC: {
		/* gc prints no parameter names */
		const char **names = st == TY_STYLE_TYPES2 ? param_names(t) : NULL;
		sb_puts(b, "func");
		tuple_str(b, t->params, t->nparams, t->variadic, depth, names, st);
		if (t->nresults == 1 && !(names && names[t->nparams])) {
			sb_puts(b, " ");
			type_str(b, t->results[0], depth + 1, st);
		} else if (t->nresults > 0) {
			sb_puts(b, " ");
			tuple_str(b, t->results, t->nresults, false, depth,
			          names ? names + t->nparams : NULL, st);
		}
		return;
	}
	case TY_TUPLE:
		tuple_str(b, t->results, t->nresults, false, depth, NULL, st);
		return;
	case TY_INTERFACE:
		if (t == ty_any && st == TY_STYLE_TYPES2) {
			sb_puts(b, "any");
			return;
		}
		if (!t->nimethods) {
			sb_puts(b, st == TY_STYLE_TYPES2 ? "interface{}" : "interface {}");
			return;
		}
		sb_puts(b, st == TY_STYLE_TYPES2 ? "interface{" : "interface { ");
		for (int i = 0; i < t->nimethods; i++) {
			if (i)
				sb_puts(b, "; ");
			/* the runtime qualifies unexported method names */
			if (st == TY_STYLE_RUNTIME && !ty_is_exported(t->imethods[i].name))
				sb_puts(b, "main.");
			sb_puts(b, t->imethods[i].name);
			/* the signature without its "func" */
			const char *sig = ty_string_style(t->imethods[i].type, st);
			sb_puts(b, sig + 4);
		}
		sb_puts(b, st == TY_STYLE_TYPES2 ? "}" : " }");
		return;
	default: {
		static const char *const names[TY__COUNT] = {
#define X(name, str) str,
			TYPE_LIST(X)
#undef X
		};
		sb_puts(b, names[t->kind]);
		return;
	}
	}
}

const char *ty_string(Type *t)
{
	return ty_string_style(t, TY_STYLE_TYPES2);
}

const char *ty_string_style(Type *t, TyStyle st)
{
	StrBuf b = {0};
	type_str(&b, t, 0, st);
	return b.p ? b.p : "";
}
