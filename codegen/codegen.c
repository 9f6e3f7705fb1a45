/*
 * codegen.c: the module, its functions, and emission.
 *
 * cg_compile sets up an LLVM module for the host target, declares the
 * runtime functions the generated code calls (the table below), declares
 * every Go function (named as Go names its symbols: "main.main",
 * "main.T.M", "main.(*T).M", "main.main.func1") and generates their
 * bodies one at a time from a work list (function literals and wrappers
 * join it when first referenced), then emits goesc_main -- package
 * variable initialisers in order, the init functions, main.main -- which
 * the runtime's C main calls.  The module is verified, optimised with the
 * new pass manager (default<O0..3>) and written as an object, assembly or
 * IR text.
 */
#include "cg_internal.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

CgState cg;

/* ---- runtime declarations ------------------------------------------ */

/* Signatures as strings: the result then the parameters; v void, b bool
 * (i1 zeroext), i int32, l int64, d double, p pointer.  N: noreturn. */
static const struct {
	const char *name;
	const char *sig;
	bool noreturn;
} rt_funcs[] = {
	{"rt_printbool", "vb", false},
	{"rt_printint", "vl", false},
	{"rt_printuint", "vl", false},
	{"rt_printfloat", "vd", false},
	{"rt_printstring", "vpl", false},
	{"rt_printpointer", "vp", false},
	{"rt_printslice", "vpll", false},
	{"rt_printsp", "v", false},
	{"rt_printnl", "v", false},
	{"rt_newobject", "ppp", false},
	{"rt_makeslice_t", "ppllp", false},
	{"rt_growslice_t", "vpplllpp", false},
	{"rt_concatstrings", "vppl", false},
	{"rt_cmpstring", "lplpl", false},
	{"rt_intstring", "vpl", false},
	{"rt_slicebytetostring", "vppl", false},
	{"rt_stringtoslicebyte", "vppl", false},
	{"rt_stringtoslicerune", "vppl", false},
	{"rt_slicerunetostring", "vppl", false},
	{"rt_concatstrings_buf", "vpppl", false},
	{"rt_intstring_buf", "vppl", false},
	{"rt_slicebytetostring_buf", "vpppl", false},
	{"rt_stringtoslicebyte_buf", "vpppl", false},
	{"rt_stringtoslicerune_buf", "vpppl", false},
	{"rt_slicerunetostring_buf", "vpppl", false},
	{"rt_decoderune", "lpllp", false},
	{"rt_panicindex", "vll", true},
	{"rt_panicslice", "vill", true},
	{"rt_panicdivide", "v", true},
	{"rt_panicshift", "v", true},
	{"rt_panicnil", "v", true},
	{"rt_panicnilat", "vll", true},
	{"rt_panicindexu", "vll", true},
	{"rt_panicstart", "v", false},
	{"rt_panicfinish", "v", true},
	{"rt_panicstring", "vpl", true},
	{"rt_panicint", "vl", true},
	{"rt_panicuint", "vl", true},
	{"rt_panicfloat", "vd", true},
	{"rt_panicbool", "vb", true},
	{"memcmp", "Ippl", false},
	/* interfaces (rt_iface.c) */
	{"rt_convT16", "plp", false},
	{"rt_convT32", "plp", false},
	{"rt_convT64", "plp", false},
	{"rt_convTstring", "pplp", false},
	{"rt_convTslice", "ppllp", false},
	{"rt_convT", "pppp", false},
	{"rt_convTnoptr", "pppp", false},
	{"rt_getitab", "pppb", false},
	{"rt_assertE2I", "ppp", false},
	{"rt_assertE2I2", "ppp", false},
	{"rt_panicdottypeE", "vppp", true},
	{"rt_panicdottypeI", "vppp", true},
	{"rt_efaceeq", "bppp", false},
	{"rt_printeface", "vpp", false},
	{"rt_panicvalue", "vpp", true},
	{"rt_printiface", "vpp", false},
};

static LLVMTypeRef sig_type(char c)
{
	switch (c) {
	case 'v': return cg.t_void;
	case 'b': return cg.t_i1;
	case 'i': case 'I': return cg.t_i32;
	case 'l': return cg.t_i64;
	case 'd': return cg.t_f64;
	default: return cg.t_ptr;
	}
}

static void add_attr(LLVMValueRef fn, LLVMAttributeIndex idx, const char *name)
{
	unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
	LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg.ctx, kind, 0));
}

LLVMValueRef cg_rt(const char *name)
{
	LLVMValueRef fn = LLVMGetNamedFunction(cg.mod, name);
	if (fn)
		return fn;
	for (size_t i = 0; i < sizeof rt_funcs / sizeof rt_funcs[0]; i++) {
		if (strcmp(rt_funcs[i].name, name) != 0)
			continue;
		const char *sig = rt_funcs[i].sig;
		int n = (int)strlen(sig) - 1;
		LLVMTypeRef ps[8];
		for (int k = 0; k < n; k++)
			ps[k] = sig_type(sig[k + 1]);
		LLVMTypeRef fty = LLVMFunctionType(sig_type(sig[0]), ps, (unsigned)n, false);
		fn = LLVMAddFunction(cg.mod, name, fty);
		add_attr(fn, LLVMAttributeFunctionIndex, "nounwind");
		if (rt_funcs[i].noreturn) {
			add_attr(fn, LLVMAttributeFunctionIndex, "noreturn");
			add_attr(fn, LLVMAttributeFunctionIndex, "cold");
		}
		for (int k = 0; k < n; k++)
			if (sig[k + 1] == 'b')
				add_attr(fn, (LLVMAttributeIndex)(k + 1), "zeroext");
		return fn;
	}
	ICE("unknown runtime function %s", name);
}

LLVMValueRef cg_call_rt(const char *name, LLVMValueRef *args, int n,
                        const char *vname)
{
	LLVMValueRef fn = cg_rt(name);
	LLVMTypeRef fty = LLVMGlobalGetValueType(fn);
	bool isvoid = LLVMGetReturnType(fty) == cg.t_void;
	LLVMValueRef call = LLVMBuildCall2(cg.b, fty, fn, args, (unsigned)n,
	                                   isvoid ? "" : (vname ? vname : ""));
	for (int k = 0; k < n; k++)
		if (LLVMTypeOf(args[k]) == cg.t_i1) {
			unsigned kind = LLVMGetEnumAttributeKindForName("zeroext", 7);
			LLVMAddCallSiteAttribute(call, (LLVMAttributeIndex)(k + 1),
				LLVMCreateEnumAttribute(cg.ctx, kind, 0));
		}
	return call;
}

/* A call to a noreturn runtime function, ending the block. */
void cg_unreachable_rt(const char *name, LLVMValueRef *args, int n)
{
	cg_call_rt(name, args, n, "");
	LLVMBuildUnreachable(cg.b);
}

static bool g_failed;

void cg_unsupported(Node *n, const char *what)
{
	diag_unsupported(n ? ast_start_pos(n) : (Pos){0, 0}, "%s", what);
	g_failed = true;
}

/* ---- Go functions --------------------------------------------------- */

static int g_ninit;

/* Attributes of every function made from Go code.  Go has no tail calls:
 * each call, recursive or not, takes a new frame, so that unbounded
 * recursion exhausts the goroutine stack ("fatal error: stack
 * overflow") as in go1.19 instead of looping forever.
 * "disable-tail-calls" keeps LLVM's tail-recursion elimination (which
 * turns self-recursion into a loop) and the back end's sibling-call
 * optimisation (a jump in place of a call: mutual recursion) away.  No
 * mustprogress either, so the optimiser may not assume that a call
 * without side effects returns and delete it. */
static void go_fn_attrs(LLVMValueRef fn)
{
	static const char k[] = "disable-tail-calls", v[] = "true";
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
		LLVMCreateStringAttribute(cg.ctx, k, sizeof k - 1, v, sizeof v - 1));
	add_attr(fn, LLVMAttributeFunctionIndex, "nounwind");
}

static CgFunc *func_cg(Func *fn)
{
	if (!fn->cg)
		fn->cg = arena_alloc(g_arena, sizeof(CgFunc));
	return fn->cg;
}

static bool is_init_func(Func *fn)
{
	return fn->decl && fn->decl->kind == N_FUNCDECL && !fn->recv &&
	       !fn->outer && strcmp(fn->name, "init") == 0;
}

LLVMValueRef cg_func_decl(Func *fn)
{
	CgFunc *cf = func_cg(fn);
	if (cf->fn)
		return cf->fn;
	const char *name;
	if (is_init_func(fn))
		name = arena_sprintf(g_arena, "main.init.%d", g_ninit++);
	else
		name = arena_sprintf(g_arena, "main.%s", fn->name);
	cf->fty = cg_func_type(fn->type, fn->recv ? fn->recv->type : NULL);
	cf->fn = LLVMAddFunction(cg.mod, name, cf->fty);
	LLVMSetLinkage(cf->fn, LLVMInternalLinkage);
	go_fn_attrs(cf->fn);
	LLVMSetValueName2(LLVMGetParam(cf->fn, 0), "ctx", 3);
	pl_push(&cg.pending, fn);
	return cf->fn;
}

/* A constant closure object {code} for a function without captures. */
static LLVMValueRef static_closure(LLVMValueRef fn, const char *name)
{
	LLVMTypeRef t = LLVMStructTypeInContext(cg.ctx, &cg.t_ptr, 1, false);
	LLVMValueRef g = LLVMAddGlobal(cg.mod, t, name);
	LLVMSetInitializer(g, LLVMConstStructInContext(cg.ctx, &fn, 1, false));
	LLVMSetGlobalConstant(g, true);
	LLVMSetLinkage(g, LLVMInternalLinkage);
	LLVMSetAlignment(g, 8);
	return g;
}

LLVMValueRef cg_func_closure(Func *fn)
{
	CgFunc *cf = func_cg(fn);
	if (!cf->static_closure) {
		LLVMValueRef f = cg_func_decl(fn);
		size_t len;
		const char *name = LLVMGetValueName2(f, &len);
		cf->static_closure = static_closure(
			f, arena_sprintf(g_arena, "%.*s·f", (int)len, name));
	}
	return cf->static_closure;
}

/* Begin a function body: entry block of allocas, then "body". */
void cg_begin_function(CgFn *f, Func *fn, LLVMValueRef llfn)
{
	memset(f, 0, sizeof *f);
	f->fn = fn;
	f->llfn = llfn;
	cg.f = f;
	f->entry = LLVMAppendBasicBlockInContext(cg.ctx, llfn, "entry");
	LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(cg.ctx, llfn, "body");
	LLVMPositionBuilderAtEnd(cg.b, f->entry);
	LLVMValueRef br = LLVMBuildBr(cg.b, body);
	f->alloca_b = LLVMCreateBuilderInContext(cg.ctx);
	LLVMPositionBuilderBefore(f->alloca_b, br);
	LLVMPositionBuilderAtEnd(cg.b, body);
	f->ctx = LLVMCountParams(llfn) > 0 ? LLVMGetParam(llfn, 0) : NULL;
}

void cg_end_function(CgFn *f)
{
	LLVMDisposeBuilder(f->alloca_b);
	free(f->targets);
	free(f->labels);
	cg.f = NULL;
}

/* Bind a parameter's incoming value to its variable. */
static void bind_param(Symbol *s, LLVMValueRef v)
{
	LLVMSetValueName2(v, s->name, strlen(s->name));
	if (strcmp(s->name, "_") == 0)
		return;
	CgVar *cv = cg_var(s);
	if (!cg_var_on_heap(s) && cg_is_agg(s->type)) {
		/* the caller's copy is ours */
		cv->fn = cg.f->fn;
		cv->heap = false;
		cv->addr = v;
		cv->addr_is_slot = false;
		return;
	}
	cg_declare_var(s);
	cg_store(s->type, v, cg_var_addr(s));
}

/* Generate the body of a declared function, method or literal. */
void cg_gen_function(Func *fn)
{
	CgFunc *cf = func_cg(fn);
	if (cf->generated)
		return;
	cf->generated = true;
	CgFn f;
	cg_begin_function(&f, fn, cg_func_decl(fn));
	int k = 1;
	if (fn->recv)
		bind_param(fn->recv, LLVMGetParam(f.llfn, (unsigned)k++));
	for (int i = 0; i < fn->params.len; i++)
		bind_param(fn->params.v[i], LLVMGetParam(f.llfn, (unsigned)k++));
	Type *ft = ty_under(fn->type);
	if (cg_results_in_memory(fn->type)) {
		f.resbuf = LLVMGetParam(f.llfn, (unsigned)k++);
		LLVMSetValueName2(f.resbuf, "results", 7);
		f.restype = cg_tuple_type(ft->results, ft->nresults);
	}
	for (int i = 0; i < fn->results.len; i++) {
		Symbol *s = fn->results.v[i];
		cg_declare_var(s);
		if (!cg_var(s)->heap)
			cg_store_zero(s->type, cg_var_addr(s));
	}
	/* captured variables: their addresses, or their copies, in the
	 * closure record */
	int64_t *offs = arena_alloc(g_arena, sizeof *offs * (size_t)(fn->captures.len + 1));
	cg_closure_layout(fn, offs);
	for (int i = 0; i < fn->captures.len; i++) {
		Symbol *s = fn->captures.v[i];
		CgVar *v = cg_var(s);
		LLVMValueRef slot = cg_gep(f.ctx, offs[i], s->name);
		if (cg_capture_by_ref(fn, s))
			slot = LLVMBuildLoad2(cg.b, cg.t_ptr, slot,
			                      arena_sprintf(g_arena, "&%s", s->name));
		v->addr = slot;
		v->addr_is_slot = false;
		v->heap = false;
		v->fn = fn;
	}
	Node *body = fn->decl->kind == N_FUNCDECL ? fn->decl->u.funcdecl.body
	                                          : fn->decl->u.funclit.body;
	cg_stmt(body);
	if (!cg_terminated()) {
		Node ret;
		memset(&ret, 0, sizeof ret);
		ret.kind = N_RETURN;
		ret.pos = body->u.block.rbrace;
		ret.u.ret.fn = fn;
		cg_stmt(&ret);
	}
	cg_end_function(&f);
}

/* ---- wrappers ------------------------------------------------------- */

typedef struct CgWrapper {
	Func *m;
	bool fm; /* method value wrapper, else (*T).M for a value method */
	LLVMValueRef fn;
} CgWrapper;

/* Build a wrapper that forwards its parameters to method m with the
 * receiver taken from the closure (fm) or by dereferencing param 1. */
static LLVMValueRef make_wrapper(Func *m, bool fm)
{
	for (int i = 0; i < cg.wrappers.len; i++) {
		CgWrapper *w = cg.wrappers.v[i];
		if (w->m == m && w->fm == fm)
			return w->fn;
	}
	Type *rt = m->recv->type;
	LLVMValueRef target = cg_func_decl(m);
	LLVMTypeRef tfty = func_cg(m)->fty;
	LLVMTypeRef fty;
	const char *name;
	Type *ptrt = NULL;
	if (fm) {
		fty = cg_func_type(m->type, NULL);
		name = arena_sprintf(g_arena, "main.%s-fm", m->name);
	} else {
		ptrt = ty_pointer(rt);
		fty = cg_func_type(m->type, ptrt);
		const char *tn = m->name; /* "T.M" */
		const char *dot = strchr(tn, '.');
		name = arena_sprintf(g_arena, "main.(*%.*s)%s", (int)(dot - tn), tn, dot);
	}
	LLVMValueRef fn = LLVMAddFunction(cg.mod, name, fty);
	LLVMSetLinkage(fn, LLVMInternalLinkage);
	go_fn_attrs(fn);
	CgWrapper *w = arena_alloc(g_arena, sizeof *w);
	w->m = m;
	w->fm = fm;
	w->fn = fn;
	pl_push(&cg.wrappers, w);

	/* generate it now, saving the current position */
	CgFn *saved = cg.f;
	LLVMBasicBlockRef saved_bb = LLVMGetInsertBlock(cg.b);
	CgFn f;
	cg_begin_function(&f, NULL, fn);
	unsigned n = LLVMCountParams(fn);
	LLVMValueRef *args = arena_alloc(g_arena, sizeof *args * (n + 2));
	unsigned k = 0, p = 1;
	args[k++] = LLVMConstNull(cg.t_ptr);
	LLVMValueRef recv;
	if (fm) {
		LLVMValueRef slot = cg_gep(f.ctx, 8, "recv.slot");
		recv = cg_load(rt, slot, "recv");
	} else {
		/* go1.19's panicwrap: "value method main.T.M called using nil
		 * *T pointer" */
		recv = LLVMGetParam(fn, p++);
		LLVMValueRef isnil = LLVMBuildICmp(cg.b, LLVMIntEQ, recv,
		                                   LLVMConstNull(cg.t_ptr), "");
		LLVMBasicBlockRef fail = cg_block("nilrecv");
		LLVMBasicBlockRef ok = cg_block("ok");
		LLVMBuildCondBr(cg.b, isnil, fail, ok);
		LLVMPositionBuilderAtEnd(cg.b, fail);
		const char *dot = strchr(m->name, '.');
		const char *msg = arena_sprintf(g_arena,
			"value method main.%s called using nil *%.*s pointer",
			m->name, (int)(dot - m->name), m->name);
		LLVMValueRef str = cg_string_const(msg, strlen(msg));
		LLVMValueRef args2[2] = {LLVMBuildExtractValue(cg.b, str, 0, ""),
		                         cg_i64((int64_t)strlen(msg))};
		cg_call_rt("rt_panicstart", NULL, 0, "");
		cg_call_rt("rt_printstring", args2, 2, "");
		cg_unreachable_rt("rt_panicfinish", NULL, 0);
		LLVMPositionBuilderAtEnd(cg.b, ok);
		recv = cg_load(rt, recv, "recv");
	}
	if (cg_is_agg(rt)) {
		LLVMValueRef tmp = cg_alloca(rt, "recv.copy");
		cg_copy(rt, tmp, recv);
		recv = tmp;
	}
	args[k++] = recv;
	for (; p < n; p++)
		args[k++] = LLVMGetParam(fn, p);
	LLVMValueRef r = LLVMBuildCall2(cg.b, tfty, target, args, k, "");
	if (LLVMGetReturnType(tfty) == cg.t_void)
		LLVMBuildRetVoid(cg.b);
	else
		LLVMBuildRet(cg.b, r);
	cg_end_function(&f);
	cg.f = saved;
	if (saved_bb)
		LLVMPositionBuilderAtEnd(cg.b, saved_bb);
	return fn;
}

LLVMValueRef cg_method_value_wrapper(Func *m)
{
	return make_wrapper(m, true);
}

LLVMValueRef cg_ptr_method_wrapper(Func *m)
{
	return make_wrapper(m, false);
}

/* ---- package initialisation and goesc_main ------------------------- */

/* A package variable initialised by a constant literal gets its value
 * as static data (as gc does), not from code in goesc_main.  Nothing can
 * observe the difference: the value has no dependencies and nothing
 * runs before it would have been assigned that could read it, since
 * initialisation order puts readers after it. */
static bool static_init(Symbol *s, Node *value)
{
	LLVMValueRef g = cg_var_addr(s);
	if (!LLVMIsAGlobalVariable(g))
		return false;
	Type *u = ty_under(s->type);
	LLVMValueRef c = NULL;
	if (u->kind == TY_ARRAY || u->kind == TY_STRUCT)
		c = ast_unparen(value)->kind == N_COMPOSITE &&
		    ty_identical(ast_unparen(value)->type, s->type)
		    ? cg_const_literal(value, s->type) : NULL;
	else if (u->kind == TY_SLICE && ty_identical(ast_unparen(value)->type, s->type))
		c = cg_const_slice_global(value);
	else if (u->kind == TY_POINTER) {
		/* &T{constants}: gc allocates the object statically too */
		Node *v = ast_unparen(value);
		Node *lit = v->kind == N_UNARY && v->u.unary.op == OP_AND
		            ? ast_unparen(v->u.unary.x) : NULL;
		LLVMValueRef img = lit && lit->kind == N_COMPOSITE &&
		                   ty_identical(lit->type, u->elem)
		                   ? cg_const_literal(lit, u->elem) : NULL;
		if (img) {
			LLVMValueRef obj = LLVMAddGlobal(cg.mod, LLVMTypeOf(img), "go.staticobj");
			LLVMSetInitializer(obj, img);
			LLVMSetLinkage(obj, LLVMPrivateLinkage);
			LLVMSetAlignment(obj, (unsigned)(cg_align(u->elem) < 8 ? 8 : cg_align(u->elem)));
			c = obj;
		}
	}
	if (!c)
		return false;
	LLVMSetInitializer(g, c);
	return true;
}

static void gen_package_init(Node *spec)
{
	NodeList *names = &spec->u.vspec.names, *values = &spec->u.vspec.values;
	if (values->len == 0)
		return;
	if (values->len == names->len) {
		for (int i = 0; i < names->len; i++) {
			Node *id = names->v[i];
			Symbol *s = id->u.ident.sym;
			if (s && strcmp(id->u.ident.name, "_") != 0 &&
			    static_init(s, values->v[i]))
				continue;
			cg_hoist_reset(); /* gc's order: calls first */
			cg_hoist(values->v[i]);
			if (!s || strcmp(id->u.ident.name, "_") == 0) {
				cg_expr(values->v[i]);
				continue;
			}
			cg_expr_to(values->v[i], s->type, cg_var_addr(s), false);
		}
		return;
	}
	/* var a, b = f() */
	LLVMValueRef buf = NULL;
	Node *call = values->v[0];
	cg_hoist_reset();
	cg_hoist(call);
	cg_call(ast_unparen(call), &buf);
	for (int i = 0; i < names->len; i++) {
		Node *id = names->v[i];
		Symbol *s = id->u.ident.sym;
		if (!s || strcmp(id->u.ident.name, "_") == 0)
			continue;
		LLVMValueRef v = cg_tuple_elem(call->type, buf, i);
		Type *et = ty_under(call->type)->results[i];
		if (ty_is_interface(s->type) && !ty_identical(et, s->type))
			v = cg_iface_from(NULL, v, et, s->type, NULL);
		cg_store(s->type, v, cg_var_addr(s));
	}
}

static void gen_goesc_main(Package *pkg)
{
	LLVMTypeRef fty = LLVMFunctionType(cg.t_void, NULL, 0, false);
	LLVMValueRef fn = LLVMAddFunction(cg.mod, "goesc_main", fty);
	go_fn_attrs(fn);
	CgFn f;
	cg_begin_function(&f, NULL, fn);
	for (int i = 0; i < pkg->globals.len; i++) {
		Symbol *s = pkg->globals.v[i];
		if (strcmp(s->name, "_") != 0)
			cg_var_addr(s);
	}
	PtrList done = {0};
	for (int i = 0; i < pkg->inits.len; i++) {
		Node *spec = pkg->inits.v[i];
		bool seen = false;
		for (int j = 0; j < done.len; j++)
			seen |= done.v[j] == spec;
		if (seen)
			continue;
		pl_push(&done, spec);
		gen_package_init(spec);
	}
	for (int i = 0; i < pkg->funcs.len; i++) {
		Func *fn2 = pkg->funcs.v[i];
		if (!is_init_func(fn2))
			continue;
		LLVMValueRef arg = LLVMConstNull(cg.t_ptr);
		LLVMBuildCall2(cg.b, func_cg(fn2)->fty, cg_func_decl(fn2), &arg, 1, "");
	}
	if (pkg->main) {
		LLVMValueRef arg = LLVMConstNull(cg.t_ptr);
		LLVMBuildCall2(cg.b, func_cg(pkg->main)->fty, cg_func_decl(pkg->main),
		               &arg, 1, "");
	}
	LLVMBuildRetVoid(cg.b);
	cg_end_function(&f);
}

/* ---- target, optimisation, emission --------------------------------- */

static LLVMTargetMachineRef make_target_machine(int opt)
{
	LLVMInitializeNativeTarget();
	LLVMInitializeNativeAsmPrinter();
	char *triple = LLVMGetDefaultTargetTriple();
	LLVMTargetRef target;
	char *err = NULL;
	if (LLVMGetTargetFromTriple(triple, &target, &err)) {
		fprintf(stderr, "goesc: target %s: %s\n", triple, err);
		LLVMDisposeMessage(err);
		LLVMDisposeMessage(triple);
		return NULL;
	}
	LLVMCodeGenOptLevel level = opt <= 0 ? LLVMCodeGenLevelNone
	                          : opt == 1 ? LLVMCodeGenLevelLess
	                          : opt == 2 ? LLVMCodeGenLevelDefault
	                                     : LLVMCodeGenLevelAggressive;
	LLVMTargetMachineRef tm = LLVMCreateTargetMachine(
		target, triple, "generic", "", level, LLVMRelocDefault,
		LLVMCodeModelDefault);
	LLVMSetTarget(cg.mod, triple);
	LLVMDisposeMessage(triple);
	return tm;
}

static void init_types(void)
{
	cg.t_void = LLVMVoidTypeInContext(cg.ctx);
	cg.t_i1 = LLVMInt1TypeInContext(cg.ctx);
	cg.t_i8 = LLVMInt8TypeInContext(cg.ctx);
	cg.t_i16 = LLVMInt16TypeInContext(cg.ctx);
	cg.t_i32 = LLVMInt32TypeInContext(cg.ctx);
	cg.t_i64 = LLVMInt64TypeInContext(cg.ctx);
	cg.t_f32 = LLVMFloatTypeInContext(cg.ctx);
	cg.t_f64 = LLVMDoubleTypeInContext(cg.ctx);
	cg.t_ptr = LLVMPointerTypeInContext(cg.ctx, 0);
	cg.t_str = LLVMStructCreateNamed(cg.ctx, "string");
	LLVMTypeRef sf[3] = {cg.t_ptr, cg.t_i64, cg.t_i64};
	LLVMStructSetBody(cg.t_str, sf, 2, false);
	cg.t_slice = LLVMStructCreateNamed(cg.ctx, "slice");
	LLVMStructSetBody(cg.t_slice, sf, 3, false);
	LLVMTypeRef itf[2] = {cg.t_ptr, cg.t_ptr};
	cg.t_iface = LLVMStructCreateNamed(cg.ctx, "iface");
	LLVMStructSetBody(cg.t_iface, itf, 2, false);
}

static int emit(LLVMTargetMachineRef tm, const char *out_path)
{
	char *err = NULL;
	if (cg.opts->emit == CG_EMIT_LLVM) {
		if (LLVMPrintModuleToFile(cg.mod, out_path, &err)) {
			fprintf(stderr, "goesc: write %s: %s\n", out_path, err);
			LLVMDisposeMessage(err);
			return 1;
		}
		return 0;
	}
	LLVMCodeGenFileType ft = cg.opts->emit == CG_EMIT_ASM ? LLVMAssemblyFile
	                                                      : LLVMObjectFile;
	if (LLVMTargetMachineEmitToFile(tm, cg.mod, out_path, ft, &err)) {
		fprintf(stderr, "goesc: write %s: %s\n", out_path, err);
		LLVMDisposeMessage(err);
		return 1;
	}
	return 0;
}

int cg_compile(Package *pkg, const CgOptions *opts, const char *out_path)
{
	static unsigned module_gen;
	memset(&cg, 0, sizeof cg);
	cg.module_gen = ++module_gen;
	g_failed = false;
	g_ninit = 0;
	cg.opts = opts;
	cg.pkg = pkg;
	cg.ctx = LLVMContextCreate();
	cg.mod = LLVMModuleCreateWithNameInContext("main", cg.ctx);
	cg.b = LLVMCreateBuilderInContext(cg.ctx);
	int rc = 1;
	LLVMTargetMachineRef tm = make_target_machine(opts->opt_level);
	if (!tm)
		goto out;
	cg.td = LLVMCreateTargetDataLayout(tm);
	LLVMSetModuleDataLayout(cg.mod, cg.td);
	if (opts->src_path)
		LLVMSetSourceFileName(cg.mod, opts->src_path, strlen(opts->src_path));
	init_types();

	cg_vars_prepare(pkg);
	for (int i = 0; i < pkg->funcs.len; i++)
		cg_func_decl(pkg->funcs.v[i]);
	gen_goesc_main(pkg);
	for (int i = 0; i < cg.pending.len && !g_failed; i++)
		cg_gen_function(cg.pending.v[i]);
	cg_emit_roots(pkg);
	if (g_failed || diag_count()) {
		diag_flush();
		goto out_tm;
	}

	char *msg = NULL;
	if (LLVMVerifyModule(cg.mod, LLVMReturnStatusAction, &msg)) {
		fprintf(stderr, "goesc: internal error: invalid LLVM module:\n%s", msg);
		LLVMDisposeMessage(msg);
		if (getenv("GOESC_DUMP_BAD_IR"))
			LLVMDumpModule(cg.mod);
		goto out_tm;
	}
	LLVMDisposeMessage(msg);

	char passes[32];
	snprintf(passes, sizeof passes, "default<O%d>",
	         opts->opt_level < 0 ? 0 : opts->opt_level > 3 ? 3 : opts->opt_level);
	LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
	LLVMErrorRef perr = LLVMRunPasses(cg.mod, passes, tm, po);
	LLVMDisposePassBuilderOptions(po);
	if (perr) {
		char *m = LLVMGetErrorMessage(perr);
		fprintf(stderr, "goesc: internal error: optimisation: %s\n", m);
		LLVMDisposeErrorMessage(m);
		goto out_tm;
	}
	rc = emit(tm, out_path);
out_tm:
	LLVMDisposeTargetData(cg.td);
	LLVMDisposeTargetMachine(tm);
out:
	LLVMDisposeBuilder(cg.b);
	LLVMDisposeModule(cg.mod);
	LLVMContextDispose(cg.ctx);
	return rc;
}
