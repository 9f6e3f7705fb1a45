/*
 * cg_call.c: calls, builtins and func values.
 *
 * Static calls, method calls (receiver adjusted as the checker decided)
 * and calls through func values (load the code pointer from the closure,
 * pass the closure as context) share one argument path: arguments are
 * evaluated left to right into values the callee owns, f(g()) spreads a
 * result tuple, and the variadic tail is packed into a fresh slice.
 * Function literals become closure objects {code, &captured...}; method
 * values {"-fm" wrapper, receiver}; method expressions a static closure
 * of the method itself or of its "(*T).M" wrapper.  The builtins lower
 * to inline code or runtime calls (append through rt_growslice_t, print
 * through the rt_print* family, panic through rt_panic*).
 */
#include "cg_internal.h"

#include <string.h>

static LLVMValueRef builtin(Node *n);

/* A slice value, or nil given as an untyped null pointer. */
static LLVMValueRef fix_value_slice(LLVMValueRef v)
{
	return LLVMTypeOf(v) == cg.t_slice ? v : LLVMConstNull(cg.t_slice);
}

LLVMValueRef cg_tuple_elem(Type *tuple, LLVMValueRef buf, int i)
{
	Type *u = ty_under(tuple);
	ICE_ASSERT(u->kind == TY_TUPLE);
	LLVMTypeRef tt = cg_tuple_type(u->results, u->nresults);
	LLVMValueRef p = LLVMBuildStructGEP2(cg.b, tt, buf, (unsigned)i, "");
	return cg_load(u->results[i], p, "");
}

/* Values of the actual arguments, before packing the variadic tail. */
typedef struct Actuals {
	LLVMValueRef *v;
	Type **t;
	int n;
} Actuals;

/* The type a given argument position converts to. */
static Type *param_type(Type *ft, int i, bool dots)
{
	Type *u = ty_under(ft);
	if (u->variadic && !dots && i >= u->nparams - 1)
		return ty_under(u->params[u->nparams - 1])->elem;
	return u->params[i];
}

static Actuals eval_args(Node *call, Type *ft)
{
	Actuals a = {0};
	NodeList *args = &call->u.call.args;
	bool dots = call->u.call.dots;
	if (call->u.call.spread) {
		Node *inner = ast_unparen(args->v[0]);
		LLVMValueRef buf = NULL;
		cg_call(inner, &buf);
		Type *tu = ty_under(inner->type);
		a.n = tu->nresults;
		a.v = arena_alloc(g_arena, sizeof *a.v * (size_t)(a.n + 1));
		a.t = arena_alloc(g_arena, sizeof *a.t * (size_t)(a.n + 1));
		for (int i = 0; i < a.n; i++) {
			Type *pt = param_type(ft, i, dots);
			LLVMValueRef v = cg_tuple_elem(inner->type, buf, i);
			Type *et = tu->results[i];
			if (ty_is_interface(pt) && !ty_identical(et, pt))
				v = cg_iface_from(NULL, v, et, pt, NULL); /* f(g()) */
			if (cg_is_agg(pt)) {
				LLVMValueRef tmp = cg_alloca(pt, "arg");
				cg_copy(pt, tmp, v);
				v = tmp;
			}
			a.v[i] = v;
			a.t[i] = pt;
		}
		return a;
	}
	a.n = args->len;
	a.v = arena_alloc(g_arena, sizeof *a.v * (size_t)(a.n + 1));
	a.t = arena_alloc(g_arena, sizeof *a.t * (size_t)(a.n + 1));
	for (int i = 0; i < a.n; i++) {
		Type *pt = param_type(ft, i, dots);
		a.v[i] = cg_expr_owned(args->v[i], pt);
		a.t[i] = pt;
	}
	return a;
}

/* The implicit slice of a variadic call: values vals[0..n) of element
 * type et, in memory the escape analysis placed ("... argument"). */
static LLVMValueRef pack_slice(const Node *call, Type *et, LLVMValueRef *vals,
                               int n)
{
	if (n == 0)
		return LLVMConstNull(cg.t_slice);
	int64_t es = cg_size(et);
	LLVMValueRef arr = cg_site_alloc_type(call, ty_array(et, n), "varargs");
	for (int i = 0; i < n; i++)
		cg_store(et, vals[i], cg_gep(arr, es * i, ""));
	LLVMValueRef r = LLVMGetUndef(cg.t_slice);
	r = LLVMBuildInsertValue(cg.b, r, arr, 0, "");
	r = LLVMBuildInsertValue(cg.b, r, cg_i64(n), 1, "");
	return LLVMBuildInsertValue(cg.b, r, cg_i64(n), 2, "");
}

/* Emit the call: ctx, [recv], params (variadic tail packed), [results]. */
static LLVMValueRef emit_call(Node *n, LLVMTypeRef fty, LLVMValueRef callee,
                              LLVMValueRef ctx, LLVMValueRef recv,
                              Type *ft, Actuals *a, LLVMValueRef *tuple_buf)
{
	Type *u = ty_under(ft);
	int np = u->nparams;
	LLVMValueRef *args = arena_alloc(g_arena, sizeof *args * (size_t)(np + 4));
	int k = 0;
	args[k++] = ctx;
	if (recv)
		args[k++] = recv;
	bool pack = u->variadic && !n->u.call.dots;
	int nfixed = pack ? np - 1 : np;
	for (int i = 0; i < nfixed; i++)
		args[k++] = a->v[i];
	if (pack) {
		Type *et = ty_under(u->params[np - 1])->elem;
		args[k++] = pack_slice(n, et, a->v + nfixed, a->n - nfixed);
	}
	LLVMValueRef buf = NULL;
	if (cg_results_in_memory(ft)) {
		LLVMTypeRef tt = cg_tuple_type(u->results, u->nresults);
		buf = cg_alloca_ll(tt, 8, "results");
		args[k++] = buf;
	}
	bool isvoid = LLVMGetReturnType(fty) == cg.t_void;
	LLVMValueRef r = LLVMBuildCall2(cg.b, fty, callee, args, (unsigned)k,
	                                isvoid ? "" : "call");
	if (u->nresults > 1) {
		if (tuple_buf)
			*tuple_buf = buf;
		return buf;
	}
	if (u->nresults == 1 && buf)
		return buf; /* one aggregate result, at offset 0 */
	return r;
}

LLVMValueRef cg_call(Node *n, LLVMValueRef *tuple_buf)
{
	if (n->kind == N_TYPEASSERT) {
		/* v, ok := x.(T) yields a tuple, as a call does */
		LLVMValueRef ok;
		LLVMValueRef v = cg_typeassert(n, &ok);
		Type *tu = ty_under(n->type);
		LLVMTypeRef tt = cg_tuple_type(tu->results, 2);
		LLVMValueRef buf = cg_alloca_ll(tt, 8, "commaok");
		cg_store(tu->results[0], v, LLVMBuildStructGEP2(cg.b, tt, buf, 0, ""));
		cg_store(tu->results[1], ok, LLVMBuildStructGEP2(cg.b, tt, buf, 1, ""));
		if (tuple_buf)
			*tuple_buf = buf;
		return buf;
	}
	Node *fun = ast_unparen(n->u.call.fun);
	switch (n->u.call.kind) {
	case CALL_CONV: {
		Node *x = n->u.call.args.v[0];
		if (ty_is_interface(n->type))
			return cg_iface_convert(n, x, n->type);
		Type *tu = ty_under(n->type);
		if (x->cval && tu->kind == TY_SLICE &&
		    ty_is_string(ty_under(x->type)))
			return cg_const_string_slice(n, cg_expr(x), n->type);
		return cg_convert_site(n, cg_expr(x), x->type, n->type);
	}
	case CALL_BUILTIN:
		return builtin(n);
	case CALL_FUNC: {
		Func *fn = fun->u.ident.sym->func;
		LLVMValueRef callee = cg_func_decl(fn);
		Actuals a = eval_args(n, fn->type);
		return emit_call(n, ((CgFunc *)fn->cg)->fty, callee,
		                 LLVMConstNull(cg.t_ptr), NULL, fn->type, &a, tuple_buf);
	}
	case CALL_METHOD: {
		Func *m = fun->u.sel.method->func;
		LLVMValueRef callee = cg_func_decl(m);
		LLVMValueRef recv = cg_method_recv(fun, m->recv->type);
		Actuals a = eval_args(n, m->type);
		return emit_call(n, ((CgFunc *)m->cg)->fty, callee,
		                 LLVMConstNull(cg.t_ptr), recv, m->type, &a, tuple_buf);
	}
	case CALL_IFACE: {
		Type *it;
		Type *ft = fun->type;
		LLVMValueRef iv = cg_iface_recv(fun, &it);
		Actuals a = eval_args(n, ft);
		LLVMValueRef code = cg_iface_method_fn(it, iv, fun->u.sel.field);
		LLVMValueRef data = LLVMBuildExtractValue(cg.b, iv, 1, "data");
		return emit_call(n, cg_func_type(ft, ty_pointer(ty_basic[TY_UINT8])), code,
		                 LLVMConstNull(cg.t_ptr), data, ft, &a, tuple_buf);
	}
	case CALL_VALUE: {
		Type *ft = fun->type;
		LLVMValueRef fv = cg_expr(fun);
		Actuals a = eval_args(n, ft);
		cg_nilcheck(fv);
		LLVMValueRef code = LLVMBuildLoad2(cg.b, cg.t_ptr, fv, "code");
		return emit_call(n, cg_func_type(ft, NULL), code, fv, NULL, ft, &a,
		                 tuple_buf);
	}
	default:
		cg_unsupported(n, "call");
		return LLVMGetUndef(cg.t_i64);
	}
}

/* ---- func values ---------------------------------------------------- */

LLVMValueRef cg_funclit(Node *n)
{
	Func *fn = n->u.funclit.fn;
	if (fn->captures.len == 0)
		return cg_func_closure(fn);
	LLVMValueRef code = cg_func_decl(fn);
	int64_t *offs = arena_alloc(g_arena, sizeof *offs * (size_t)fn->captures.len);
	int64_t size = cg_closure_layout(fn, offs);
	LLVMValueRef desc = cg_site_on_stack(n) ? NULL
	                                        : cg_closure_desc(fn, offs, size);
	LLVMValueRef obj = cg_site_alloc_layout(n, size, 8, desc, "closure");
	LLVMBuildStore(cg.b, code, obj);
	for (int i = 0; i < fn->captures.len; i++) {
		Symbol *s = fn->captures.v[i];
		LLVMValueRef slot = cg_gep(obj, offs[i], "");
		if (cg_capture_by_ref(fn, s))
			LLVMBuildStore(cg.b, cg_var_addr(s), slot);
		else
			cg_copy(s->type, slot, cg_var_addr(s));
	}
	return obj;
}

/* x.M as a value: {wrapper, receiver}. */
LLVMValueRef cg_method_value(Node *sel)
{
	Func *m = sel->u.sel.method->func;
	Type *rt = m->recv->type;
	LLVMValueRef recv = cg_method_recv(sel, rt);
	LLVMValueRef wrapper = cg_method_value_wrapper(m);
	/* {wrapper, receiver}: Go aligns nothing beyond 8 bytes */
	LLVMValueRef desc = cg_site_on_stack(sel) ? NULL : cg_methodvalue_desc(rt);
	LLVMValueRef obj = cg_site_alloc_layout(sel, 8 + cg_size(rt), 8, desc,
	                                        "methodvalue");
	LLVMBuildStore(cg.b, wrapper, obj);
	cg_store(rt, recv, cg_gep(obj, 8, ""));
	return obj;
}

/* T.M or (*T).M as a value. */
LLVMValueRef cg_method_expr(Node *sel)
{
	Func *m = sel->u.sel.method->func;
	bool ptr_recv = ty_under(m->recv->type)->kind == TY_POINTER;
	bool via_ptr = ty_under(sel->u.sel.x->type)->kind == TY_POINTER;
	if ((via_ptr && !ptr_recv) || sel->u.sel.npath > 0) {
		/* (*T).M of a value method, or a method promoted through
		 * embedded fields: a wrapper that finds the receiver (the
		 * itab wrapper takes T as a method expression passes it: a
		 * pointer, or the address of a struct's copy) */
		LLVMValueRef w = sel->u.sel.npath > 0
			? cg_promoted_method(sel->u.sel.x->type, sel->u.sel.name->u.ident.name, m->type)
			: cg_ptr_method_wrapper(m);
		PtrList *closures = &cg.method_closures; /* (wrapper, closure) */
		for (int i = 0; i + 1 < closures->len; i += 2)
			if (closures->v[i] == w)
				return closures->v[i + 1];
		LLVMTypeRef t = LLVMStructTypeInContext(cg.ctx, &cg.t_ptr, 1, false);
		size_t len;
		const char *name = LLVMGetValueName2(w, &len);
		LLVMValueRef g = LLVMAddGlobal(cg.mod, t,
			arena_sprintf(g_arena, "%.*s·f", (int)len, name));
		LLVMSetInitializer(g, LLVMConstStructInContext(cg.ctx, &w, 1, false));
		LLVMSetGlobalConstant(g, true);
		LLVMSetLinkage(g, LLVMInternalLinkage);
		LLVMSetAlignment(g, 8);
		pl_push(closures, w);
		pl_push(closures, g);
		return g;
	}
	return cg_func_closure(m);
}

/* ---- builtins ------------------------------------------------------- */

static LLVMValueRef len_cap(Node *n, bool is_cap)
{
	Node *x = n->u.call.args.v[0];
	Type *u = ty_under(x->type);
	switch (u->kind) {
	case TY_STRING:
	case TY_UNTYPED_STRING:
		return LLVMBuildExtractValue(cg.b, cg_expr(x), 1, "len");
	case TY_SLICE:
		return LLVMBuildExtractValue(cg.b, cg_expr(x), is_cap ? 2 : 1,
		                             is_cap ? "cap" : "len");
	case TY_ARRAY:
		cg_expr(x); /* for its side effects */
		return cg_i64(u->len);
	case TY_POINTER:
		cg_expr(x);
		return cg_i64(ty_under(u->elem)->len);
	default:
		cg_unsupported(n, "len/cap of this type");
		return cg_i64(0);
	}
}

static LLVMValueRef make_slice(Node *n)
{
	NodeList *args = &n->u.call.args;
	Type *u = ty_under(n->type);
	if (u->kind != TY_SLICE) {
		cg_unsupported(n, "make of this type");
		return LLVMGetUndef(cg_type(n->type));
	}
	LLVMValueRef len = args->len > 1 ? cg_index_i64(args->v[1]) : cg_i64(0);
	LLVMValueRef cap = args->len > 2 ? cg_index_i64(args->v[2]) : len;
	LLVMValueRef p;
	if (cg_site_on_stack(n) && LLVMIsAConstantInt(len) && LLVMIsAConstantInt(cap)) {
		/* the checker proved 0 <= len <= cap for constants */
		int64_t c = LLVMConstIntGetSExtValue(cap);
		p = cg_site_alloc_type(n, ty_array(u->elem, c), "make");
	} else {
		LLVMValueRef rargs[4] = {cg_type_desc(u->elem), len, cap,
		                         cg_site_record(n, "make")};
		p = cg_call_rt("rt_makeslice_t", rargs, 4, "make");
	}
	LLVMValueRef r = LLVMGetUndef(cg.t_slice);
	r = LLVMBuildInsertValue(cg.b, r, p, 0, "");
	r = LLVMBuildInsertValue(cg.b, r, len, 1, "");
	return LLVMBuildInsertValue(cg.b, r, cap, 2, "");
}

static LLVMValueRef append(Node *n)
{
	NodeList *args = &n->u.call.args;
	Type *st = n->type;
	Type *et = ty_under(st)->elem;
	int64_t es = cg_size(et);
	LLVMValueRef s = fix_value_slice(cg_expr(args->v[0]));
	if (args->len == 1)
		return s;
	int nvals = args->len - 1;
	LLVMValueRef *vals = NULL, src = NULL, addn;
	if (n->u.call.dots) {
		src = cg_expr(args->v[1]);
		if (LLVMTypeOf(src) != cg.t_str)
			src = fix_value_slice(src);
		addn = LLVMBuildExtractValue(cg.b, src, 1, "");
	} else {
		vals = arena_alloc(g_arena, sizeof *vals * (size_t)nvals);
		for (int i = 0; i < nvals; i++)
			vals[i] = cg_expr_owned(args->v[i + 1], et);
		addn = cg_i64(nvals);
	}
	LLVMValueRef ptr = LLVMBuildExtractValue(cg.b, s, 0, "");
	LLVMValueRef len = LLVMBuildExtractValue(cg.b, s, 1, "");
	LLVMValueRef cap = LLVMBuildExtractValue(cg.b, s, 2, "");
	LLVMValueRef newlen = LLVMBuildAdd(cg.b, len, addn, "newlen");
	LLVMValueRef need = LLVMBuildICmp(cg.b, LLVMIntUGT, newlen, cap, "");
	LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
	LLVMBasicBlockRef grow = cg_block("append.grow");
	LLVMBasicBlockRef done = cg_block("append.done");
	LLVMBuildCondBr(cg.b, need, grow, done);
	LLVMPositionBuilderAtEnd(cg.b, grow);
	LLVMValueRef out = cg_alloca_ll(cg.t_slice, 8, "grown");
	LLVMValueRef gargs[7] = {out, ptr, len, cap, newlen, cg_type_desc(et),
	                         cg_site_record(n, "append")};
	cg_call_rt("rt_growslice_t", gargs, 7, "");
	LLVMValueRef g = LLVMBuildLoad2(cg.b, cg.t_slice, out, "");
	LLVMValueRef gptr = LLVMBuildExtractValue(cg.b, g, 0, "");
	LLVMValueRef gcap = LLVMBuildExtractValue(cg.b, g, 2, "");
	LLVMBasicBlockRef grow_end = LLVMGetInsertBlock(cg.b);
	LLVMBuildBr(cg.b, done);
	LLVMPositionBuilderAtEnd(cg.b, done);
	LLVMValueRef pptr = LLVMBuildPhi(cg.b, cg.t_ptr, "ptr");
	LLVMValueRef pcap = LLVMBuildPhi(cg.b, cg.t_i64, "cap");
	LLVMBasicBlockRef bbs[2] = {from, grow_end};
	LLVMValueRef v1[2] = {ptr, gptr}, v2[2] = {cap, gcap};
	LLVMAddIncoming(pptr, v1, bbs, 2);
	LLVMAddIncoming(pcap, v2, bbs, 2);
	LLVMValueRef dst = cg_gep_dyn(pptr, len, es, "");
	if (src) {
		LLVMValueRef bytes = LLVMBuildMul(cg.b, addn, cg_i64(es), "");
		LLVMBuildMemMove(cg.b, dst, 1, LLVMBuildExtractValue(cg.b, src, 0, ""),
		                 1, bytes);
	} else {
		for (int i = 0; i < nvals; i++)
			cg_store(et, vals[i], cg_gep(dst, es * i, ""));
	}
	LLVMValueRef r = LLVMGetUndef(cg.t_slice);
	r = LLVMBuildInsertValue(cg.b, r, pptr, 0, "");
	r = LLVMBuildInsertValue(cg.b, r, newlen, 1, "");
	return LLVMBuildInsertValue(cg.b, r, pcap, 2, "");
}

static LLVMValueRef copy_builtin(Node *n)
{
	Node *d = n->u.call.args.v[0], *s = n->u.call.args.v[1];
	int64_t es = cg_size(ty_under(d->type)->elem);
	LLVMValueRef dv = fix_value_slice(cg_expr(d));
	LLVMValueRef sv = cg_expr(s);
	if (LLVMTypeOf(sv) != cg.t_str)
		sv = fix_value_slice(sv);
	LLVMValueRef dl = LLVMBuildExtractValue(cg.b, dv, 1, "");
	LLVMValueRef sl = LLVMBuildExtractValue(cg.b, sv, 1, "");
	LLVMValueRef lt = LLVMBuildICmp(cg.b, LLVMIntSLT, dl, sl, "");
	LLVMValueRef cnt = LLVMBuildSelect(cg.b, lt, dl, sl, "n");
	LLVMBuildMemMove(cg.b, LLVMBuildExtractValue(cg.b, dv, 0, ""), 1,
	                 LLVMBuildExtractValue(cg.b, sv, 0, ""), 1,
	                 LLVMBuildMul(cg.b, cnt, cg_i64(es), ""));
	return cnt;
}

static void print_value(Node *at, Type *t, LLVMValueRef v)
{
	Type *u = ty_under(t);
	if (ty_is_untyped(u) && u->kind != TY_UNTYPED_NIL)
		u = ty_default(u);
	LLVMValueRef args[3];
	switch (u->kind) {
	case TY_BOOL:
		cg_call_rt("rt_printbool", &v, 1, "");
		return;
	case TY_FLOAT32:
		v = LLVMBuildFPExt(cg.b, v, cg.t_f64, "");
		/* fall through */
	case TY_FLOAT64:
		cg_call_rt("rt_printfloat", &v, 1, "");
		return;
	case TY_STRING:
		args[0] = LLVMBuildExtractValue(cg.b, v, 0, "");
		args[1] = LLVMBuildExtractValue(cg.b, v, 1, "");
		cg_call_rt("rt_printstring", args, 2, "");
		return;
	case TY_POINTER:
	case TY_FUNC:
	case TY_UNSAFEPTR:
		cg_call_rt("rt_printpointer", &v, 1, "");
		return;
	case TY_UNTYPED_NIL: {
		LLVMValueRef s = cg_string_const("nil", 3);
		args[0] = LLVMBuildExtractValue(cg.b, s, 0, "");
		args[1] = cg_i64(3);
		cg_call_rt("rt_printstring", args, 2, "");
		return;
	}
	case TY_SLICE:
		for (unsigned i = 0; i < 3; i++)
			args[i] = LLVMBuildExtractValue(cg.b, v, i, "");
		cg_call_rt("rt_printslice", args, 3, "");
		return;
	case TY_INTERFACE:
		cg_iface_print(t, v);
		return;
	default:
		if (ty_is_integer(u)) {
			v = cg_to_i64(u, v);
			cg_call_rt(ty_is_unsigned(u) ? "rt_printuint" : "rt_printint",
			           &v, 1, "");
			return;
		}
		cg_unsupported(at, "printing a value of this type");
	}
}

static void print_builtin(Node *n, bool ln)
{
	NodeList *args = &n->u.call.args;
	LLVMValueRef *vals;
	Type **types;
	int cnt;
	if (n->u.call.spread) {
		Node *inner = ast_unparen(args->v[0]);
		LLVMValueRef buf = NULL;
		cg_call(inner, &buf);
		Type *tu = ty_under(inner->type);
		cnt = tu->nresults;
		vals = arena_alloc(g_arena, sizeof *vals * (size_t)(cnt + 1));
		types = arena_alloc(g_arena, sizeof *types * (size_t)(cnt + 1));
		for (int i = 0; i < cnt; i++) {
			vals[i] = cg_tuple_elem(inner->type, buf, i);
			types[i] = tu->results[i];
		}
	} else {
		cnt = args->len;
		vals = arena_alloc(g_arena, sizeof *vals * (size_t)(cnt + 1));
		types = arena_alloc(g_arena, sizeof *types * (size_t)(cnt + 1));
		/* Go evaluates all arguments before printing any */
		for (int i = 0; i < cnt; i++) {
			vals[i] = cg_expr(args->v[i]);
			types[i] = args->v[i]->type;
		}
	}
	for (int i = 0; i < cnt; i++) {
		if (ln && i > 0)
			cg_call_rt("rt_printsp", NULL, 0, "");
		print_value(n, types[i], vals[i]);
	}
	if (ln)
		cg_call_rt("rt_printnl", NULL, 0, "");
}

static void print_cstr(const char *s)
{
	LLVMValueRef v = cg_string_const(s, strlen(s));
	LLVMValueRef args[2] = {LLVMBuildExtractValue(cg.b, v, 0, ""), cg_i64((int64_t)strlen(s))};
	cg_call_rt("rt_printstring", args, 2, "");
}

/* panic(v) with v of a named basic type: go1.19 prints "main.T(v)" or
 * main.T("v") (printanycustomtype). */
static bool panic_named(Node *x, Type *t, LLVMValueRef v)
{
	Type *u = ty_under(t);
	if (t->kind != TY_NAMED || !t->obj ||
	    !(ty_is_integer(u) || ty_is_float(u) || ty_is_string(u) ||
	      ty_is_boolean(u)))
		return false;
	cg_call_rt("rt_panicstart", NULL, 0, "");
	bool str = ty_is_string(u);
	print_cstr(arena_sprintf(g_arena, "main.%s(%s", t->obj->name, str ? "\"" : ""));
	print_value(x, t, v);
	print_cstr(str ? "\")" : ")");
	cg_unreachable_rt("rt_panicfinish", NULL, 0);
	return true;
}

static void panic_builtin(Node *n)
{
	Node *x = n->u.call.args.v[0];
	Type *t = x->type;
	if (ty_is_untyped(t) && t->kind != TY_UNTYPED_NIL)
		t = ty_default(t);
	LLVMValueRef v = cg_expr(x);
	LLVMValueRef args[2];
	switch (t->kind) {
	case TY_STRING:
		args[0] = LLVMBuildExtractValue(cg.b, v, 0, "");
		args[1] = LLVMBuildExtractValue(cg.b, v, 1, "");
		cg_unreachable_rt("rt_panicstring", args, 2);
		break;
	case TY_BOOL:
		cg_unreachable_rt("rt_panicbool", &v, 1);
		break;
	case TY_FLOAT32:
	case TY_FLOAT64:
		if (t->kind == TY_FLOAT32)
			v = LLVMBuildFPExt(cg.b, v, cg.t_f64, "");
		cg_unreachable_rt("rt_panicfloat", &v, 1);
		break;
	default:
		if (ty_is_integer(t) && t->kind != TY_NAMED) {
			v = cg_to_i64(t, v);
			cg_unreachable_rt(ty_is_unsigned(t) ? "rt_panicuint" : "rt_panicint",
			                  &v, 1);
			break;
		}
		if (panic_named(x, t, v))
			break;
		{
			/* any other value, as the interface{} panic takes */
			LLVMValueRef e = cg_iface_from(x, v, t, ty_any, x);
			LLVMValueRef a[2] = {LLVMBuildExtractValue(cg.b, e, 0, ""),
			                     LLVMBuildExtractValue(cg.b, e, 1, "")};
			if (ty_is_interface(t))
				a[0] = cg_iface_dyntype(t, v);
			cg_unreachable_rt("rt_panicvalue", a, 2);
		}
		break;
	}
	cg_new_block("after.panic");
}

static LLVMValueRef builtin(Node *n)
{
	switch (n->u.call.builtin) {
	case BI_LEN:
		return len_cap(n, false);
	case BI_CAP:
		return len_cap(n, true);
	case BI_NEW:
		return cg_site_alloc_type(n, ty_under(n->type)->elem, "new");
	case BI_MAKE:
		return make_slice(n);
	case BI_APPEND:
		return append(n);
	case BI_COPY:
		return copy_builtin(n);
	case BI_PRINT:
	case BI_PRINTLN:
		print_builtin(n, n->u.call.builtin == BI_PRINTLN);
		return NULL;
	case BI_PANIC:
		panic_builtin(n);
		return NULL;
	default:
		cg_unsupported(n, arena_sprintf(g_arena, "builtin %s",
			ast_expr_string(n->u.call.fun)));
		return NULL;
	}
}
