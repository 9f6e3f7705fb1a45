/*
 * cg_stmt.c: statements.
 *
 * Declarations give variables their storage (cg_declare_var) where they
 * appear, so a variable declared in a loop body is fresh each iteration.
 * Assignments follow Go's two phases: the right-hand sides are evaluated
 * into values the assignment owns, then the left-hand operands, then the
 * stores from left to right (when a left-hand side contains a call, its
 * operands are evaluated first, keeping calls in source order).  Control
 * flow maps to basic blocks: loops and switches push a break/continue
 * target keyed by their node (the checker resolved labels to nodes),
 * labels get blocks on first use (goto may jump forward), fallthrough
 * jumps to the next clause's body.  Code after a terminator goes into a
 * fresh block without predecessors, which LLVM removes.
 */
#include "cg_internal.h"

#include <stdlib.h>
#include <string.h>

static bool is_blank(Node *n)
{
	n = ast_unparen(n);
	return n->kind == N_IDENT && strcmp(n->u.ident.name, "_") == 0;
}

static void push_target(Node *stmt, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont)
{
	CgFn *f = cg.f;
	if (f->ntargets == f->captargets) {
		f->captargets = f->captargets ? 2 * f->captargets : 8;
		f->targets = realloc(f->targets, sizeof *f->targets * (size_t)f->captargets);
		if (!f->targets)
			ICE("out of memory");
	}
	f->targets[f->ntargets++] = (CgTarget){stmt, brk, cont};
}

static void pop_target(void)
{
	cg.f->ntargets--;
}

static CgTarget *find_target(Node *stmt)
{
	for (int i = cg.f->ntargets - 1; i >= 0; i--)
		if (cg.f->targets[i].stmt == stmt)
			return &cg.f->targets[i];
	ICE("branch target not found");
}

static LLVMBasicBlockRef label_block(Node *labeled)
{
	CgFn *f = cg.f;
	for (int i = 0; i < f->nlabels; i++)
		if (f->labels[i].stmt == labeled)
			return f->labels[i].bb;
	if (f->nlabels == f->caplabels) {
		f->caplabels = f->caplabels ? 2 * f->caplabels : 8;
		f->labels = realloc(f->labels, sizeof *f->labels * (size_t)f->caplabels);
		if (!f->labels)
			ICE("out of memory");
	}
	LLVMBasicBlockRef bb = cg_block(labeled->u.labeled.label->u.ident.name);
	f->labels[f->nlabels++] = (CgLabel){labeled, bb};
	return bb;
}

static void br_to(LLVMBasicBlockRef bb)
{
	if (!cg_terminated())
		LLVMBuildBr(cg.b, bb);
}

/* ---- variables and assignment --------------------------------------- */

/* Declare s here and give it v (a value of type s->type), or its zero
 * value when v is NULL. */
static void define_var(Symbol *s, LLVMValueRef v)
{
	cg_declare_var(s);
	CgVar *cv = cg_var(s);
	if (v)
		cg_store(s->type, v, cg_var_addr(s));
	else if (!cv->heap)
		cg_store_zero(s->type, cg_var_addr(s));
}

void cg_assign_value(Node *lhs, Type *t, LLVMValueRef v)
{
	if (is_blank(lhs))
		return;
	LLVMValueRef addr = cg_addr(lhs);
	cg_store(lhs->type ? lhs->type : t, v, addr);
}

static bool has_call(Node *n)
{
	if (!n || n->cval)
		return false;
	switch (n->kind) {
	case N_CALL:
		return true;
	case N_PAREN:
		return has_call(n->u.paren.x);
	case N_SELECTOR:
		return has_call(n->u.sel.x);
	case N_INDEX:
		return has_call(n->u.index.x) || has_call(n->u.index.index);
	case N_STAR:
		return has_call(n->u.star.x);
	case N_UNARY:
		return has_call(n->u.unary.x);
	case N_BINARY:
		return has_call(n->u.binary.x) || has_call(n->u.binary.y);
	case N_SLICE:
		return has_call(n->u.slice.x) || has_call(n->u.slice.lo) ||
		       has_call(n->u.slice.hi) || has_call(n->u.slice.max);
	case N_COMPOSITE:
	case N_FUNCLIT:
		return true;
	default:
		return false;
	}
}

/* The values of the right-hand sides of an assignment of nl names, each
 * of type types[i]: owned copies, or the elements of a call's tuple.
 * each: gc's order of `var a, b = x, f()`, one assignment after the
 * other (the other statements hoist the calls of the whole list). */
static LLVMValueRef *rhs_values(NodeList *rhs, int nl, Type **types,
                                bool each)
{
	LLVMValueRef *vals = arena_alloc(g_arena, sizeof *vals * (size_t)(nl + 1));
	if (rhs->len == nl) {
		for (int i = 0; i < nl; i++) {
			if (each)
				cg_hoist(rhs->v[i]);
			if (!types[i]) {
				cg_expr(rhs->v[i]); /* assigned to _ */
				continue;
			}
			vals[i] = cg_expr_owned(rhs->v[i], types[i]);
		}
		return vals;
	}
	ICE_ASSERT(rhs->len == 1);
	Node *call = ast_unparen(rhs->v[0]);
	LLVMValueRef buf = NULL;
	cg_call(call, &buf);
	Type *tu = ty_under(call->type);
	for (int i = 0; i < nl; i++) {
		if (!types[i])
			continue;
		LLVMValueRef v = cg_tuple_elem(call->type, buf, i);
		Type *et = tu->results[i];
		if (ty_is_interface(types[i]) && !ty_identical(et, types[i])) {
			/* v, ok = x.(T) or f() into interface variables */
			vals[i] = cg_iface_from(NULL, v, et, types[i], NULL);
			continue;
		}
		if (cg_is_agg(et)) {
			LLVMValueRef tmp = cg_alloca(et, "tmp");
			cg_copy(et, tmp, v);
			v = tmp;
		}
		vals[i] = v;
	}
	return vals;
}

static Type *lhs_type(Node *lhs)
{
	if (is_blank(lhs))
		return NULL;
	Node *m = ast_unparen(lhs);
	if (m->kind == N_IDENT && m->u.ident.sym)
		return m->u.ident.sym->type;
	return lhs->type;
}

/* a, b := x, y  (some of a, b may already exist) */
static void define_assign(Node *n)
{
	NodeList *lhs = &n->u.assign.lhs;
	Type **types = arena_alloc(g_arena, sizeof *types * (size_t)(lhs->len + 1));
	for (int i = 0; i < lhs->len; i++)
		types[i] = lhs_type(lhs->v[i]);
	LLVMValueRef *vals = rhs_values(&n->u.assign.rhs, lhs->len, types,
	                                false);
	for (int i = 0; i < lhs->len; i++) {
		Node *id = lhs->v[i];
		if (!types[i])
			continue;
		if (id->u.ident.defines)
			define_var(id->u.ident.sym, vals[i]);
		else
			cg_store(types[i], vals[i], cg_var_addr(id->u.ident.sym));
	}
}

static void assign(Node *n)
{
	NodeList *lhs = &n->u.assign.lhs;
	int nl = lhs->len;
	Type **types = arena_alloc(g_arena, sizeof *types * (size_t)(nl + 1));
	LLVMValueRef *addrs = arena_alloc(g_arena, sizeof *addrs * (size_t)(nl + 1));
	/* The calls of both sides were hoisted (left first); what is left
	 * is gc's order: the right-hand values, then the left-hand operands
	 * with their checks, then the stores. */
	for (int i = 0; i < nl; i++)
		types[i] = lhs_type(lhs->v[i]);
	if (nl == 1 && n->u.assign.rhs.len == 1 && types[0]) {
		/* x = v: no need for an extra copy unless v reads x */
		Node *r = n->u.assign.rhs.v[0];
		LLVMValueRef v = cg_expr_owned(r, types[0]);
		cg_store(types[0], v, cg_addr(lhs->v[0]));
		return;
	}
	LLVMValueRef *vals = rhs_values(&n->u.assign.rhs, nl, types, false);
	for (int i = 0; i < nl; i++)
		if (types[i])
			addrs[i] = cg_addr(lhs->v[i]);
	for (int i = 0; i < nl; i++)
		if (types[i])
			cg_store(types[i], vals[i], addrs[i]);
}

/* gc's order: the calls of the left-hand sides, then of the right. */
static void hoist_assign(Node *n)
{
	NodeList *lhs = &n->u.assign.lhs;
	if (n->u.assign.tok != TOK_DEFINE)
		for (int i = 0; i < lhs->len; i++)
			cg_hoist(lhs->v[i]);
	cg_hoist_list(&n->u.assign.rhs);
}

static void op_assign(Node *n)
{
	Node *l = n->u.assign.lhs.v[0];
	Type *t = l->type;
	LLVMValueRef addr;
	LLVMValueRef y;
	if (n->kind == N_INCDEC) {
		addr = cg_addr(l);
		Type *u = ty_under(t);
		y = ty_is_float(u) ? LLVMConstReal(cg_type(u), 1.0)
		                   : LLVMConstInt(cg_type(u), 1, false);
		LLVMValueRef cur = cg_load(t, addr, "");
		Op op = n->u.assign.tok == TOK_INC ? OP_ADD : OP_SUB;
		cg_store(t, cg_binop(n, op, t, cur, y, t, NULL), addr);
		return;
	}
	/* gc: x op= f() runs f (and the calls of x, hoisted before it)
	 * before x's checks and its load */
	Node *r = n->u.assign.rhs.v[0];
	y = cg_expr(r);
	addr = cg_addr(l);
	LLVMValueRef cur = cg_load(t, addr, "");
	cg_store(t, cg_binop(n, n->u.assign.op, t, cur, y, r->type, r), addr);
}

static void var_decl(Node *spec)
{
	NodeList *names = &spec->u.vspec.names;
	int nl = names->len;
	if (spec->u.vspec.values.len == 0) {
		for (int i = 0; i < nl; i++)
			if (!is_blank(names->v[i]))
				define_var(names->v[i]->u.ident.sym, NULL);
		return;
	}
	Type **types = arena_alloc(g_arena, sizeof *types * (size_t)(nl + 1));
	for (int i = 0; i < nl; i++)
		types[i] = lhs_type(names->v[i]);
	NodeList *values = &spec->u.vspec.values;
	if (values->len != nl)
		cg_hoist_list(values);
	LLVMValueRef *vals = rhs_values(values, nl, types, true);
	for (int i = 0; i < nl; i++)
		if (types[i])
			define_var(names->v[i]->u.ident.sym, vals[i]);
}

/* ---- return --------------------------------------------------------- */

static void ret(Node *n)
{
	Func *fn = n->u.ret.fn ? n->u.ret.fn : cg.f->fn;
	if (!fn) { /* goesc_main never returns early */
		LLVMBuildRetVoid(cg.b);
		return;
	}
	Type *ft = ty_under(fn->type);
	int nr = ft->nresults;
	if (nr == 0) {
		LLVMBuildRetVoid(cg.b);
		return;
	}
	LLVMValueRef *vals;
	NodeList *res = &n->u.ret.results;
	cg_hoist_list(res);
	if (res->len == 0) {
		vals = arena_alloc(g_arena, sizeof *vals * (size_t)nr);
		for (int i = 0; i < nr; i++) {
			Symbol *s = fn->results.v[i];
			vals[i] = cg_load(s->type, cg_var_addr(s), s->name);
		}
	} else if (nr == 1 && !cg.f->resbuf) {
		LLVMBuildRet(cg.b, cg_fix_value(cg_expr(res->v[0]), ft->results[0]));
		return;
	} else {
		vals = rhs_values(res, nr, ft->results, false);
	}
	if (cg.f->resbuf) {
		for (int i = 0; i < nr; i++) {
			LLVMValueRef p = LLVMBuildStructGEP2(cg.b, cg.f->restype,
			                                     cg.f->resbuf, (unsigned)i, "");
			cg_store(ft->results[i], vals[i], p);
		}
		LLVMBuildRetVoid(cg.b);
		return;
	}
	LLVMBuildRet(cg.b, vals[0]);
}

/* ---- control flow --------------------------------------------------- */

static void if_stmt(Node *n)
{
	if (n->u.ifs.init)
		cg_stmt(n->u.ifs.init);
	LLVMValueRef c = cg_cond(n->u.ifs.cond);
	LLVMBasicBlockRef then = cg_block("if.then");
	LLVMBasicBlockRef els = n->u.ifs.els ? cg_block("if.else") : NULL;
	LLVMBasicBlockRef done = cg_block("if.done");
	LLVMBuildCondBr(cg.b, c, then, els ? els : done);
	LLVMPositionBuilderAtEnd(cg.b, then);
	cg_stmt(n->u.ifs.then);
	br_to(done);
	if (els) {
		LLVMPositionBuilderAtEnd(cg.b, els);
		cg_stmt(n->u.ifs.els);
		br_to(done);
	}
	LLVMPositionBuilderAtEnd(cg.b, done);
}

static void for_stmt(Node *n)
{
	if (n->u.fors.init)
		cg_stmt(n->u.fors.init);
	LLVMBasicBlockRef cond = cg_block("for.cond");
	LLVMBasicBlockRef body = cg_block("for.body");
	LLVMBasicBlockRef post = cg_block("for.post");
	LLVMBasicBlockRef done = cg_block("for.done");
	LLVMBuildBr(cg.b, cond);
	LLVMPositionBuilderAtEnd(cg.b, cond);
	if (n->u.fors.cond)
		LLVMBuildCondBr(cg.b, cg_cond(n->u.fors.cond), body, done);
	else
		LLVMBuildBr(cg.b, body);
	LLVMPositionBuilderAtEnd(cg.b, body);
	push_target(n, done, post);
	cg_stmt(n->u.fors.body);
	pop_target();
	br_to(post);
	LLVMPositionBuilderAtEnd(cg.b, post);
	if (n->u.fors.post)
		cg_stmt(n->u.fors.post);
	br_to(cond);
	LLVMPositionBuilderAtEnd(cg.b, done);
}

/* key/value of a range clause: a variable declared once before the loop
 * (:=, as go1.19 does) or any assignable expression (=). */
static void range_set(Node *n, Node *lhs, Type *t, LLVMValueRef v)
{
	if (!lhs || is_blank(lhs))
		return;
	if (n->u.range.define) {
		Symbol *s = ast_unparen(lhs)->u.ident.sym;
		cg_store(s->type, v, cg_var_addr(s));
		return;
	}
	cg_assign_value(lhs, t, v);
}

static void range_stmt(Node *n)
{
	Node *x = n->u.range.x, *key = n->u.range.key, *val = n->u.range.value;
	Type *xt = ty_under(x->type);
	bool want_val = val && !is_blank(val);
	LLVMValueRef base = NULL, len;
	Type *et = NULL;
	bool is_string = false;
	cg_hoist(x);
	switch (xt->kind) {
	case TY_SLICE: {
		LLVMValueRef s = cg_expr(x);
		base = LLVMBuildExtractValue(cg.b, s, 0, "range.ptr");
		len = LLVMBuildExtractValue(cg.b, s, 1, "range.len");
		et = xt->elem;
		break;
	}
	case TY_ARRAY:
		if (want_val)
			base = cg_expr_owned(x, x->type); /* range over a copy */
		else if (has_call(x))
			cg_expr(x);
		len = cg_i64(xt->len);
		et = xt->elem;
		break;
	case TY_POINTER:
		base = cg_expr(x);
		len = cg_i64(ty_under(xt->elem)->len);
		et = ty_under(xt->elem)->elem;
		break;
	case TY_STRING:
	case TY_UNTYPED_STRING: {
		LLVMValueRef s = cg_expr(x);
		base = LLVMBuildExtractValue(cg.b, s, 0, "range.ptr");
		len = LLVMBuildExtractValue(cg.b, s, 1, "range.len");
		is_string = true;
		et = ty_basic[TY_INT32];
		break;
	}
	default:
		cg_unsupported(n, "range over this type");
		return;
	}
	if (n->u.range.define) {
		if (key && !is_blank(key))
			define_var(ast_unparen(key)->u.ident.sym, NULL);
		if (want_val)
			define_var(ast_unparen(val)->u.ident.sym, NULL);
	}
	LLVMValueRef iv = cg_alloca_ll(cg.t_i64, 8, "range.i");
	LLVMValueRef nextv = is_string ? cg_alloca_ll(cg.t_i64, 8, "range.next") : NULL;
	LLVMBuildStore(cg.b, cg_i64(0), iv);
	LLVMBasicBlockRef head = cg_block("range.head");
	LLVMBasicBlockRef body = cg_block("range.body");
	LLVMBasicBlockRef cont = cg_block("range.next");
	LLVMBasicBlockRef done = cg_block("range.done");
	LLVMBuildBr(cg.b, head);
	LLVMPositionBuilderAtEnd(cg.b, head);
	LLVMValueRef i = LLVMBuildLoad2(cg.b, cg.t_i64, iv, "i");
	LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntSLT, i, len, ""), body, done);
	LLVMPositionBuilderAtEnd(cg.b, body);
	Type *int_t = ty_basic[TY_INT];
	if (is_string) {
		/* ASCII inline, everything else through rt_decoderune */
		LLVMValueRef p = LLVMBuildGEP2(cg.b, cg.t_i8, base, &i, 1, "");
		LLVMValueRef b0 = LLVMBuildLoad2(cg.b, cg.t_i8, p, "");
		LLVMValueRef ascii = LLVMBuildICmp(cg.b, LLVMIntULT, b0,
		                                   LLVMConstInt(cg.t_i8, 0x80, false), "");
		LLVMValueRef r0 = LLVMBuildZExt(cg.b, b0, cg.t_i32, "");
		LLVMValueRef n0 = LLVMBuildAdd(cg.b, i, cg_i64(1), "");
		LLVMBasicBlockRef fast = LLVMGetInsertBlock(cg.b);
		LLVMBasicBlockRef slow = cg_block("range.decode");
		LLVMBasicBlockRef join = cg_block("range.rune");
		LLVMBuildCondBr(cg.b, ascii, join, slow);
		LLVMPositionBuilderAtEnd(cg.b, slow);
		LLVMValueRef rslot = cg_alloca_ll(cg.t_i32, 4, "rune");
		LLVMValueRef args[4] = {base, len, i, rslot};
		LLVMValueRef nx = cg_call_rt("rt_decoderune", args, 4, "");
		LLVMValueRef rr = LLVMBuildLoad2(cg.b, cg.t_i32, rslot, "");
		LLVMBuildBr(cg.b, join);
		LLVMPositionBuilderAtEnd(cg.b, join);
		LLVMValueRef rune = LLVMBuildPhi(cg.b, cg.t_i32, "r");
		LLVMValueRef next = LLVMBuildPhi(cg.b, cg.t_i64, "");
		LLVMBasicBlockRef bbs[2] = {fast, slow};
		LLVMValueRef rv[2] = {r0, rr};
		LLVMValueRef nv[2] = {n0, nx};
		LLVMAddIncoming(rune, rv, bbs, 2);
		LLVMAddIncoming(next, nv, bbs, 2);
		LLVMBuildStore(cg.b, next, nextv);
		range_set(n, key, int_t, i);
		if (want_val)
			range_set(n, val, et, rune);
	} else {
		range_set(n, key, int_t, i);
		if (want_val) {
			LLVMValueRef off = LLVMBuildMul(cg.b, i, cg_i64(cg_size(et)), "");
			if (xt->kind == TY_POINTER)
				cg_nilcheck_at(base, off);
			LLVMValueRef ep = LLVMBuildGEP2(cg.b, cg.t_i8, base, &off, 1, "");
			range_set(n, val, et, cg_load(et, ep, ""));
		}
	}
	push_target(n, done, cont);
	cg_stmt(n->u.range.body);
	pop_target();
	br_to(cont);
	LLVMPositionBuilderAtEnd(cg.b, cont);
	LLVMValueRef ci = LLVMBuildLoad2(cg.b, cg.t_i64, iv, "");
	LLVMValueRef ni = is_string ? LLVMBuildLoad2(cg.b, cg.t_i64, nextv, "")
	                            : LLVMBuildAdd(cg.b, ci, cg_i64(1), "");
	LLVMBuildStore(cg.b, ni, iv);
	LLVMBuildBr(cg.b, head);
	LLVMPositionBuilderAtEnd(cg.b, done);
}

/* switch [v :=] x.(type): the dynamic type is compared with each case's
 * type in source order; the first match runs its clause with v bound to
 * the value as that type (a single type) or as x's type. */
static void typeswitch_stmt(Node *n)
{
	if (n->u.sw.init)
		cg_stmt(n->u.sw.init);
	Node *x = n->u.sw.tag->u.assert.x;
	Type *it = x->type;
	cg_hoist(x);
	LLVMValueRef iv = cg_expr(x);
	LLVMValueRef dt = cg_iface_dyntype(it, iv);
	NodeList *cl = &n->u.sw.clauses;
	LLVMBasicBlockRef *bodies = arena_alloc(g_arena, sizeof *bodies * (size_t)(cl->len + 1));
	LLVMBasicBlockRef done = cg_block("tswitch.done");
	LLVMBasicBlockRef dflt = done;
	for (int i = 0; i < cl->len; i++) {
		bodies[i] = cg_block(cl->v[i]->u.cc.is_default ? "tswitch.default" : "tswitch.case");
		if (cl->v[i]->u.cc.is_default)
			dflt = bodies[i];
	}
	for (int i = 0; i < cl->len; i++) {
		NodeList *ex = &cl->v[i]->u.cc.exprs;
		for (int j = 0; j < ex->len; j++) {
			Node *e = ex->v[j];
			Type *T = e->is_type ? e->type : NULL; /* NULL: the nil case */
			LLVMValueRef c = cg_type_matches(dt, T);
			LLVMBasicBlockRef next = cg_block("tswitch.next");
			LLVMBuildCondBr(cg.b, c, bodies[i], next);
			LLVMPositionBuilderAtEnd(cg.b, next);
		}
	}
	LLVMBuildBr(cg.b, dflt);
	push_target(n, done, NULL);
	for (int i = 0; i < cl->len; i++) {
		Node *cc = cl->v[i];
		LLVMPositionBuilderAtEnd(cg.b, bodies[i]);
		Symbol *v = cc->u.cc.bound;
		if (v) {
			cg_declare_var(v);
			LLVMValueRef val;
			if (ty_is_interface(v->type))
				val = cg_iface_from(NULL, iv, it, v->type, NULL);
			else
				val = cg_iface_unbox(iv, v->type);
			cg_store(v->type, val, cg_var_addr(v));
		}
		cg_stmts(&cc->u.cc.body);
		br_to(done);
	}
	pop_target();
	LLVMPositionBuilderAtEnd(cg.b, done);
}

static void switch_stmt(Node *n)
{
	if (ast_is_typeswitch(n)) {
		typeswitch_stmt(n);
		return;
	}
	if (n->u.sw.init)
		cg_stmt(n->u.sw.init);
	Node *tag = n->u.sw.tag;
	Type *tt = NULL;
	LLVMValueRef tv = NULL;
	if (tag) {
		tt = tag->type;
		if (ty_is_untyped(tt))
			tt = ty_default(tt);
		cg_hoist(tag);
		tv = cg_expr_owned(tag, tt);
	}
	NodeList *cl = &n->u.sw.clauses;
	LLVMBasicBlockRef *bodies = arena_alloc(g_arena, sizeof *bodies * (size_t)(cl->len + 1));
	LLVMBasicBlockRef done = cg_block("switch.done");
	LLVMBasicBlockRef dflt = done;
	for (int i = 0; i < cl->len; i++) {
		bodies[i] = cg_block(cl->v[i]->u.cc.is_default ? "switch.default"
		                                               : "switch.case");
		if (cl->v[i]->u.cc.is_default)
			dflt = bodies[i];
	}
	bodies[cl->len] = done;
	for (int i = 0; i < cl->len; i++) {
		NodeList *ex = &cl->v[i]->u.cc.exprs;
		for (int j = 0; j < ex->len; j++) {
			LLVMValueRef c;
			if (tag) {
				Node *e = ex->v[j];
				Type *et = ty_is_untyped(e->type) ? ty_default(e->type) : e->type;
				cg_hoist(e);
				if (ty_is_interface(tt) != ty_is_interface(et) &&
				    et->kind != TY_UNTYPED_NIL) {
					/* an interface against a concrete value */
					LLVMValueRef ev = cg_expr(e);
					c = ty_is_interface(tt) ? cg_iface_equal_value(tt, tv, et, ev)
					                        : cg_iface_equal_value(et, ev, tt, tv);
				} else {
					c = cg_equal(tt, tv, cg_fix_value(cg_expr(e), tt));
				}
			} else {
				c = cg_cond(ex->v[j]);
			}
			LLVMBasicBlockRef next = cg_block("switch.next");
			LLVMBuildCondBr(cg.b, c, bodies[i], next);
			LLVMPositionBuilderAtEnd(cg.b, next);
		}
	}
	LLVMBuildBr(cg.b, dflt);
	LLVMBasicBlockRef saved = cg.f->fallthrough;
	push_target(n, done, NULL);
	for (int i = 0; i < cl->len; i++) {
		LLVMPositionBuilderAtEnd(cg.b, bodies[i]);
		cg.f->fallthrough = bodies[i + 1];
		cg_stmts(&cl->v[i]->u.cc.body);
		br_to(done);
	}
	pop_target();
	cg.f->fallthrough = saved;
	LLVMPositionBuilderAtEnd(cg.b, done);
}

static void branch(Node *n)
{
	switch (n->u.branch.tok) {
	case TOK_BREAK:
		LLVMBuildBr(cg.b, find_target(n->u.branch.target)->brk);
		break;
	case TOK_CONTINUE:
		LLVMBuildBr(cg.b, find_target(n->u.branch.target)->cont);
		break;
	case TOK_GOTO:
		LLVMBuildBr(cg.b, label_block(n->u.branch.target));
		break;
	case TOK_FALLTHROUGH:
		ICE_ASSERT(cg.f->fallthrough != NULL);
		LLVMBuildBr(cg.b, cg.f->fallthrough);
		break;
	default:
		ICE("branch kind %d", (int)n->u.branch.tok);
	}
}

void cg_stmts(NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		cg_stmt(l->v[i]);
}

void cg_stmt(Node *n)
{
	if (!n)
		return;
	if (cg_terminated() && n->kind != N_LABELED)
		cg_new_block("unreachable");
	cg_hoist_reset();
	switch (n->kind) {
	case N_EMPTY:
		break;
	case N_BLOCK:
		cg_stmts(&n->u.block.stmts);
		break;
	case N_EXPRSTMT:
		cg_hoist(n->u.exprstmt.x);
		cg_expr(n->u.exprstmt.x);
		break;
	case N_DECLSTMT: {
		Node *d = n->u.declstmt.decl;
		if (d->kind == N_GENDECL && d->u.gendecl.tok == TOK_VAR)
			for (int i = 0; i < d->u.gendecl.specs.len; i++)
				var_decl(d->u.gendecl.specs.v[i]);
		break;
	}
	case N_ASSIGN:
		hoist_assign(n);
		if (n->u.assign.tok == TOK_DEFINE)
			define_assign(n);
		else if (n->u.assign.tok == TOK_OPASSIGN)
			op_assign(n);
		else
			assign(n);
		break;
	case N_INCDEC:
		hoist_assign(n);
		op_assign(n);
		break;
	case N_RETURN:
		ret(n);
		break;
	case N_BRANCH:
		branch(n);
		break;
	case N_LABELED: {
		LLVMBasicBlockRef bb = label_block(n);
		br_to(bb);
		LLVMPositionBuilderAtEnd(cg.b, bb);
		cg_stmt(n->u.labeled.stmt);
		break;
	}
	case N_IF:
		if_stmt(n);
		break;
	case N_FOR:
		for_stmt(n);
		break;
	case N_RANGE:
		range_stmt(n);
		break;
	case N_SWITCH:
		switch_stmt(n);
		break;
	default:
		cg_unsupported(n, node_kind_names[n->kind]);
		break;
	}
}
