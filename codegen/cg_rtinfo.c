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

static LLVMValueRef emit_desc(const Desc *d, const char *name)
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
	LLVMValueRef f[6] = {
		cg_i64(d->size),
		cg_i64(d->ptrwords * 8),
		mask,
		LLVMConstInt(cg.t_i32, (unsigned long long)d->align, false),
		LLVMConstInt(cg.t_i32, 0, false),
		cstring(name),
	};
	LLVMValueRef init = LLVMConstStructInContext(cg.ctx, f, 6, false);
	LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "rt.type");
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
	LLVMValueRef g = emit_desc(&d, ty_string_style(t, TY_STYLE_RUNTIME));
	pl_push(seen, t);
	pl_push(seen, g);
	return cache_put(t, g);
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
