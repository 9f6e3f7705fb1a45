/*
 * cg_types.c: Go types as LLVM types, and the small operations on values
 * of any type that the rest of the code generator builds on: loads and
 * stores (bool is i8 in memory), copies and zeroing of aggregates through
 * llvm.memcpy / llvm.memset, stack slots in the entry block, heap cells
 * from rt_newobject, constants, and == on every comparable type (aggregates
 * field by field, strings by length and memcmp, floats as IEEE does).
 * Layout (sizes, alignments, field offsets) is the front end's ty_layout,
 * which follows gc on amd64.
 */
#include "cg_internal.h"

#include <stdio.h>
#include <string.h>

bool cg_is_agg(Type *t)
{
	TypeKind k = ty_under(t)->kind;
	return k == TY_ARRAY || k == TY_STRUCT;
}

int64_t cg_size(Type *t)
{
	ty_layout(t);
	return t->size;
}

int64_t cg_align(Type *t)
{
	ty_layout(t);
	return t->align > 0 ? t->align : 1;
}

LLVMTypeRef cg_type(Type *t)
{
	ICE_ASSERT(t != NULL);
	Type *u = ty_under(t);
	switch (u->kind) {
	case TY_BOOL:
	case TY_UNTYPED_BOOL:
		return cg.t_i1;
	case TY_INT8:
	case TY_UINT8:
		return cg.t_i8;
	case TY_INT16:
	case TY_UINT16:
		return cg.t_i16;
	case TY_INT32:
	case TY_UINT32:
	case TY_UNTYPED_RUNE:
		return cg.t_i32;
	case TY_INT:
	case TY_INT64:
	case TY_UINT:
	case TY_UINT64:
	case TY_UINTPTR:
	case TY_UNTYPED_INT:
		return cg.t_i64;
	case TY_FLOAT32:
		return cg.t_f32;
	case TY_FLOAT64:
	case TY_UNTYPED_FLOAT:
		return cg.t_f64;
	case TY_STRING:
	case TY_UNTYPED_STRING:
		return cg.t_str;
	case TY_SLICE:
		return cg.t_slice;
	case TY_INTERFACE:
		return cg.t_iface;
	case TY_POINTER:
	case TY_FUNC:
	case TY_UNSAFEPTR:
	case TY_UNTYPED_NIL:
		return cg.t_ptr;
	case TY_ARRAY:
	case TY_STRUCT:
		return LLVMArrayType2(cg.t_i8, (uint64_t)cg_size(t));
	default:
		ICE("cg_type: unexpected type %s", ty_string(t));
	}
}

LLVMTypeRef cg_mem_type(Type *t)
{
	LLVMTypeRef ty = cg_type(t);
	return ty == cg.t_i1 ? cg.t_i8 : ty;
}

/* Results go through a buffer unless there is at most one, scalar. */
bool cg_results_in_memory(Type *ft)
{
	Type *u = ty_under(ft);
	if (u->nresults == 0)
		return false;
	return u->nresults > 1 || cg_is_agg(u->results[0]);
}

LLVMTypeRef cg_tuple_type(Type **ts, int n)
{
	LLVMTypeRef *elts = arena_alloc(g_arena, sizeof *elts * (size_t)(n + 1));
	for (int i = 0; i < n; i++)
		elts[i] = cg_mem_type(ts[i]);
	return LLVMStructTypeInContext(cg.ctx, elts, (unsigned)n, false);
}

LLVMTypeRef cg_func_type(Type *ft, Type *recv)
{
	Type *u = ty_under(ft);
	int n = u->nparams + 3;
	LLVMTypeRef *ps = arena_alloc(g_arena, sizeof *ps * (size_t)n);
	int k = 0;
	ps[k++] = cg.t_ptr; /* closure context */
	if (recv)
		ps[k++] = cg_is_agg(recv) ? cg.t_ptr : cg_type(recv);
	for (int i = 0; i < u->nparams; i++)
		ps[k++] = cg_is_agg(u->params[i]) ? cg.t_ptr : cg_type(u->params[i]);
	LLVMTypeRef ret = cg.t_void;
	if (cg_results_in_memory(ft))
		ps[k++] = cg.t_ptr;
	else if (u->nresults == 1)
		ret = cg_type(u->results[0]);
	return LLVMFunctionType(ret, ps, (unsigned)k, false);
}

LLVMValueRef cg_i64(int64_t v)
{
	return LLVMConstInt(cg.t_i64, (unsigned long long)v, true);
}

LLVMValueRef cg_i32(int32_t v)
{
	return LLVMConstInt(cg.t_i32, (unsigned long long)(int64_t)v, true);
}

LLVMValueRef cg_zero(Type *t)
{
	return LLVMConstNull(cg_type(t));
}

LLVMValueRef cg_load(Type *t, LLVMValueRef p, const char *name)
{
	if (cg_is_agg(t))
		return p;
	LLVMTypeRef ty = cg_type(t);
	if (ty == cg.t_i1) {
		LLVMValueRef v = LLVMBuildLoad2(cg.b, cg.t_i8, p, "");
		return LLVMBuildTrunc(cg.b, v, cg.t_i1, name ? name : "");
	}
	return LLVMBuildLoad2(cg.b, ty, p, name ? name : "");
}

void cg_store(Type *t, LLVMValueRef v, LLVMValueRef p)
{
	if (cg_is_agg(t)) {
		cg_copy(t, p, v);
		return;
	}
	if (LLVMTypeOf(v) == cg.t_i1)
		v = LLVMBuildZExt(cg.b, v, cg.t_i8, "");
	LLVMBuildStore(cg.b, v, p);
}

void cg_store_zero(Type *t, LLVMValueRef p)
{
	if (cg_is_agg(t)) {
		if (cg_size(t) > 0)
			LLVMBuildMemSet(cg.b, p, LLVMConstInt(cg.t_i8, 0, false),
			                cg_i64(cg_size(t)), (unsigned)cg_align(t));
		return;
	}
	LLVMBuildStore(cg.b, LLVMConstNull(cg_mem_type(t)), p);
}

void cg_copy(Type *t, LLVMValueRef dst, LLVMValueRef src)
{
	if (!cg_is_agg(t)) {
		cg_store(t, cg_load(t, src, ""), dst);
		return;
	}
	if (cg_size(t) == 0 || dst == src)
		return;
	unsigned a = (unsigned)cg_align(t);
	LLVMBuildMemCpy(cg.b, dst, a, src, a, cg_i64(cg_size(t)));
}

LLVMValueRef cg_alloca_ll(LLVMTypeRef t, int64_t align, const char *name)
{
	LLVMValueRef a = LLVMBuildAlloca(cg.f->alloca_b, t, name ? name : "");
	if (align > 0)
		LLVMSetAlignment(a, (unsigned)align);
	return a;
}

/* A temporary of type t: an entry-block alloca, or, for values larger
 * than gc would keep on a stack (10 MB), a fresh heap object. */
LLVMValueRef cg_alloca(Type *t, const char *name)
{
	if (cg_size(t) > CG_MAX_STACK_VAR)
		return cg_heap_alloc(t, name);
	return cg_alloca_ll(cg_mem_type(t), cg_align(t), name);
}

LLVMValueRef cg_gep(LLVMValueRef p, int64_t off, const char *name)
{
	if (off == 0)
		return p;
	LLVMValueRef idx = cg_i64(off);
	return LLVMBuildInBoundsGEP2(cg.b, cg.t_i8, p, &idx, 1, name ? name : "");
}

LLVMValueRef cg_gep_dyn(LLVMValueRef p, LLVMValueRef idx, int64_t elemsize,
                        const char *name)
{
	LLVMValueRef off = LLVMBuildMul(cg.b, idx, cg_i64(elemsize), "");
	return LLVMBuildGEP2(cg.b, cg.t_i8, p, &off, 1, name ? name : "");
}

/* A zeroed heap object of type t for a temporary (no site). */
LLVMValueRef cg_heap_alloc(Type *t, const char *name)
{
	LLVMValueRef args[2] = {cg_type_desc(t), LLVMConstNull(cg.t_ptr)};
	return cg_call_rt("rt_newobject", args, 2, name);
}

/* The heap cell of variable s ("moved to heap: s"). */
LLVMValueRef cg_heap_var(Symbol *s)
{
	LLVMValueRef args[2] = {cg_type_desc(s->type), cg_var_site_record(s)};
	return cg_call_rt("rt_newobject", args, 2, s->name);
}

bool cg_site_on_stack(const Node *site)
{
	return site && !cg.opts->heap && !esc_node_on_heap(site);
}

/* Stack memory for a site the escape analysis keeps on the stack: one
 * entry-block slot per site, reused by every execution of it.  That is
 * sound because a site that does not escape has no pointer to it that
 * outlives the loop iteration (or call) it was made in: the analysis
 * sends such a site to the heap (the loop-depth rule).  Zeroed on every
 * execution, as fresh Go memory is. */
static LLVMValueRef stack_site(int64_t size, int64_t align, const char *name)
{
	LLVMTypeRef t = LLVMArrayType2(cg.t_i8, (uint64_t)(size > 0 ? size : 1));
	LLVMValueRef p = cg_alloca_ll(t, align > 8 ? align : 8, name);
	if (size > 0)
		LLVMBuildMemSet(cg.b, p, LLVMConstInt(cg.t_i8, 0, false),
		                cg_i64(size), (unsigned)(align > 8 ? align : 8));
	return p;
}

LLVMValueRef cg_site_alloc_layout(const Node *site, int64_t size,
                                  int64_t align, LLVMValueRef desc,
                                  const char *name)
{
	if (cg_site_on_stack(site))
		return stack_site(size, align, name);
	LLVMValueRef args[2] = {desc, cg_site_record(site, name)};
	return cg_call_rt("rt_newobject", args, 2, name);
}

LLVMValueRef cg_site_alloc_type(const Node *site, Type *t, const char *name)
{
	if (cg_site_on_stack(site))
		return stack_site(cg_size(t), cg_align(t), name);
	return cg_site_alloc_layout(site, cg_size(t), cg_align(t),
	                            cg_type_desc(t), name);
}

/* A string constant: a private byte array and {ptr, len}. */
LLVMValueRef cg_string_const(const char *p, size_t len)
{
	LLVMValueRef fields[2];
	if (len == 0) {
		fields[0] = LLVMConstNull(cg.t_ptr);
	} else {
		LLVMValueRef init = LLVMConstStringInContext(cg.ctx, p, (unsigned)len, true);
		char name[32];
		snprintf(name, sizeof name, "go.string.%d", cg.nstrings++);
		LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), name);
		LLVMSetInitializer(g, init);
		LLVMSetGlobalConstant(g, true);
		LLVMSetLinkage(g, LLVMPrivateLinkage);
		LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
		LLVMSetAlignment(g, 1);
		fields[0] = g;
	}
	fields[1] = cg_i64((int64_t)len);
	return LLVMConstNamedStruct(cg.t_str, fields, 2);
}

LLVMValueRef cg_const(Type *t, ConstVal *v)
{
	Type *u = ty_under(t);
	if (ty_is_untyped(u) && u->kind != TY_UNTYPED_NIL)
		u = ty_default(u);
	switch (u->kind) {
	case TY_BOOL:
		return LLVMConstInt(cg.t_i1, cv_bool_val(v), false);
	case TY_STRING: {
		Str s = cv_string_val(v);
		return cg_string_const(s.p, s.len);
	}
	case TY_FLOAT32:
	case TY_FLOAT64:
		if (cv_kind(v) == CV_INT && ty_is_unsigned(u))
			return LLVMConstReal(cg_type(u), (double)cv_uint64_val(v));
		return LLVMConstReal(cg_type(u), cv_float64_val(v));
	case TY_COMPLEX64:
	case TY_COMPLEX128:
		ICE("complex constant");
	default:
		if (ty_is_integer(u)) {
			uint64_t bits = ty_is_unsigned(u) ? cv_uint64_val(v)
			                                  : (uint64_t)cv_int64_val(v);
			return LLVMConstInt(cg_type(u), bits, false);
		}
		/* nil of a pointer, slice or func type */
		return LLVMConstNull(cg_type(u));
	}
}

/* Sign- or zero-extend an integer of type t to i64. */
LLVMValueRef cg_to_i64(Type *t, LLVMValueRef v)
{
	LLVMTypeRef ty = LLVMTypeOf(v);
	if (ty == cg.t_i64)
		return v;
	if (ty_is_unsigned(t))
		return LLVMBuildZExt(cg.b, v, cg.t_i64, "");
	return LLVMBuildSExt(cg.b, v, cg.t_i64, "");
}

LLVMValueRef cg_memcmp(LLVMValueRef a, LLVMValueRef b, LLVMValueRef n)
{
	LLVMValueRef args[3] = {a, b, n};
	return cg_call_rt("memcmp", args, 3, "");
}

static LLVMValueRef string_equal(LLVMValueRef a, LLVMValueRef b)
{
	LLVMValueRef alen = LLVMBuildExtractValue(cg.b, a, 1, "");
	LLVMValueRef blen = LLVMBuildExtractValue(cg.b, b, 1, "");
	LLVMValueRef same = LLVMBuildICmp(cg.b, LLVMIntEQ, alen, blen, "");
	LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
	LLVMBasicBlockRef cmp = cg_block("streq.cmp");
	LLVMBasicBlockRef done = cg_block("streq.done");
	LLVMBuildCondBr(cg.b, same, cmp, done);
	LLVMPositionBuilderAtEnd(cg.b, cmp);
	LLVMValueRef r = cg_memcmp(LLVMBuildExtractValue(cg.b, a, 0, ""),
	                           LLVMBuildExtractValue(cg.b, b, 0, ""), alen);
	LLVMValueRef eq = LLVMBuildICmp(cg.b, LLVMIntEQ, r,
	                                LLVMConstNull(cg.t_i32), "");
	LLVMBasicBlockRef cmp_end = LLVMGetInsertBlock(cg.b);
	LLVMBuildBr(cg.b, done);
	LLVMPositionBuilderAtEnd(cg.b, done);
	LLVMValueRef phi = LLVMBuildPhi(cg.b, cg.t_i1, "streq");
	LLVMValueRef vals[2] = {LLVMConstInt(cg.t_i1, 0, false), eq};
	LLVMBasicBlockRef bbs[2] = {from, cmp_end};
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

/* a == b for values of comparable type t (aggregates are pointers). */
LLVMValueRef cg_equal(Type *t, LLVMValueRef a, LLVMValueRef b)
{
	Type *u = ty_under(t);
	switch (u->kind) {
	case TY_FLOAT32:
	case TY_FLOAT64:
		return LLVMBuildFCmp(cg.b, LLVMRealOEQ, a, b, "");
	case TY_STRING:
		return string_equal(a, b);
	case TY_INTERFACE:
		return cg_iface_equal(t, a, b);
	case TY_STRUCT: {
		ty_layout(u);
		LLVMValueRef r = LLVMConstInt(cg.t_i1, 1, false);
		for (int i = 0; i < u->nfields; i++) {
			Field *f = &u->fields[i];
			if (f->name && strcmp(f->name, "_") == 0)
				continue;
			if (cg_size(f->type) == 0)
				continue;
			LLVMValueRef fa = cg_load(f->type, cg_gep(a, f->offset, ""), "");
			LLVMValueRef fb = cg_load(f->type, cg_gep(b, f->offset, ""), "");
			LLVMValueRef e = cg_equal(f->type, fa, fb);
			r = LLVMBuildAnd(cg.b, r, e, "");
		}
		return r;
	}
	case TY_ARRAY: {
		Type *et = u->elem;
		int64_t es = cg_size(et);
		if (u->len == 0 || es == 0)
			return LLVMConstInt(cg.t_i1, 1, false);
		if (u->len <= 4) {
			LLVMValueRef r = LLVMConstInt(cg.t_i1, 1, false);
			for (int64_t i = 0; i < u->len; i++) {
				LLVMValueRef ea = cg_load(et, cg_gep(a, i * es, ""), "");
				LLVMValueRef eb = cg_load(et, cg_gep(b, i * es, ""), "");
				r = LLVMBuildAnd(cg.b, r, cg_equal(et, ea, eb), "");
			}
			return r;
		}
		/* a loop that stops at the first difference */
		LLVMValueRef iv = cg_alloca_ll(cg.t_i64, 8, "eq.i");
		LLVMBuildStore(cg.b, cg_i64(0), iv);
		LLVMBasicBlockRef head = cg_block("eq.head");
		LLVMBasicBlockRef body = cg_block("eq.body");
		LLVMBasicBlockRef next = cg_block("eq.next");
		LLVMBasicBlockRef done = cg_block("eq.done");
		LLVMValueRef res = cg_alloca_ll(cg.t_i8, 1, "eq.r");
		LLVMBuildStore(cg.b, LLVMConstInt(cg.t_i8, 0, false), res);
		LLVMBuildBr(cg.b, head);
		LLVMPositionBuilderAtEnd(cg.b, head);
		LLVMValueRef i = LLVMBuildLoad2(cg.b, cg.t_i64, iv, "");
		LLVMValueRef more = LLVMBuildICmp(cg.b, LLVMIntSLT, i, cg_i64(u->len), "");
		LLVMBasicBlockRef all = cg_block("eq.all");
		LLVMBuildCondBr(cg.b, more, body, all);
		LLVMPositionBuilderAtEnd(cg.b, all);
		LLVMBuildStore(cg.b, LLVMConstInt(cg.t_i8, 1, false), res);
		LLVMBuildBr(cg.b, done);
		LLVMPositionBuilderAtEnd(cg.b, body);
		LLVMValueRef ea = cg_load(et, cg_gep_dyn(a, i, es, ""), "");
		LLVMValueRef eb = cg_load(et, cg_gep_dyn(b, i, es, ""), "");
		LLVMValueRef e = cg_equal(et, ea, eb);
		LLVMBuildCondBr(cg.b, e, next, done);
		LLVMPositionBuilderAtEnd(cg.b, next);
		LLVMBuildStore(cg.b, LLVMBuildAdd(cg.b, i, cg_i64(1), ""), iv);
		LLVMBuildBr(cg.b, head);
		LLVMPositionBuilderAtEnd(cg.b, done);
		return LLVMBuildTrunc(cg.b, LLVMBuildLoad2(cg.b, cg.t_i8, res, ""),
		                      cg.t_i1, "");
	}
	case TY_SLICE: /* only against nil */
		return LLVMBuildICmp(cg.b, LLVMIntEQ,
		                     LLVMBuildExtractValue(cg.b, a, 0, ""),
		                     LLVMBuildExtractValue(cg.b, b, 0, ""), "");
	default:
		return LLVMBuildICmp(cg.b, LLVMIntEQ, a, b, "");
	}
}
