/*
 * cg_rtinfo.c: what the runtime is told about the program's memory.
 *
 * Every heap allocation passes two records to the runtime (runtime.h):
 *   rt_type  one per allocated type: size, alignment, Go's name for it
 *            and its pointer bitmap (one bit per 8-byte word that may
 *            hold a pointer), which the collector scans by (huge types
 *            have none: every word of their prefix is scanned);
 *   rt_site  one per allocation site: file:line:col and the expression
 *            as -m prints it, with counters the runtime fills in for
 *            GOESCDEBUG=allocsites=1.
 * Both are internal globals of the module, made on first use and shared
 * by every later use (types are found again with ty_identical).
 * Layouts without a Go type (closure records, method values) get a
 * descriptor built from their parts.
 */
#include "cg_internal.h"

#include <stdlib.h>
#include <string.h>

/* Pointer bitmaps cover at most this many words (16 MiB of bitmap for
 * 1 GiB of pointer-holding prefix).  A larger prefix gets no bitmap:
 * the runtime then scans every word of it conservatively (runtime.h),
 * which is correct, as the collector checks each word it is given, and
 * keeps the compiler's memory and time independent of a type's size
 * ([1 << 40]*int is a valid type). */
#define DESC_MAX_PTRWORDS ((int64_t)1 << 27)

/* A type descriptor in the making: size and the pointer bitmap. */
typedef struct Desc {
	int64_t size, align;
	uint8_t *mask;     /* (ptrwords + 7) / 8 bytes; NULL: conservative */
	int64_t ptrwords;  /* words up to and including the last pointer */
	int64_t cap;       /* words mask can describe */
} Desc;

/* The bytes of a value of type t up to the end of its last pointer
 * word (0: no pointers), without visiting array elements one by one. */
static int64_t ptr_extent(Type *t)
{
	if (!ty_has_pointers(t))
		return 0;
	Type *u = ty_under(t);
	switch (u->kind) {
	case TY_ARRAY:
		return (u->len - 1) * cg_size(u->elem) + ptr_extent(u->elem);
	case TY_STRUCT: {
		int64_t e = 0;
		for (int i = 0; i < u->nfields; i++) {
			int64_t f = ptr_extent(u->fields[i].type);
			if (f > 0 && u->fields[i].offset + f > e)
				e = u->fields[i].offset + f;
		}
		return e;
	}
	default:
		return 8;
	}
}

/* extent: the pointer-holding prefix in bytes, or -1 if unknown (the
 * mask then covers size). */
static void desc_init(Desc *d, int64_t size, int64_t align, int64_t extent)
{
	d->size = size;
	d->align = align > 0 ? align : 1;
	d->ptrwords = 0;
	d->cap = (extent < 0 ? size : extent) / 8 + 1;
	d->mask = NULL;
	if (d->cap > DESC_MAX_PTRWORDS) {
		/* conservative: every word of the prefix */
		d->ptrwords = (extent < 0 ? size : extent + 7) / 8;
		d->cap = 0;
		return;
	}
	size_t n = (size_t)((d->cap + 7) / 8);
	d->mask = arena_alloc(g_arena, n);
	memset(d->mask, 0, n);
}

static void desc_ptr(Desc *d, int64_t off)
{
	int64_t w = off / 8;
	if (!d->mask)
		return;
	d->mask[w / 8] |= (uint8_t)(1u << (w % 8));
	if (w + 1 > d->ptrwords)
		d->ptrwords = w + 1;
}

/* Mark the pointer words of a value of type t stored at offset off. */
static void desc_add(Desc *d, int64_t off, Type *t)
{
	if (!d->mask || !ty_has_pointers(t))
		return;
	Type *u = ty_under(t);
	switch (u->kind) {
	case TY_POINTER:
	case TY_SLICE:
	case TY_STRING:
	case TY_FUNC:
		desc_ptr(d, off); /* the first word is the pointer */
		break;
	case TY_INTERFACE:
		desc_ptr(d, off);     /* the type or itab (static data) */
		desc_ptr(d, off + 8); /* the data word */
		break;
	case TY_ARRAY: {
		int64_t es = cg_size(u->elem);
		for (int64_t i = 0; i < u->len; i++)
			desc_add(d, off + i * es, u->elem);
		break;
	}
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			desc_add(d, off + u->fields[i].offset, u->fields[i].type);
		break;
	default:
		desc_ptr(d, off); /* anything else with pointers: conservative */
		break;
	}
}

/* ---- emitting the records --------------------------------------------- */

static LLVMValueRef cstring(const char *s)
{
	size_t n = strlen(s);
	LLVMValueRef init = LLVMConstStringInContext(cg.ctx, s, (unsigned)n, false);
	LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "rt.str");
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, true);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
	return g;
}

/* The layout of rt_type (runtime.h): the allocator's six fields, then
 * what interfaces need (kind, tflag, hash, elem, key, len, fields,
 * methods, imethods, pkgpath). */
static LLVMTypeRef rtype_type(void)
{
	static LLVMTypeRef t;
	static LLVMContextRef made_in;
	if (t && made_in == cg.ctx)
		return t;
	LLVMTypeRef p = cg.t_ptr, l = cg.t_i64, i = cg.t_i32;
	LLVMTypeRef f[] = {l, l, p, i, i, p,          /* size..name */
	                   cg.t_i8, cg.t_i8, cg.t_i16, i, /* kind, tflag, pad, hash */
	                   p, p, l,                   /* elem, key, len */
	                   p, i, i, p, i, i, p, i, i, /* fields, methods, imethods */
	                   p};                        /* pkgpath */
	t = LLVMStructTypeInContext(cg.ctx, f, sizeof f / sizeof f[0], false);
	made_in = cg.ctx;
	return t;
}

/* The interface part of a descriptor (fields 6..), filled in by
 * cg_type_desc for Go types; zero for layouts without one. */
typedef struct DescExtra {
	LLVMValueRef v[17];
} DescExtra;

static void extra_zero(DescExtra *x)
{
	LLVMTypeRef t = rtype_type();
	for (unsigned k = 0; k < 17; k++)
		x->v[k] = LLVMConstNull(LLVMStructGetTypeAtIndex(t, 6 + k));
}

static LLVMValueRef emit_desc_into(LLVMValueRef g, const Desc *d, const char *name,
                                   const DescExtra *x);

static LLVMValueRef emit_desc(const Desc *d, const char *name)
{
	DescExtra x;
	extra_zero(&x);
	LLVMValueRef g = LLVMAddGlobal(cg.mod, rtype_type(), "rt.type");
	return emit_desc_into(g, d, name, &x);
}

static LLVMValueRef emit_desc_into(LLVMValueRef g, const Desc *d, const char *name,
                                   const DescExtra *x)
{
	LLVMValueRef mask = LLVMConstNull(cg.t_ptr);
	if (d->ptrwords > 0 && d->mask) {
		size_t n = (size_t)((d->ptrwords + 7) / 8);
		LLVMValueRef init = LLVMConstStringInContext(
			cg.ctx, (const char *)d->mask, (unsigned)n, true);
		mask = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "rt.ptrmask");
		LLVMSetInitializer(mask, init);
		LLVMSetGlobalConstant(mask, true);
		LLVMSetLinkage(mask, LLVMPrivateLinkage);
	}
	LLVMValueRef f[23] = {
		cg_i64(d->size),
		cg_i64(d->ptrwords * 8),
		mask,
		LLVMConstInt(cg.t_i32, (unsigned long long)d->align, false),
		LLVMConstInt(cg.t_i32, 0, false),
		cstring(name),
	};
	for (int k = 0; k < 17; k++)
		f[6 + k] = x->v[k];
	LLVMValueRef init = LLVMConstNamedStruct(rtype_type(), f, 23);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, true);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetAlignment(g, 8);
	return g;
}

/* Type.rt caches a type's descriptor.  Types outlive a compilation (the
 * front end interns derived types) and goesc compare compiles twice in
 * one process, so the cache entry records which module it belongs to. */
typedef struct RtCache {
	unsigned module;
	LLVMValueRef desc;
} RtCache;

static LLVMValueRef cache_put(Type *t, LLVMValueRef g)
{
	RtCache *c = t->rt;
	if (!c)
		c = t->rt = arena_alloc(g_arena, sizeof *c);
	c->module = cg.module_gen;
	c->desc = g;
	return g;
}

/* A private read-only array of n records of type et. */
static LLVMValueRef const_table(LLVMTypeRef et, LLVMValueRef *recs, int n, const char *name)
{
	LLVMValueRef init = LLVMConstArray2(et, recs, (uint64_t)n);
	LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, true);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetAlignment(g, 8);
	return g;
}

/* reflect.Kind of t, and the tflag bits (runtime.h). */
static int rt_kind(Type *u)
{
	switch (u->kind) {
	case TY_BOOL: return 1;
	case TY_INT: return 2;
	case TY_INT8: return 3;
	case TY_INT16: return 4;
	case TY_INT32: return 5;
	case TY_INT64: return 6;
	case TY_UINT: return 7;
	case TY_UINT8: return 8;
	case TY_UINT16: return 9;
	case TY_UINT32: return 10;
	case TY_UINT64: return 11;
	case TY_UINTPTR: return 12;
	case TY_FLOAT32: return 13;
	case TY_FLOAT64: return 14;
	case TY_COMPLEX64: return 15;
	case TY_COMPLEX128: return 16;
	case TY_ARRAY: return 17;
	case TY_FUNC: return 19;
	case TY_INTERFACE: return 20;
	case TY_MAP: return 21;
	case TY_POINTER: return 22;
	case TY_SLICE: return 23;
	case TY_STRING: return 24;
	case TY_STRUCT: return 25;
	case TY_UNSAFEPTR: return 26;
	default: return 0;
	}
}

/* == is plain memory comparison: no floats, strings, interfaces or
 * padding anywhere in t. */
static bool regular_memory(Type *t)
{
	Type *u = ty_under(t);
	switch (u->kind) {
	case TY_FLOAT32: case TY_FLOAT64: case TY_COMPLEX64: case TY_COMPLEX128:
	case TY_STRING: case TY_INTERFACE:
		return false;
	case TY_ARRAY:
		return regular_memory(u->elem);
	case TY_STRUCT: {
		ty_layout(u);
		int64_t end = 0;
		for (int i = 0; i < u->nfields; i++) {
			Field *f = &u->fields[i];
			if (f->offset != end || !regular_memory(f->type) ||
			    strcmp(f->name, "_") == 0)
				return false;
			end = f->offset + cg_size(f->type);
		}
		return end == u->size;
	}
	default:
		return ty_comparable(u);
	}
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Names of methods t may have (declared, promoted, of embedded
 * interfaces), deduplicated, into out. */
static void method_names(Type *t, PtrList *out, int depth)
{
	if (!t || depth > 8)
		return;
	if (t->kind == TY_POINTER)
		t = t->elem;
	for (int i = 0; t->kind == TY_NAMED && i < t->nmethods; i++) {
		bool dup = false;
		for (int k = 0; k < out->len; k++)
			dup |= out->v[k] == t->methods[i].name;
		if (!dup)
			pl_push(out, (void *)t->methods[i].name);
	}
	Type *u = ty_under(t);
	if (u->kind == TY_INTERFACE) {
		for (int i = 0; i < u->nimethods; i++) {
			bool dup = false;
			for (int k = 0; k < out->len; k++)
				dup |= out->v[k] == u->imethods[i].name;
			if (!dup)
				pl_push(out, (void *)u->imethods[i].name);
		}
	} else if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->nfields; i++)
			if (u->fields[i].embedded)
				method_names(u->fields[i].type, out, depth + 1);
	}
}

/* t's method set as rt_method {name, sig, fn} records, sorted by name;
 * fn is what an itab calls with the data word (cg_iface.c). */
static LLVMValueRef method_table(Type *t, int *count)
{
	*count = 0;
	Type *base = ty_under(t)->kind == TY_POINTER ? ty_under(t)->elem : t;
	if (ty_is_interface(t) || (base->kind != TY_NAMED && ty_under(base)->kind != TY_STRUCT))
		return LLVMConstNull(cg.t_ptr);
	PtrList names = {0};
	method_names(t, &names, 0);
	if (!names.len)
		return LLVMConstNull(cg.t_ptr);
	qsort(names.v, (size_t)names.len, sizeof *names.v, name_cmp);
	LLVMTypeRef mt = LLVMStructTypeInContext(cg.ctx,
		(LLVMTypeRef[]){cg.t_ptr, cg.t_ptr, cg.t_ptr}, 3, false);
	LLVMValueRef *recs = arena_alloc(g_arena, sizeof *recs * (size_t)names.len);
	int n = 0;
	for (int i = 0; i < names.len; i++) {
		MethodImpl mi;
		if (!ck_find_method(t, names.v[i], &mi) || mi.needs_addr || !mi.type)
			continue;
		LLVMValueRef f[3] = {cstring(names.v[i]),
		                     cstring(ty_string_style(mi.type, TY_STYLE_RUNTIME)),
		                     cg_itab_method(t, names.v[i], mi.type)};
		recs[n++] = LLVMConstStructInContext(cg.ctx, f, 3, false);
	}
	if (!n)
		return LLVMConstNull(cg.t_ptr);
	*count = n;
	return const_table(mt, recs, n, "rt.methods");
}

static void desc_extra(Type *t, DescExtra *x)
{
	Type *u = ty_under(t);
	uint8_t tflag = 0;
	if (ty_is_direct_iface(t))
		tflag |= 1;
	if (t->kind == TY_NAMED)
		tflag |= 2;
	if (ty_comparable(t))
		tflag |= 4;
	if (regular_memory(t))
		tflag |= 8;
	x->v[0] = LLVMConstInt(cg.t_i8, (unsigned)rt_kind(u), false);
	x->v[1] = LLVMConstInt(cg.t_i8, tflag, false);
	x->v[3] = LLVMConstInt(cg.t_i32, cg_type_hash(t), false);
	if (u->kind == TY_POINTER || u->kind == TY_SLICE || u->kind == TY_ARRAY)
		x->v[4] = cg_type_desc(u->elem);
	if (u->kind == TY_ARRAY)
		x->v[6] = cg_i64(u->len);
	if (u->kind == TY_STRUCT && u->nfields) {
		ty_layout(u);
		LLVMTypeRef ft = LLVMStructTypeInContext(cg.ctx,
			(LLVMTypeRef[]){cg.t_ptr, cg.t_ptr, cg.t_i64, cg.t_i32, cg.t_i32}, 5, false);
		LLVMValueRef *recs = arena_alloc(g_arena, sizeof *recs * (size_t)u->nfields);
		for (int i = 0; i < u->nfields; i++) {
			Field *f = &u->fields[i];
			LLVMValueRef r[5] = {cstring(f->name), cg_type_desc(f->type), cg_i64(f->offset),
			                     LLVMConstInt(cg.t_i32, f->embedded, false),
			                     LLVMConstInt(cg.t_i32, 0, false)};
			recs[i] = LLVMConstStructInContext(cg.ctx, r, 5, false);
		}
		x->v[7] = const_table(ft, recs, u->nfields, "rt.fields");
		x->v[8] = LLVMConstInt(cg.t_i32, (unsigned)u->nfields, false);
	}
	int nm;
	x->v[10] = method_table(t, &nm);
	x->v[11] = LLVMConstInt(cg.t_i32, (unsigned)nm, false);
	if (u->kind == TY_INTERFACE && u->nimethods) {
		LLVMTypeRef it = LLVMStructTypeInContext(cg.ctx,
			(LLVMTypeRef[]){cg.t_ptr, cg.t_ptr}, 2, false);
		LLVMValueRef *recs = arena_alloc(g_arena, sizeof *recs * (size_t)u->nimethods);
		for (int i = 0; i < u->nimethods; i++) {
			LLVMValueRef r[2] = {cstring(u->imethods[i].name),
			                     cstring(ty_string_style(u->imethods[i].type, TY_STYLE_RUNTIME))};
			recs[i] = LLVMConstStructInContext(cg.ctx, r, 2, false);
		}
		x->v[13] = const_table(it, recs, u->nimethods, "rt.imethods");
		x->v[14] = LLVMConstInt(cg.t_i32, (unsigned)u->nimethods, false);
	}
	if (t->kind == TY_NAMED)
		x->v[16] = cstring("main");
}

LLVMValueRef cg_type_desc(Type *t)
{
	RtCache *c = t->rt;
	if (c && c->module == cg.module_gen)
		return c->desc;
	PtrList *seen = &cg.type_descs; /* (Type*, global) pairs */
	for (int i = 0; i + 1 < seen->len; i += 2)
		if (ty_identical(seen->v[i], t))
			return cache_put(t, seen->v[i + 1]);
	Desc d;
	desc_init(&d, cg_size(t), cg_align(t), ptr_extent(t));
	desc_add(&d, 0, t);
	/* registered before its parts are made: types refer to themselves */
	LLVMValueRef g = LLVMAddGlobal(cg.mod, rtype_type(), "rt.type");
	pl_push(seen, t);
	pl_push(seen, g);
	cache_put(t, g);
	DescExtra x;
	extra_zero(&x);
	desc_extra(t, &x);
	return emit_desc_into(g, &d, ty_string_style(t, TY_STYLE_RUNTIME), &x);
}

LLVMValueRef cg_closure_desc(Func *fn, const int64_t *offs, int64_t size)
{
	Desc d;
	desc_init(&d, size, 8, -1);
	for (int i = 0; i < fn->captures.len; i++) {
		Symbol *s = fn->captures.v[i];
		if (cg_capture_by_ref(fn, s))
			desc_ptr(&d, offs[i]);
		else
			desc_add(&d, offs[i], s->type);
	}
	return emit_desc(&d, "closure");
}

LLVMValueRef cg_methodvalue_desc(Type *recv)
{
	Desc d;
	desc_init(&d, 8 + cg_size(recv), 8, 8 + ptr_extent(recv));
	desc_add(&d, 8, recv);
	return emit_desc(&d, "method value");
}

static LLVMValueRef emit_site(Pos pos, const char *what)
{
	LLVMValueRef f[7] = {
		cstring(cg.opts->src_path ? cg.opts->src_path : "?"),
		LLVMConstInt(cg.t_i32, (unsigned long long)pos.line, false),
		LLVMConstInt(cg.t_i32, (unsigned long long)pos.col, false),
		cstring(what),
		cg_i64(0),
		cg_i64(0),
		LLVMConstNull(cg.t_ptr),
	};
	LLVMValueRef init = LLVMConstStructInContext(cg.ctx, f, 7, false);
	LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "rt.site");
	LLVMSetInitializer(g, init);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetAlignment(g, 8);
	return g;
}

LLVMValueRef cg_site_record(const Node *site, const char *fallback)
{
	if (!site)
		return LLVMConstNull(cg.t_ptr);
	PtrList *seen = &cg.site_recs; /* (Node*, global) pairs */
	for (int i = 0; i + 1 < seen->len; i += 2)
		if (seen->v[i] == site)
			return seen->v[i + 1];
	Pos pos = site->pos;
	const char *what = fallback;
	esc_site_describe(site, &pos, &what);
	LLVMValueRef g = emit_site(pos, what ? what : "?");
	pl_push(seen, (void *)site);
	pl_push(seen, g);
	return g;
}

LLVMValueRef cg_var_site_record(Symbol *s)
{
	/* under -heap, variables the analysis keeps on the stack go to the
	 * heap too: say so rather than repeat -m's words */
	const char *fmt = esc_sym_on_heap(s) ? "moved to heap: %s"
	                                     : "var %s (-heap)";
	return emit_site(s->pos, arena_sprintf(g_arena, fmt, s->name));
}

/* goesc_roots: where the collector finds the package-level variables
 * that may hold heap pointers, each with its type's descriptor (the
 * runtime's rt_root {addr, type}); goesc_nroots counts them.  Taking the
 * variables' addresses here also keeps the optimiser from dropping
 * stores to variables the program never reads back. */
void cg_emit_roots(Package *pkg)
{
	LLVMTypeRef et = LLVMStructTypeInContext(cg.ctx,
		(LLVMTypeRef[]){cg.t_ptr, cg.t_ptr}, 2, false);
	int n = 0;
	LLVMValueRef *elts = arena_alloc(g_arena,
		sizeof *elts * (size_t)(pkg->globals.len + 1));
	for (int i = 0; i < pkg->globals.len; i++) {
		Symbol *s = pkg->globals.v[i];
		CgVar *v = s->cg;
		if (!v || !v->addr || !ty_has_pointers(s->type))
			continue;
		LLVMValueRef f[2] = {v->addr, cg_type_desc(s->type)};
		elts[n++] = LLVMConstStructInContext(cg.ctx, f, 2, false);
	}
	LLVMTypeRef at = LLVMArrayType2(et, (uint64_t)n);
	LLVMValueRef roots = LLVMAddGlobal(cg.mod, at, "goesc_roots");
	LLVMSetInitializer(roots, LLVMConstArray2(et, elts, (uint64_t)n));
	LLVMSetGlobalConstant(roots, true);
	LLVMSetAlignment(roots, 8);
	LLVMValueRef count = LLVMAddGlobal(cg.mod, cg.t_i64, "goesc_nroots");
	LLVMSetInitializer(count, cg_i64(n));
	LLVMSetGlobalConstant(count, true);
	LLVMSetAlignment(count, 8);
}
