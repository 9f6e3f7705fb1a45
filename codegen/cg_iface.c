/*
 * cg_iface.c: interface values.
 *
 * An interface value is two words {tab, data} (%iface).  For an empty
 * interface tab is the dynamic type's rt_type; for any other it is an
 * rt_itab {inter, type, hash, pad, fun[]} whose fun[i] is the code of
 * the interface's i-th method (sorted by name) called with the data word
 * as its receiver.  A nil interface has tab == null.
 *
 * The data word holds a pointer-shaped value itself (ty_is_direct_iface)
 * and otherwise points to the value.  Where that value lives follows
 * go1.19's walk (dataWord): zero-size values point to rt_zerobase,
 * bools and single bytes into the runtime's rt_staticuint64s table,
 * constants to read-only data, values whose conversion the escape
 * analysis keeps on the stack (up to 1 KiB) to a stack temporary, and
 * the rest to a heap box from rt_convT* (small integers below 256 again
 * from the table, empty strings and nil slices from static zero memory).
 *
 * Itabs for conversions known at compile time are static data; assertions
 * to interface types ask the runtime once (rt_assertE2I[2], rt_getitab:
 * one lookup in the itab table per assertion), which builds and caches
 * them from the types' method tables.  A call through an interface loads
 * fun[i] and calls it: a load and an indirect call.
 */
#include "cg_internal.h"

#include <string.h>

#define ITAB_FUN_OFF 24 /* offsetof(rt_itab, fun) */

static bool is_eface(Type *t)
{
	return ty_under(t)->nimethods == 0;
}

static LLVMValueRef mk_iface(LLVMValueRef tab, LLVMValueRef data)
{
	LLVMValueRef r = LLVMGetUndef(cg.t_iface);
	r = LLVMBuildInsertValue(cg.b, r, tab, 0, "");
	return LLVMBuildInsertValue(cg.b, r, data, 1, "");
}

static LLVMValueRef word(LLVMValueRef iv, unsigned i)
{
	return LLVMBuildExtractValue(cg.b, iv, i, i ? "data" : "tab");
}

/* A hash of t's identity for type switches: FNV-1a of Go's spelling. */
uint32_t cg_type_hash(Type *t)
{
	uint32_t h = 2166136261u;
	for (const char *p = ty_string_style(t, TY_STYLE_RUNTIME); *p; p++)
		h = (h ^ (uint8_t)*p) * 16777619u;
	return h;
}

static LLVMValueRef rt_global(const char *name, LLVMTypeRef t)
{
	LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, name);
	if (!g)
		g = LLVMAddGlobal(cg.mod, t, name);
	return g;
}

/* Code that runs only when cond holds and yields a value, dflt when it
 * does not: when_begin puts the builder in the conditional block,
 * when_end joins the two paths. */
typedef struct When {
	LLVMBasicBlockRef from, done;
} When;

static When when_begin(LLVMValueRef cond, const char *name)
{
	When w;
	LLVMBasicBlockRef then = cg_block(name);
	w.done = cg_block(arena_sprintf(g_arena, "%s.done", name));
	w.from = LLVMGetInsertBlock(cg.b);
	LLVMBuildCondBr(cg.b, cond, then, w.done);
	LLVMPositionBuilderAtEnd(cg.b, then);
	return w;
}

static LLVMValueRef when_end(When *w, LLVMValueRef v, LLVMValueRef dflt)
{
	LLVMBasicBlockRef end = LLVMGetInsertBlock(cg.b);
	LLVMBuildBr(cg.b, w->done);
	LLVMPositionBuilderAtEnd(cg.b, w->done);
	LLVMValueRef phi = LLVMBuildPhi(cg.b, LLVMTypeOf(v), "");
	LLVMValueRef vals[2] = {dflt, v};
	LLVMBasicBlockRef bbs[2] = {w->from, end};
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

/* A compiler-made function generated on the side: the function being
 * generated and the builder's position are saved and restored. */
typedef struct Wrapper {
	CgFn f;
	CgFn *saved;
	LLVMBasicBlockRef saved_bb;
	LLVMValueRef fn;
} Wrapper;

static void wrapper_begin(Wrapper *w, LLVMValueRef fn)
{
	w->saved = cg.f;
	w->saved_bb = LLVMGetInsertBlock(cg.b);
	w->fn = fn;
	cg_begin_function(&w->f, NULL, fn);
}

/* End the wrapper with a call forwarding to callee (type cty) whose
 * result, if any, it returns. */
static LLVMValueRef wrapper_end(Wrapper *w, LLVMTypeRef cty, LLVMValueRef callee,
                                LLVMValueRef *args, unsigned n)
{
	LLVMValueRef r = LLVMBuildCall2(cg.b, cty, callee, args, n, "");
	if (LLVMGetReturnType(LLVMGlobalGetValueType(w->fn)) == cg.t_void)
		LLVMBuildRetVoid(cg.b);
	else
		LLVMBuildRet(cg.b, r);
	cg_end_function(&w->f);
	cg.f = w->saved;
	if (w->saved_bb)
		LLVMPositionBuilderAtEnd(cg.b, w->saved_bb);
	return w->fn;
}

/* ---- itabs and their methods ---------------------------------------- */

/* The code an itab calls for method `name` of dynamic type T: a function
 * (ctx, data word, params..., [results]).  The method itself when the data
 * word already is its receiver (a pointer method of *T), otherwise a
 * wrapper that finds the receiver: unboxes T, follows embedded fields,
 * and calls the method (or, for an embedded interface, its itab). */
static LLVMValueRef method_wrapper(Type *T, const char *name, Type *sig, bool itab);

LLVMValueRef cg_itab_method(Type *T, const char *name, Type *sig)
{
	return method_wrapper(T, name, sig, true);
}

LLVMValueRef cg_promoted_method(Type *T, const char *name, Type *sig)
{
	return method_wrapper(T, name, sig, false);
}

/* itab: the receiver parameter is the data word; else T as Go passes it. */
static LLVMValueRef method_wrapper(Type *T, const char *name, Type *sig, bool itab)
{
	MethodImpl mi;
	if (!ck_find_method(T, name, &mi))
		ICE("itab: %s has no method %s", ty_string(T), name);
	bool tptr = ty_under(T)->kind == TY_POINTER;
	if (itab && mi.method && mi.npath == 0) {
		Func *m = mi.method->func->func;
		if (tptr && mi.method->ptr_recv)
			return cg_func_decl(m);
		/* (*T).M, with go1.19's panic for a nil *T */
		if (!mi.method->ptr_recv && (tptr || !ty_is_direct_iface(T)))
			return cg_ptr_method_wrapper(m);
	}
	/* a wrapper, cached on (T, name, itab) */
	PtrList *ws = itab ? &cg.itab_wrappers : &cg.promoted_wrappers; /* (T, name, fn) */
	for (int i = 0; i + 2 < ws->len; i += 3)
		if (ws->v[i + 1] == name && ty_identical(ws->v[i], T))
			return ws->v[i + 2];
	Type *ptrt = ty_pointer(ty_basic[TY_UINT8]);
	LLVMTypeRef fty = cg_func_type(sig, itab ? ptrt : T);
	LLVMValueRef fn = LLVMAddFunction(cg.mod,
		arena_sprintf(g_arena, "%s.%s·%s", ty_string_style(T, TY_STYLE_RUNTIME), name,
		              itab ? "i" : "f"), fty);
	LLVMSetLinkage(fn, LLVMInternalLinkage);
	pl_push(ws, T);
	pl_push(ws, (void *)name);
	pl_push(ws, fn);

	Wrapper f;
	wrapper_begin(&f, fn);
	LLVMValueRef data = LLVMGetParam(fn, 1);
	/* addr points to a value of type ct */
	Type *ct = T;
	LLVMValueRef addr;
	if (!itab) {
		/* an aggregate arrives as the address of the caller's copy */
		if (cg_is_agg(T)) {
			addr = data;
		} else {
			addr = cg_alloca(T, "recv");
			cg_store(T, data, addr);
		}
	} else if (ty_is_direct_iface(T)) {
		addr = cg_alloca(T, "recv");
		if (cg_is_agg(T))
			LLVMBuildStore(cg.b, data, addr); /* its only word */
		else
			cg_store(T, data, addr);
	} else {
		addr = data;
	}
	for (int i = 0; i < mi.npath; i++) {
		if (ty_under(ct)->kind == TY_POINTER) {
			addr = cg_nilcheck(LLVMBuildLoad2(cg.b, cg.t_ptr, addr, "p"));
			ct = ty_under(ct)->elem;
		}
		Field *fl = &ty_under(ct)->fields[mi.path[i].field];
		ty_layout(ty_under(ct));
		addr = cg_gep(addr, fl->offset, fl->name);
		ct = fl->type;
	}
	unsigned n = LLVMCountParams(fn);
	LLVMValueRef *args = arena_alloc(g_arena, sizeof *args * (n + 1));
	unsigned k = 0;
	args[k++] = LLVMConstNull(cg.t_ptr);
	LLVMValueRef callee;
	LLVMTypeRef cty;
	if (mi.via_iface) {
		LLVMValueRef iv = cg_load(ct, addr, "embedded");
		callee = cg_iface_method_fn(ct, iv, mi.iface_index);
		args[k++] = word(iv, 1);
		cty = fty;
	} else {
		Func *m = mi.method->func->func;
		Type *rt = m->recv->type;
		bool cptr = ty_under(ct)->kind == TY_POINTER;
		LLVMValueRef recv;
		if (mi.method->ptr_recv) {
			recv = cptr ? LLVMBuildLoad2(cg.b, cg.t_ptr, addr, "recv") : addr;
		} else {
			if (cptr)
				addr = cg_nilcheck(LLVMBuildLoad2(cg.b, cg.t_ptr, addr, "p"));
			if (cg_is_agg(rt)) {
				recv = cg_alloca(rt, "recv.copy");
				cg_copy(rt, recv, addr);
			} else {
				recv = cg_load(rt, addr, "recv");
			}
		}
		args[k++] = recv;
		callee = cg_func_decl(m);
		cty = ((CgFunc *)m->cg)->fty;
	}
	for (unsigned p = 2; p < n; p++)
		args[k++] = LLVMGetParam(fn, p);
	return wrapper_end(&f, cty, callee, args, k);
}

/* The static itab of concrete type T for interface type I. */
static LLVMValueRef static_itab(Type *T, Type *I)
{
	PtrList *tabs = &cg.itabs; /* (T, I, global) triples */
	for (int i = 0; i + 2 < tabs->len; i += 3)
		if (ty_identical(tabs->v[i], T) && ty_identical(tabs->v[i + 1], I))
			return tabs->v[i + 2];
	Type *Iu = ty_under(I);
	int n = Iu->nimethods;
	LLVMValueRef *f = arena_alloc(g_arena, sizeof *f * (size_t)(n + 4));
	f[0] = cg_type_desc(I);
	f[1] = cg_type_desc(T);
	f[2] = LLVMConstInt(cg.t_i32, cg_type_hash(T), false);
	f[3] = LLVMConstInt(cg.t_i32, 0, false);
	/* a placeholder first, so that wrappers made below may refer to it */
	LLVMValueRef g = LLVMAddGlobal(cg.mod, cg.t_i8, "go.itab");
	pl_push(tabs, T);
	pl_push(tabs, I);
	pl_push(tabs, g);
	for (int i = 0; i < n; i++)
		f[4 + i] = cg_itab_method(T, Iu->imethods[i].name, Iu->imethods[i].type);
	LLVMValueRef init = LLVMConstStructInContext(cg.ctx, f, (unsigned)(n + 4), false);
	LLVMValueRef real = LLVMAddGlobal(cg.mod, LLVMTypeOf(init),
		arena_sprintf(g_arena, "go.itab.%s,%s", ty_string_style(T, TY_STYLE_RUNTIME),
		              ty_string_style(I, TY_STYLE_RUNTIME)));
	LLVMSetInitializer(real, init);
	LLVMSetGlobalConstant(real, true);
	LLVMSetLinkage(real, LLVMPrivateLinkage);
	LLVMSetAlignment(real, 8);
	LLVMReplaceAllUsesWith(g, real);
	LLVMDeleteGlobal(g);
	tabs->v[tabs->len - 1] = real;
	return real;
}

/* The function pointer of method idx of interface value iv (type it). */
LLVMValueRef cg_iface_method_fn(Type *it, LLVMValueRef iv, int idx)
{
	(void)it;
	LLVMValueRef tab = word(iv, 0);
	/* a nil interface faults here: Go's nil pointer dereference panic */
	LLVMValueRef slot = cg_gep(tab, ITAB_FUN_OFF + 8 * (int64_t)idx, "fun");
	LLVMValueRef fn = LLVMBuildLoad2(cg.b, cg.t_ptr, slot, "method");
	return fn;
}

/* ---- conversions ------------------------------------------------------ */

/* The dynamic type (rt_type*, null for nil) of interface value iv. */
LLVMValueRef cg_iface_dyntype(Type *it, LLVMValueRef iv)
{
	LLVMValueRef tab = word(iv, 0);
	if (is_eface(it))
		return tab;
	/* tab ? tab->type : null */
	LLVMValueRef isnil = LLVMBuildICmp(cg.b, LLVMIntEQ, tab, LLVMConstNull(cg.t_ptr), "");
	LLVMValueRef nil_itab = LLVMGetNamedGlobal(cg.mod, "go.nilitab");
	if (!nil_itab) {
		LLVMTypeRef t = LLVMArrayType2(cg.t_ptr, 2);
		nil_itab = LLVMAddGlobal(cg.mod, t, "go.nilitab");
		LLVMSetInitializer(nil_itab, LLVMConstNull(t));
		LLVMSetGlobalConstant(nil_itab, true);
		LLVMSetLinkage(nil_itab, LLVMPrivateLinkage);
	}
	LLVMValueRef safe = LLVMBuildSelect(cg.b, isnil, nil_itab, tab, "");
	LLVMValueRef t = LLVMBuildLoad2(cg.b, cg.t_ptr, cg_gep(safe, 8, ""), "dyntype");
	return LLVMBuildSelect(cg.b, isnil, LLVMConstNull(cg.t_ptr), t, "");
}

/* The tab word for a value of concrete type T in interface type I. */
static LLVMValueRef tab_for(Type *T, Type *I)
{
	return is_eface(I) ? cg_type_desc(T) : static_itab(T, I);
}

/* A read-only copy of constant value v of type T. */
static LLVMValueRef const_data(Type *T, LLVMValueRef v)
{
	LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(v), "go.const");
	LLVMSetInitializer(g, v);
	LLVMSetGlobalConstant(g, true);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetAlignment(g, (unsigned)(cg_align(T) < 8 ? 8 : cg_align(T)));
	return g;
}

/* The data word for value v of concrete type T (go1.19's dataWord). */
static LLVMValueRef data_word(const Node *site, LLVMValueRef v, Type *T, Node *xnode)
{
	Type *u = ty_under(T);
	if (ty_is_direct_iface(T)) {
		if (cg_is_agg(T)) /* its single pointer word */
			return LLVMBuildLoad2(cg.b, cg.t_ptr, v, "");
		return v;
	}
	int64_t size = cg_size(T);
	if (size == 0)
		return rt_global("rt_zerobase", cg.t_i64);
	LLVMValueRef table = rt_global("rt_staticuint64s", LLVMArrayType2(cg.t_i64, 256));
	if (u->kind == TY_BOOL || (size == 1 && ty_is_integer(T))) {
		LLVMValueRef b = cg_is_agg(T) ? LLVMBuildLoad2(cg.b, cg.t_i8, v, "") : v;
		LLVMValueRef idx = LLVMBuildZExt(cg.b, b, cg.t_i64, "");
		return cg_gep_dyn(table, idx, 8, "small");
	}
	if (xnode && xnode->cval && !cg_is_agg(T)) {
		LLVMValueRef c = cg_const(T, xnode->cval);
		if (LLVMIsConstant(c))
			return const_data(T, c);
	}
	if (cg_site_on_stack(site) && size <= 1024) {
		LLVMValueRef tmp = cg_alloca(T, "box");
		cg_store(T, v, tmp);
		return tmp;
	}
	LLVMValueRef rec = cg_site_record(site, NULL);
	int64_t align = cg_align(T);
	bool ptrs = ty_has_pointers(T);
	if (!cg_is_agg(T) || u->nfields == 1 || (u->kind == TY_ARRAY && u->len == 1)) {
		/* the sole component decides, as dataWordFuncName */
		Type *sc = T;
		while (cg_is_agg(sc))
			sc = ty_under(sc)->kind == TY_STRUCT ? ty_under(sc)->fields[0].type : ty_under(sc)->elem;
		LLVMValueRef sv = cg_is_agg(T) ? cg_load(sc, v, "") : v;
		if (size == 2 && align == 2) {
			LLVMValueRef a[2] = {cg_to_i64(sc, LLVMBuildBitCast(cg.b, sv, cg.t_i16, "")), rec};
			return cg_call_rt("rt_convT16", a, 2, "box");
		}
		if (size == 4 && align == 4 && !ptrs) {
			LLVMValueRef w = LLVMBuildBitCast(cg.b, sv, cg.t_i32, "");
			LLVMValueRef a[2] = {LLVMBuildZExt(cg.b, w, cg.t_i64, ""), rec};
			return cg_call_rt("rt_convT32", a, 2, "box");
		}
		if (size == 8 && align == 8 && !ptrs) {
			LLVMValueRef a[2] = {LLVMBuildBitCast(cg.b, sv, cg.t_i64, ""), rec};
			return cg_call_rt("rt_convT64", a, 2, "box");
		}
		if (ty_is_string(sc)) {
			LLVMValueRef a[3] = {LLVMBuildExtractValue(cg.b, sv, 0, ""),
			                     LLVMBuildExtractValue(cg.b, sv, 1, ""), rec};
			return cg_call_rt("rt_convTstring", a, 3, "box");
		}
		if (ty_under(sc)->kind == TY_SLICE) {
			LLVMValueRef a[4] = {LLVMBuildExtractValue(cg.b, sv, 0, ""),
			                     LLVMBuildExtractValue(cg.b, sv, 1, ""),
			                     LLVMBuildExtractValue(cg.b, sv, 2, ""), rec};
			return cg_call_rt("rt_convTslice", a, 4, "box");
		}
	}
	LLVMValueRef src = v;
	if (!cg_is_agg(T)) {
		src = cg_alloca(T, "val");
		cg_store(T, v, src);
	}
	LLVMValueRef a[3] = {cg_type_desc(T), src, rec};
	return cg_call_rt(ptrs ? "rt_convT" : "rt_convTnoptr", a, 3, "box");
}

LLVMValueRef cg_iface_from(const Node *site, LLVMValueRef v, Type *from, Type *to, Node *xnode)
{
	if (from->kind == TY_UNTYPED_NIL)
		return LLVMConstNull(cg.t_iface);
	if (!ty_is_interface(from))
		return mk_iface(tab_for(from, to), data_word(site, v, from, xnode));
	if (ty_identical(from, to))
		return v;
	if (is_eface(to))
		return mk_iface(cg_iface_dyntype(from, v), word(v, 1));
	/* to a non-empty interface: the itab of the dynamic type (none for
	 * a nil value) */
	LLVMValueRef dt = cg_iface_dyntype(from, v);
	When w = when_begin(LLVMBuildICmp(cg.b, LLVMIntNE, dt, LLVMConstNull(cg.t_ptr), ""),
	                    "convI2I");
	LLVMValueRef a[3] = {cg_type_desc(to), dt, LLVMConstInt(cg.t_i1, 0, false)};
	LLVMValueRef tab = cg_call_rt("rt_getitab", a, 3, "itab");
	LLVMValueRef t = when_end(&w, tab, LLVMConstNull(cg.t_ptr));
	return mk_iface(t, word(v, 1)); /* the data word after the join */
}

LLVMValueRef cg_iface_convert(const Node *site, Node *x, Type *to)
{
	return cg_iface_from(site, cg_expr(x), x->type, to, x);
}

/* ---- assertions ------------------------------------------------------- */

LLVMValueRef cg_type_matches(LLVMValueRef dt, Type *T)
{
	if (!T)
		return LLVMBuildICmp(cg.b, LLVMIntEQ, dt, LLVMConstNull(cg.t_ptr), "isnil");
	if (!ty_is_interface(T))
		return LLVMBuildICmp(cg.b, LLVMIntEQ, dt, cg_type_desc(T), "is");
	LLVMValueRef notnil = LLVMBuildICmp(cg.b, LLVMIntNE, dt, LLVMConstNull(cg.t_ptr), "");
	if (is_eface(T))
		return notnil;
	/* rt_getitab(T, dt, canfail) != null, only for a non-nil dt */
	When w = when_begin(notnil, "implements");
	LLVMValueRef a[3] = {cg_type_desc(T), dt, LLVMConstInt(cg.t_i1, 1, false)};
	LLVMValueRef tab = cg_call_rt("rt_getitab", a, 3, "itab");
	LLVMValueRef ok = LLVMBuildICmp(cg.b, LLVMIntNE, tab, LLVMConstNull(cg.t_ptr), "");
	return when_end(&w, ok, LLVMConstInt(cg.t_i1, 0, false));
}

LLVMValueRef cg_iface_unbox(LLVMValueRef iv, Type *T)
{
	LLVMValueRef data = word(iv, 1);
	if (ty_is_direct_iface(T)) {
		if (!cg_is_agg(T))
			return data;
		LLVMValueRef tmp = cg_alloca(T, "unboxed");
		LLVMBuildStore(cg.b, data, tmp);
		return tmp;
	}
	if (cg_is_agg(T)) {
		/* boxes are never written: a copy is not needed to read it */
		return data;
	}
	return cg_load(T, data, "unboxed");
}

/* x.(T), and with ok non-NULL the comma-ok form (*ok receives the i1). */
LLVMValueRef cg_typeassert(Node *n, LLVMValueRef *ok)
{
	Node *x = n->u.assert.x;
	Type *it = x->type;
	Type *T = n->u.assert.type->type;
	LLVMValueRef iv = cg_expr(x);
	LLVMValueRef dt = cg_iface_dyntype(it, iv);
	if (ty_is_interface(T) && !is_eface(T)) {
		/* One itab lookup, as go1.19's assertE2I/assertE2I2: the
		 * runtime returns T's itab for dt, panics (x.(T)) or returns
		 * null (comma-ok) for a nil dt or a missing method. */
		LLVMValueRef a[2] = {cg_type_desc(T), dt};
		LLVMValueRef tab = cg_call_rt(ok ? "rt_assertE2I2" : "rt_assertE2I", a, 2, "itab");
		LLVMValueRef data = word(iv, 1);
		if (ok) {
			*ok = LLVMBuildICmp(cg.b, LLVMIntNE, tab, LLVMConstNull(cg.t_ptr), "ok");
			/* a failed comma-ok assertion yields T's zero value */
			data = LLVMBuildSelect(cg.b, *ok, data, LLVMConstNull(cg.t_ptr), "");
		}
		return mk_iface(tab, data);
	}
	if (ty_is_interface(T)) {
		/* x.(interface{}): any non-nil value; a nil x has a null type
		 * and data word, so the value is x's words either way */
		LLVMValueRef match = cg_type_matches(dt, T);
		if (ok) {
			*ok = match;
		} else {
			LLVMBasicBlockRef fail = cg_block("assert.fail");
			LLVMBasicBlockRef good = cg_block("assert.ok");
			LLVMBuildCondBr(cg.b, match, good, fail);
			LLVMPositionBuilderAtEnd(cg.b, fail);
			LLVMValueRef a[3] = {dt, cg_type_desc(T), cg_type_desc(it)};
			cg_unreachable_rt("rt_panicdottypeE", a, 3);
			LLVMPositionBuilderAtEnd(cg.b, good);
		}
		return mk_iface(dt, word(iv, 1));
	}
	LLVMValueRef match = cg_type_matches(dt, T);
	if (!ok) {
		LLVMBasicBlockRef fail = cg_block("assert.fail");
		LLVMBasicBlockRef good = cg_block("assert.ok");
		LLVMBuildCondBr(cg.b, match, good, fail);
		LLVMPositionBuilderAtEnd(cg.b, fail);
		LLVMValueRef a[3] = {dt, cg_type_desc(T), cg_type_desc(it)};
		cg_unreachable_rt("rt_panicdottypeE", a, 3);
		LLVMPositionBuilderAtEnd(cg.b, good);
		return cg_iface_unbox(iv, T);
	}
	*ok = match;
	/* the value, or T's zero value */
	LLVMValueRef res = cg_alloca(T, "assert.v");
	cg_store_zero(T, res);
	LLVMBasicBlockRef take = cg_block("assert.take");
	LLVMBasicBlockRef done = cg_block("assert.done");
	LLVMBuildCondBr(cg.b, match, take, done);
	LLVMPositionBuilderAtEnd(cg.b, take);
	cg_store(T, cg_iface_unbox(iv, T), res);
	LLVMBuildBr(cg.b, done);
	LLVMPositionBuilderAtEnd(cg.b, done);
	return cg_load(T, res, "");
}

/* ---- comparison and printing ------------------------------------------ */

/* a == b for two interface values of type t. */
LLVMValueRef cg_iface_equal(Type *t, LLVMValueRef a, LLVMValueRef b)
{
	return cg_iface_equal2(t, a, t, b);
}

/* a == b for interface values of types ta and tb (e.g. interface{} and
 * a non-empty interface). */
LLVMValueRef cg_iface_equal2(Type *at, LLVMValueRef a, Type *bt, LLVMValueRef b)
{
	LLVMValueRef ta = cg_iface_dyntype(at, a), tb = cg_iface_dyntype(bt, b);
	When w = when_begin(LLVMBuildICmp(cg.b, LLVMIntEQ, ta, tb, "sametype"), "ifaceeq");
	LLVMValueRef args[3] = {ta, word(a, 1), word(b, 1)};
	LLVMValueRef eq = cg_call_rt("rt_efaceeq", args, 3, "eq");
	return when_end(&w, eq, LLVMConstInt(cg.t_i1, 0, false));
}

/* iv == cv with cv of concrete type ct: the dynamic type is ct and the
 * values are equal; nothing is boxed. */
LLVMValueRef cg_iface_equal_value(Type *it, LLVMValueRef iv, Type *ct, LLVMValueRef cv)
{
	LLVMValueRef dt = cg_iface_dyntype(it, iv);
	When w = when_begin(LLVMBuildICmp(cg.b, LLVMIntEQ, dt, cg_type_desc(ct), "sametype"),
	                    "ifaceeqv");
	LLVMValueRef eq = cg_equal(ct, cg_iface_unbox(iv, ct), cv);
	return when_end(&w, eq, LLVMConstInt(cg.t_i1, 0, false));
}

void cg_iface_print(Type *t, LLVMValueRef v)
{
	LLVMValueRef a[2] = {word(v, 0), word(v, 1)};
	cg_call_rt(is_eface(t) ? "rt_printeface" : "rt_printiface", a, 2, "");
}

/* ---- method values and expressions ------------------------------------ */

/* The wrapper a method value i.M or a method expression I.M calls:
 * fm: (ctx = {code, iface}, params...) loads the interface from the
 * closure; otherwise (ctx, iface, params...). */
static LLVMValueRef iface_method_wrapper(Type *it, int idx, bool fm)
{
	PtrList *ws = &cg.iface_wrappers; /* (Type*, idx|fm<<16, fn) */
	intptr_t key = idx | (fm ? 1 << 16 : 0);
	for (int i = 0; i + 2 < ws->len; i += 3)
		if ((intptr_t)ws->v[i + 1] == key && ty_identical(ws->v[i], it))
			return ws->v[i + 2];
	IMethod *m = &ty_under(it)->imethods[idx];
	LLVMTypeRef fty = cg_func_type(m->type, fm ? NULL : it);
	LLVMValueRef fn = LLVMAddFunction(cg.mod,
		arena_sprintf(g_arena, "%s.%s%s", ty_string_style(it, TY_STYLE_RUNTIME), m->name,
		              fm ? "-fm" : ""), fty);
	LLVMSetLinkage(fn, LLVMInternalLinkage);
	pl_push(ws, it);
	pl_push(ws, (void *)key);
	pl_push(ws, fn);
	Wrapper f;
	wrapper_begin(&f, fn);
	unsigned n = LLVMCountParams(fn), p = 1;
	LLVMValueRef iv;
	if (fm)
		iv = LLVMBuildLoad2(cg.b, cg.t_iface, cg_gep(f.f.ctx, 8, ""), "iface");
	else
		iv = LLVMGetParam(fn, p++);
	LLVMValueRef *args = arena_alloc(g_arena, sizeof *args * (n + 2));
	unsigned k = 0;
	args[k++] = LLVMConstNull(cg.t_ptr);
	args[k++] = word(iv, 1);
	LLVMValueRef callee = cg_iface_method_fn(it, iv, idx);
	for (; p < n; p++)
		args[k++] = LLVMGetParam(fn, p);
	LLVMTypeRef cty = cg_func_type(m->type, ty_pointer(ty_basic[TY_UINT8]));
	return wrapper_end(&f, cty, callee, args, k);
}

/* The interface operand of a SEL_IMETHOD selector (following embedded
 * fields to an embedded interface). */
LLVMValueRef cg_iface_recv(Node *sel, Type **itp)
{
	Node *x = sel->u.sel.x;
	if (sel->u.sel.npath == 0) {
		*itp = x->type;
		return cg_expr(x);
	}
	/* x.f1.f2...: the embedded interface field */
	Type *ct = x->type;
	LLVMValueRef addr;
	if (ty_under(ct)->kind == TY_POINTER) {
		addr = cg_expr(x);
	} else if (x->addressable) {
		addr = cg_addr(x);
	} else {
		addr = cg_alloca(ct, "tmp");
		cg_store(ct, cg_expr(x), addr);
		LLVMValueRef slot = cg_alloca_ll(cg.t_ptr, 8, "tmpp");
		LLVMBuildStore(cg.b, addr, slot);
		addr = slot;
		ct = ty_pointer(ct);
	}
	if (ty_under(ct)->kind != TY_POINTER) {
		LLVMValueRef slot = cg_alloca_ll(cg.t_ptr, 8, "addrp");
		LLVMBuildStore(cg.b, addr, slot);
		addr = slot;
		ct = ty_pointer(ct);
	}
	for (int i = 0; i < sel->u.sel.npath; i++) {
		if (ty_under(ct)->kind == TY_POINTER) {
			addr = cg_nilcheck(LLVMBuildLoad2(cg.b, cg.t_ptr, addr, "p"));
			ct = ty_under(ct)->elem;
		}
		Type *st = ty_under(ct);
		ty_layout(st);
		Field *fl = &st->fields[sel->u.sel.path[i].field];
		addr = cg_gep(addr, fl->offset, fl->name);
		ct = fl->type;
	}
	*itp = ct;
	return cg_load(ct, addr, "embedded");
}

LLVMValueRef cg_iface_method_value(Node *sel)
{
	Type *it;
	LLVMValueRef iv = cg_iface_recv(sel, &it);
	/* go1.19 evaluates i.M of a nil i as a nil dereference */
	cg_nilcheck(word(iv, 0));
	LLVMValueRef w = iface_method_wrapper(it, sel->u.sel.field, true);
	LLVMValueRef desc = cg_site_on_stack(sel) ? NULL : cg_methodvalue_desc(it);
	LLVMValueRef obj = cg_site_alloc_layout(sel, 24, 8, desc, "methodvalue");
	LLVMBuildStore(cg.b, w, obj);
	LLVMBuildStore(cg.b, iv, cg_gep(obj, 8, ""));
	return obj;
}

LLVMValueRef cg_iface_method_expr(Node *sel)
{
	Type *it = sel->u.sel.x->type;
	LLVMValueRef w = iface_method_wrapper(it, sel->u.sel.field, false);
	LLVMTypeRef t = LLVMStructTypeInContext(cg.ctx, &cg.t_ptr, 1, false);
	LLVMValueRef g = LLVMAddGlobal(cg.mod, t, "go.imethodexpr");
	LLVMSetInitializer(g, LLVMConstStructInContext(cg.ctx, &w, 1, false));
	LLVMSetGlobalConstant(g, true);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetAlignment(g, 8);
	return g;
}
