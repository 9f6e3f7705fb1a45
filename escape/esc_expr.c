/*
 * esc_expr.c: building the escape graph from expressions and calls.
 * esc_expr(e, k, n) evaluates n into the hole k: it adds the flows n's
 * value makes into k (with & and * shifting the dereference count),
 * creates locations for the allocations n performs, and discards the
 * parts of n whose values go nowhere.  Calls use the callee's parameter
 * tags, or flow arguments straight into the parameters when the callee
 * is in the same batch, or to the heap when the callee is unknown.
 */
#include "esc_internal.h"

#include <string.h>

static bool has_ptrs(Type *t)
{
	return t && ty_has_pointers(t);
}

static bool is_string(Type *t)
{
	Type *u = t ? ty_under(t) : NULL;
	return u && (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING);
}

static Type *under(Type *t)
{
	return t ? ty_under(t) : NULL;
}

/* The variable a plain identifier names (NULL for anything else). */
static Symbol *ident_var(Node *n)
{
	n = ast_unparen(n);
	if (n->kind != N_IDENT || !n->u.ident.sym)
		return NULL;
	Symbol *s = n->u.ident.sym;
	return s->kind == SYM_VAR ? s : NULL;
}

void esc_discard_expr(EscState *e, Node *n)
{
	esc_expr(e, esc_discard(e), n);
}

/* Evaluate x.path[0].path[1]... into k (embedded fields crossed by a
 * promoted selector), checking each intermediate value for pointers. */
static void eval_path(EscState *e, EscHole k, Node *sel, Node *x, const SelStep *path,
                      int npath)
{
	if (npath == 0) {
		esc_expr(e, k, x);
		return;
	}
	Type **ts = arena_alloc(esc_arena, (size_t)(npath + 1) * sizeof *ts);
	ts[0] = x->type;
	for (int i = 0; i < npath; i++) {
		Type *t = ts[i];
		if (path[i].deref && under(t) && under(t)->kind == TY_POINTER)
			t = under(t)->elem;
		Type *st = under(t);
		ts[i + 1] = (st && st->kind == TY_STRUCT && path[i].field < st->nfields)
		                    ? st->fields[path[i].field].type
		                    : NULL;
	}
	for (int i = npath - 1; i >= 0; i--) {
		if (k.derefs >= 0 && ts[i + 1] && !has_ptrs(ts[i + 1]))
			k.dst = &e->b->blank;
		if (path[i].deref)
			k = esc_deref(k);
		if (e->b->explain)
			k = esc_note_text(e, k, esc_selpath_string(sel, i + 1), sel->pos,
			                  path[i].deref ? "dot of pointer" : "dot");
	}
	esc_expr(e, k, x);
}

/* Evaluate the receiver of a method selector into k. */
static void eval_receiver(EscState *e, EscHole k, Node *sel)
{
	if (sel->u.sel.adjust == RECV_ADDR) {
		k = esc_addr(k);
	} else if (sel->u.sel.adjust == RECV_DEREF) {
		/* the value *x holds no pointers: nothing flows (gc checks the
		 * implicit * node's type) */
		Symbol *m = sel->u.sel.method;
		Type *rt = m && m->func && m->func->recv ? m->func->recv->type : NULL;
		if (k.derefs >= 0 && rt && !has_ptrs(rt))
			k.dst = &e->b->blank;
		k = esc_deref(k);
	}
	/* gc's implicit & and * print as their operand */
	if (sel->u.sel.adjust != RECV_SAME && e->b->explain)
		k = esc_note_text(e, k, esc_selpath_string(sel, sel->u.sel.npath), sel->pos,
		                  sel->u.sel.adjust == RECV_ADDR ? "address-of" : "indirection");
	eval_path(e, k, sel, sel->u.sel.x, sel->u.sel.path, sel->u.sel.npath);
}

/* ---- parameter tags ---------------------------------------------------- */

int esc_leak_get(const uint8_t *leaks, int i)
{
	return (int)leaks[i] - 1;
}

/* The hole an argument for parameter p of callee fn flows into; ks are
 * the holes of the call's results (NULL for a call statement). */
static EscHole tag_hole(EscState *e, EscHole *ks, int nks, Func *fn, Symbol *p)
{
	if (!fn)
		return esc_heap_hole(e);
	EscFunc *ef = esc_func(fn);
	if (ef->state == FN_UNKNOWN)
		return esc_heap_hole(e);
	EscLoc *pl = esc_sym_loc(p);
	if (ef->state == FN_PLANNED)
		return pl ? esc_hole(pl) : esc_discard(e);
	if (!pl)
		return esc_discard(e);
	EscHole tk[ESC_NTAG];
	int n = 0;
	int x = esc_leak_get(pl->leaks, 0);
	if (x >= 0)
		tk[n++] = esc_shift(esc_heap_hole(e), x);
	if (ks) {
		for (int i = 0; i < ESC_NRESULTS && i < nks; i++) {
			x = esc_leak_get(pl->leaks, 1 + i);
			if (x >= 0)
				tk[n++] = esc_shift(ks[i], x);
		}
	}
	return esc_tee(e, tk, n);
}

/* ---- static callees ------------------------------------------------------ */

/* Follow a function value to what it statically is, as gc's StaticValue
 * does: local variables defined once and never reassigned nor
 * address-taken are replaced by their definition. */
static Node *static_value(Node *n)
{
	for (int guard = 0; guard < 1000; guard++) {
		n = ast_unparen(n);
		Symbol *s = ident_var(n);
		if (!s || s->global || s->param || s->result)
			return n;
		EscLoc *l = esc_sym_loc(s);
		if (!l || !l->static_rhs || l->static_bad)
			return n;
		n = l->static_rhs;
	}
	return n;
}

Func *esc_static_callee(Node *fun, bool *method_expr)
{
	*method_expr = false;
	Node *v = static_value(fun);
	switch (v->kind) {
	case N_FUNCLIT:
		return v->u.funclit.fn;
	case N_IDENT:
		if (v->u.ident.sym && v->u.ident.sym->kind == SYM_FUNC)
			return v->u.ident.sym->func;
		return NULL;
	case N_SELECTOR:
		if (v->u.sel.kind == SEL_METHODEXPR && v->u.sel.method) {
			*method_expr = true;
			return v->u.sel.method->func;
		}
		return NULL;
	default:
		return NULL;
	}
}

/* ---- calls ------------------------------------------------------------- */

/* panic's argument is converted to interface{}: a value that is not
 * pointer-shaped is boxed in a new allocation. */
static bool direct_iface(Type *t)
{
	Type *u = under(t);
	if (!u)
		return false;
	switch (u->kind) {
	case TY_POINTER:
	case TY_FUNC:
	case TY_MAP:
	case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return u->len == 1 && direct_iface(u->elem);
	case TY_STRUCT:
		return u->nfields == 1 && direct_iface(u->fields[0].type);
	default:
		return false;
	}
}

/* Where go1.19 puts panic's implicit conversion: its irgen sets base.Pos
 * to each non-constant expression it converts, the node before its
 * operands, left to right (a call's function excepted), and the
 * conversion made afterwards takes the last one; pos is where it starts. */
Pos esc_irgen_last_pos(const Node *n, Pos pos)
{
	n = n ? ast_unparen((Node *)n) : NULL;
	if (n && n->kind == N_CONVIFACE) /* made after its operand */
		return esc_irgen_last_pos(n->u.conv.x, pos);
	if (n && n->kind == N_IDENT && strcmp(n->u.ident.name, "_") == 0)
		return pos; /* the blank is no expression */
	if (!n || n->cval || n->is_type)
		return pos;
	pos = n->pos;
	switch (n->kind) {
	case N_CALL:
		/* a real call is rebuilt at its '(' once its arguments are done */
		if (n->u.call.kind != CALL_BUILTIN && n->u.call.kind != CALL_CONV)
			return pos;
		for (int i = 0; i < n->u.call.args.len; i++)
			pos = esc_irgen_last_pos(n->u.call.args.v[i], pos);
		return pos;
	case N_SELECTOR:
		return esc_irgen_last_pos(n->u.sel.x, pos);
	case N_INDEX:
		pos = esc_irgen_last_pos(n->u.index.x, pos);
		return esc_irgen_last_pos(n->u.index.index, pos);
	case N_SLICE:
		pos = esc_irgen_last_pos(n->u.slice.x, pos);
		pos = esc_irgen_last_pos(n->u.slice.lo, pos);
		pos = esc_irgen_last_pos(n->u.slice.hi, pos);
		return esc_irgen_last_pos(n->u.slice.max, pos);
	case N_STAR:
		return esc_irgen_last_pos(n->u.star.x, pos);
	case N_TYPEASSERT:
		return esc_irgen_last_pos(n->u.assert.x, pos);
	case N_UNARY:
		return esc_irgen_last_pos(n->u.unary.x, pos);
	case N_BINARY:
		pos = esc_irgen_last_pos(n->u.binary.x, pos);
		return esc_irgen_last_pos(n->u.binary.y, pos);
	case N_COMPOSITE:
		for (int i = 0; i < n->u.composite.elts.len; i++) {
			const Node *el = n->u.composite.elts.v[i];
			if (el->kind == N_KEYVALUE)
				el = el->u.kv.value;
			pos = esc_irgen_last_pos(el, pos);
		}
		return pos;
	default:
		return pos;
	}
}

bool esc_direct_iface(Type *t)
{
	return direct_iface(t);
}

/* An interface conversion of x (gc's OCONVIFACE), the node `site`: a
 * value that is neither an interface nor pointer-shaped is boxed in a
 * new allocation, named `text` at pos; constants too (gc reports "1
 * does not escape").  nil needs no conversion. */
static void iface_conv(EscState *e, EscHole k, const Node *site, Node *a, Pos pos,
                       const char *text)
{
	Node *x = ast_unparen(a);
	if (x->kind == N_IDENT && x->u.ident.sym && x->u.ident.sym->kind == SYM_NIL)
		return;
	if (x->type && (under(x->type)->kind == TY_INTERFACE ||
	                (!x->cval && direct_iface(x->type)))) {
		esc_expr(e, esc_note_text(e, k, text, pos, "interface-converted"), a);
		return;
	}
	EscHole sk = esc_spill(e, k, site, pos, text, ALLOC_OTHER);
	esc_expr(e, esc_note_text(e, sk, text, pos, "interface-converted"), a);
}

/* panic's argument, converted where irgen was once it was evaluated */
static void iface_arg(EscState *e, EscHole k, Node *call, Node *a)
{
	Node *x = ast_unparen(a);
	Pos pos = x->cval ? call->pos : ast_start_pos(x);
	if (call->kind == N_CALL && call->u.call.kind == CALL_BUILTIN)
		pos = esc_irgen_last_pos(x, call->pos);
	iface_conv(e, k, a, a, pos, esc_expr_string(x));
}

/* Whether gc's irgen moves its position to operand x when it converts
 * it (ir.SetPos): every node but names of variables and functions,
 * which have no position of their own. */
static bool own_pos(const Node *x)
{
	x = ast_unparen((Node *)x);
	if (x->kind == N_CONVIFACE)
		x = ast_unparen(x->u.conv.x);
	if (x->kind != N_IDENT || x->cval)
		return true;
	Symbol *s = x->u.ident.sym;
	return !s || (s->kind != SYM_VAR && s->kind != SYM_FUNC);
}

void esc_conv_positions(Node **xs, int n, Pos pos, bool per_arg)
{
	for (int i = 0; i < n; i++) {
		Node *x = xs[i];
		if (!x)
			continue;
		if (per_arg && own_pos(x)) {
			Node *u = ast_unparen(x);
			pos = u->kind == N_CONVIFACE ? ast_unparen(u->u.conv.x)->pos : u->pos;
		}
		if (x->kind == N_CONVIFACE)
			esc_conv_pos_set(x, pos);
	}
}

/* gc's dotType: the value of x.(T) is x's data word itself when T is an
 * interface or pointer-shaped, else what that word points to. */
EscHole esc_dot_type(EscState *e, EscHole k, Type *t, const char *where, Pos pos,
                     const char *why)
{
	if (t && under(t)->kind != TY_INTERFACE && !direct_iface(t))
		k = esc_shift(k, 1);
	return esc_note_text(e, k, where, pos, why);
}

static void call_builtin(EscState *e, EscHole *ks, int nks, Node *call)
{
	NodeList *args = &call->u.call.args;
	EscHole k0 = (ks && nks) ? ks[0] : esc_discard(e);
	switch (call->u.call.builtin) {
	case BI_APPEND: {
		if (!args->len)
			return;
		Node *s = args->v[0];
		Type *st = under(s->type);
		EscHole ak = k0;
		if (st && st->kind == TY_SLICE && has_ptrs(st->elem)) {
			EscHole two[2] = {
				k0, esc_note(e, esc_deref(esc_heap_hole(e)), call, "appendee slice")};
			ak = esc_tee(e, two, 2);
		}
		esc_expr(e, esc_note(e, ak, call, "call parameter"), s);
		if (call->u.call.dots) {
			if (args->len > 1) {
				Type *t = under(args->v[1]->type);
				EscHole dk = esc_discard(e);
				if (t && t->kind == TY_SLICE && has_ptrs(t->elem))
					dk = esc_note(e, esc_deref(esc_heap_hole(e)), call,
					              "appended slice...");
				esc_expr(e, esc_note(e, dk, call, "call parameter"), args->v[1]);
			}
		} else {
			esc_conv_positions(args->v + 1, args->len - 1,
			                   esc_irgen_last_pos(call, call->pos), false);
			for (int i = 1; i < args->len; i++)
				esc_expr(e, esc_note(e, esc_heap_hole(e), call, "call parameter"),
				         args->v[i]);
		}
		return;
	}
	case BI_COPY:
		if (args->len < 2)
			return;
		esc_discard_expr(e, args->v[0]);
		{
			Type *t = under(args->v[1]->type);
			EscHole ck = esc_discard(e);
			if (t && t->kind == TY_SLICE && has_ptrs(t->elem))
				ck = esc_note(e, esc_deref(esc_heap_hole(e)), call, "copied slice");
			esc_expr(e, esc_note(e, ck, call, "call parameter"), args->v[1]);
		}
		return;
	case BI_PANIC:
		if (args->len)
			iface_arg(e, esc_note(e, esc_heap_hole(e), call, "call parameter"), call,
			          args->v[0]);
		return;
	default:
		for (int i = 0; i < args->len; i++)
			esc_discard_expr(e, args->v[i]);
		return;
	}
}

void esc_call(EscState *e, EscHole *ks, int nks, Node *call)
{
	if (call->u.call.kind == CALL_BUILTIN) {
		call_builtin(e, ks, nks, call);
		return;
	}
	if (call->u.call.kind == CALL_CONV) {
		if (call->u.call.args.len)
			esc_expr(e, (ks && nks) ? ks[0] : esc_discard(e), call);
		return;
	}
	Node *fun = ast_unparen(call->u.call.fun);
	Func *fn = NULL;
	bool mexpr = false;
	Node *recv_sel = NULL;
	Node *dv = esc_devirt_sel(call);
	if (dv)
		fun = dv; /* i.(T).M(...) */
	if ((call->u.call.kind == CALL_METHOD || call->u.call.kind == CALL_IFACE) &&
	    fun->kind == N_SELECTOR) {
		/* i.M(...): no callee known, every argument goes to the heap */
		recv_sel = fun;
		fn = fun->u.sel.method ? fun->u.sel.method->func : NULL;
	} else {
		if (fun->kind == N_FUNCLIT && fun->u.funclit.fn)
			esc_func(fun->u.funclit.fn)->closure_called = true;
		fn = esc_static_callee(fun, &mexpr);
	}
	Type *ft = fn ? fn->type : under(fun->type);

	/* callee in this batch: its results flow straight into ours */
	if (ks && fn && esc_func(fn)->state == FN_PLANNED) {
		for (int i = 0; i < fn->results.len && i < nks; i++) {
			Symbol *r = fn->results.v[i];
			EscLoc *rl = esc_sym_loc(r);
			EscHole k = ks[i];
			if (k.derefs >= 0 && !has_ptrs(r->type))
				continue;
			if (rl)
				esc_flow(e, k, rl);
		}
	}

	if (!recv_sel) {
		/* gc calls the result of a call through a temporary */
		if (e->b->explain && fun->kind == N_CALL && fun->u.call.kind != CALL_CONV)
			esc_set_alias(call, esc_autotmp_name(e, call->pos));
		esc_discard_expr(e, call->u.call.fun);
	}

	NodeList *args = &call->u.call.args;
	int ai = 0;
	/* irgen converts the arguments from the call's '(' on */
	esc_conv_positions(args->v, args->len, call->pos, true);
	if (recv_sel) {
		EscHole rk = fn ? tag_hole(e, ks, nks, fn, fn->recv) : esc_heap_hole(e);
		Node *rx = ast_unparen(recv_sel->u.sel.x);
		rk = esc_note(e, rk, call, "call parameter");
		if (e->b->explain && rx->kind == N_CALL && rx->u.call.kind != CALL_CONV &&
		    rx->u.call.kind != CALL_BUILTIN) {
			/* gc: .autotmp_N := recv; T.M(.autotmp_N, ...) */
			EscLoc *tmp = esc_new_loc(e, LOC_TEMP);
			tmp->tmpname = esc_autotmp_name(e, call->pos);
			const char *as =
			        arena_sprintf(esc_arena, "%s := %s", tmp->tmpname,
			                      esc_selpath_string(recv_sel, recv_sel->u.sel.npath));
			eval_receiver(e, esc_note_text(e, esc_hole(tmp), as, call->pos, "assign"),
			              recv_sel);
			esc_set_value_alias(recv_sel, tmp->tmpname);
			Type *rt = fn && fn->recv ? fn->recv->type : NULL;
			if (rk.derefs < 0 || !rt || has_ptrs(rt))
				esc_flow(e, rk, tmp);
		} else {
			eval_receiver(e, rk, recv_sel);
		}
	} else if (mexpr && fn && fn->recv && !call->u.call.spread) {
		if (args->len)
			esc_expr(e, esc_note(e, tag_hole(e, ks, nks, fn, fn->recv), call,
			                     "call parameter"),
			         args->v[0]);
		ai = 1;
	}
	/* T.M(g()): g's first result is the receiver */
	int shift = mexpr && fn && fn->recv && call->u.call.spread ? 1 : 0;

	if (call->u.call.spread) {
		/* f(g()): g's results go through temporaries */
		Node *g = args->v[ai];
		int nres = (g->type && g->type->kind == TY_TUPLE) ? g->type->nresults : 1;
		EscHole *tks = arena_alloc(esc_arena, (size_t)(nres + 1) * sizeof *tks);
		EscLoc **tmps = arena_alloc(esc_arena, (size_t)(nres + 1) * sizeof *tmps);
		for (int i = 0; i < nres; i++) {
			tmps[i] = esc_new_loc(e, LOC_TEMP);
			tks[i] = esc_hole(tmps[i]);
			if (e->b->explain)
				tmps[i]->tmpname = esc_autotmp_name(e, call->pos);
		}
		esc_call(e, tks, nres, g);
		int np = ft ? ft->nparams : 0;
		for (int i = 0; i < nres; i++) {
			int pi = i - shift; /* parameter index; -1: the receiver */
			Symbol *p = pi < 0 ? fn->recv
			          : (fn && pi < fn->params.len) ? fn->params.v[pi] : NULL;
			EscHole pk = fn ? tag_hole(e, ks, nks, fn, p) : esc_heap_hole(e);
			pk = esc_note(e, pk, call, "call parameter");
			if (pi >= 0 && ft && ft->variadic && pi >= np - 1) {
				/* extras of a variadic callee: the ... argument */
				if (pi == np - 1) {
					EscHole sk = esc_spill(e, pk, call, call->pos, "... argument",
					                       ALLOC_OTHER);
					sk = esc_note_text(e, sk, "... argument", call->pos,
					                   "slice-literal-element");
					for (int j = i; j < nres; j++)
						esc_flow(e, sk, tmps[j]);
				}
				break;
			}
			esc_flow(e, pk, tmps[i]);
		}
		return;
	}

	int np = ft ? ft->nparams : 0;
	for (int i = 0; i < np; i++) {
		Symbol *p = (fn && i < fn->params.len) ? fn->params.v[i] : NULL;
		EscHole pk = fn ? tag_hole(e, ks, nks, fn, p) : esc_heap_hole(e);
		pk = esc_note(e, pk, call, "call parameter");
		if (ft->variadic && i == np - 1 && !call->u.call.dots) {
			if (ai + i >= args->len)
				break; /* no extras: a nil slice */
			EscHole sk = esc_spill(e, pk, call, call->pos, "... argument", ALLOC_OTHER);
			sk = esc_note_text(e, sk, "... argument", call->pos, "slice-literal-element");
			for (int j = ai + i; j < args->len; j++)
				esc_expr(e, sk, args->v[j]);
			break;
		}
		if (ai + i < args->len)
			esc_expr(e, pk, args->v[ai + i]);
	}
}

/* ---- stores ------------------------------------------------------------ */

static bool sel_through_pointer(const Node *n)
{
	if (n->u.sel.deref)
		return true;
	for (int i = 0; i < n->u.sel.npath; i++)
		if (n->u.sel.path[i].deref)
			return true;
	return false;
}

EscHole esc_addr_of(EscState *e, Node *n)
{
	if (!n)
		return esc_discard(e);
	n = ast_unparen(n);
	switch (n->kind) {
	case N_IDENT: {
		Symbol *s = n->u.ident.sym;
		if (!s || strcmp(n->u.ident.name, "_") == 0 || s->kind != SYM_VAR)
			return esc_discard(e);
		if (s->global)
			return esc_heap_hole(e);
		EscLoc *l = esc_sym_loc(s);
		return l ? esc_hole(l) : esc_discard(e);
	}
	case N_SELECTOR:
		if (n->u.sel.kind == SEL_FIELD && !sel_through_pointer(n))
			return esc_addr_of(e, n->u.sel.x);
		esc_discard_expr(e, n);
		return esc_heap_hole(e);
	case N_INDEX: {
		esc_discard_expr(e, n->u.index.index);
		Type *t = under(n->u.index.x->type);
		if (t && t->kind == TY_ARRAY)
			return esc_addr_of(e, n->u.index.x);
		esc_discard_expr(e, n->u.index.x);
		return esc_heap_hole(e);
	}
	default:
		esc_discard_expr(e, n);
		return esc_heap_hole(e);
	}
}

/* ---- expressions --------------------------------------------------------- */

static const char *composite_text(const Node *n)
{
	return esc_expr_string(n);
}

/* A composite literal's elements flow into k (into the new backing
 * array for a slice literal). */
static void composite(EscState *e, EscHole k, Node *n)
{
	Type *t = under(n->type);
	const char *why = "struct literal element";
	if (t && t->kind == TY_SLICE) {
		k = esc_spill(e, k, n, n->pos, composite_text(n), ALLOC_OTHER);
		why = "slice-literal-element";
	} else if (t && t->kind == TY_ARRAY) {
		why = "array literal element";
	}
	for (int i = 0; i < n->u.composite.elts.len; i++) {
		Node *v = n->u.composite.elts.v[i];
		Pos at = v->pos; /* irgen converts each element at itself */
		if (v->kind == N_KEYVALUE)
			v = v->u.kv.value;
		if (v->kind == N_CONVIFACE)
			esc_conv_pos_set(v, at);
		esc_expr(e, esc_note(e, k, n, why), v);
	}
}

/* s1 + s2 + ...: one concatenation; its operands are copied. */
static void discard_concat(EscState *e, Node *n)
{
	Node *x = ast_unparen(n);
	if (x->kind == N_BINARY && x->u.binary.op == OP_ADD && !x->cval && is_string(x->type)) {
		discard_concat(e, x->u.binary.x);
		discard_concat(e, x->u.binary.y);
		return;
	}
	esc_discard_expr(e, n);
}

static void conversion(EscState *e, EscHole k, Node *n)
{
	Node *x = n->u.call.args.v[0];
	Type *to = under(n->type), *from = under(x->type);
	bool alloc = false;
	if (to && from) {
		if (to->kind == TY_STRING && (from->kind == TY_SLICE || ty_is_integer(from)))
			alloc = true;
		if (to->kind == TY_SLICE && (from->kind == TY_STRING || from->kind == TY_UNTYPED_STRING))
			alloc = true;
	}
	if (alloc) {
		esc_spill(e, k, n, n->pos, esc_expr_string(n), ALLOC_OTHER);
		esc_discard_expr(e, x);
		return;
	}
	if (to && to->kind == TY_INTERFACE && ast_iface_conv(n)) {
		iface_conv(e, k, n, x, n->pos, esc_expr_string(n));
		return;
	}
	esc_expr(e, k, x);
}

static void closure(EscState *e, EscHole k, Node *n)
{
	Func *fn = n->u.funclit.fn;
	if (!fn)
		return;
	EscHole ck = esc_spill(e, k, n, n->pos, "func literal", ALLOC_CLOSURE);
	EscLoc *cl = ck.dst;
	cl->akind_size = 8 + 8 * (int64_t)fn->captures.len;
	EscBatch *b = e->b;
	if (b->nclosures == b->capclosures) {
		int nc = b->capclosures ? 2 * b->capclosures : 8;
		EscClosure *v = arena_alloc(esc_arena, (size_t)nc * sizeof *v);
		if (b->nclosures)
			memcpy(v, b->closures, (size_t)b->nclosures * sizeof *v);
		b->closures = v;
		b->capclosures = nc;
	}
	b->closures[b->nclosures++] = (EscClosure){ck, fn};
	esc_note_capture(e, fn);
	if (!fn->outer && esc_func(fn)->state == FN_TAGGED)
		return; /* a package-level closure: analysed on its own */
	EscState sub = {.b = e->b, .fn = fn, .loopdepth = 1};
	esc_walk_func(&sub, fn);
}

static void method_value(EscState *e, EscHole k, Node *n)
{
	EscHole ck = esc_spill(e, k, n, n->pos, esc_expr_string(n), ALLOC_METHVAL);
	Func *fn = n->u.sel.method ? n->u.sel.method->func : NULL;
	if (fn && fn->recv) {
		/* the record: code pointer, then a copy of the receiver */
		ty_layout(fn->recv->type);
		ck.dst->akind_size = 8 + fn->recv->type->size;
	} else if (n->u.sel.kind == SEL_IMETHOD) {
		ck.dst->akind_size = 8 + 16; /* code pointer, interface value */
	}
	int nres = fn ? fn->results.len : 0;
	EscHole *rks = arena_alloc(esc_arena, (size_t)(nres + 1) * sizeof *rks);
	for (int i = 0; i < nres; i++)
		rks[i] = esc_heap_hole(e);
	EscHole pk = fn ? tag_hole(e, rks, nres, fn, fn->recv) : esc_heap_hole(e);
	EscHole two[2] = {pk, ck};
	eval_receiver(e, esc_tee(e, two, 2), n);
}

void esc_expr(EscState *e, EscHole k, Node *n)
{
	if (!n)
		return;
	if (n->cval || n->is_type)
		return;
	Type *vt = n->type;
	if (n->kind == N_TYPEASSERT && n->u.assert.commaok)
		vt = n->u.assert.type ? n->u.assert.type->type : NULL; /* not (T, bool) */
	if (k.derefs >= 0 && vt && !has_ptrs(vt))
		k.dst = &e->b->blank;
	switch (n->kind) {
	case N_IDENT: {
		Symbol *s = n->u.ident.sym;
		if (!s || s->kind != SYM_VAR || s->global)
			return;
		EscLoc *l = esc_sym_loc(s);
		if (l)
			esc_flow(e, k, l);
		return;
	}
	case N_PAREN:
		esc_expr(e, k, n->u.paren.x);
		return;
	case N_COMPOSITE:
		composite(e, k, n);
		return;
	case N_FUNCLIT:
		closure(e, k, n);
		return;
	case N_SELECTOR:
		if (n->u.sel.kind == SEL_FIELD) {
			if (n->u.sel.deref)
				k = esc_deref(k);
			k = esc_note(e, k, n, n->u.sel.deref ? "dot of pointer" : "dot");
			eval_path(e, k, n, n->u.sel.x, n->u.sel.path, n->u.sel.npath);
		} else if (n->u.sel.kind == SEL_METHOD || n->u.sel.kind == SEL_IMETHOD) {
			method_value(e, k, n);
		}
		return;
	case N_CONVIFACE: {
		Node *x = n->u.conv.x;
		iface_conv(e, k, n, x, esc_conv_pos(n), esc_expr_string(x));
		return;
	}
	case N_TYPEASSERT: {
		Type *t = n->u.assert.type ? n->u.assert.type->type : NULL;
		const char *w = e->b->explain ? esc_expr_string(n) : NULL;
		esc_expr(e, esc_dot_type(e, k, t, w, n->pos, "dot"), n->u.assert.x);
		return;
	}
	case N_INDEX: {
		Type *t = under(n->u.index.x->type);
		Type *pt = t && t->kind == TY_POINTER ? under(t->elem) : NULL;
		if (t && t->kind == TY_ARRAY) {
			esc_expr(e, esc_note(e, k, n, "fixed-array-index-of"), n->u.index.x);
		} else if (pt && pt->kind == TY_ARRAY) {
			/* p[i] is (*p)[i], with an implicit * that prints as p */
			Node *x = ast_unparen(n->u.index.x);
			k = esc_note(e, k, n, "fixed-array-index-of");
			if (k.derefs >= 0 && !has_ptrs(t->elem))
				k.dst = &e->b->blank;
			k = esc_deref(k);
			if (e->b->explain)
				k = esc_note_text(e, k, esc_expr_string(x), esc_irgen_last_pos(n, n->pos),
				                  "indirection");
			esc_expr(e, k, n->u.index.x);
		} else {
			esc_expr(e, esc_note(e, esc_deref(k), n, "dot of pointer"), n->u.index.x);
		}
		esc_discard_expr(e, n->u.index.index);
		return;
	}
	case N_SLICE: {
		Type *t = under(n->u.slice.x->type);
		k = esc_note(e, k, n, "slice");
		if (t && t->kind == TY_ARRAY) {
			/* gc's implicit &: where irgen was when it made it */
			EscHole ak = esc_note(e, esc_addr(k), n->u.slice.x, "address-of");
			if (e->b->explain)
				ak.notes->pos = esc_irgen_last_pos(n, n->pos);
			esc_expr(e, ak, n->u.slice.x);
		}
		else
			esc_expr(e, k, n->u.slice.x);
		esc_discard_expr(e, n->u.slice.lo);
		esc_discard_expr(e, n->u.slice.hi);
		esc_discard_expr(e, n->u.slice.max);
		return;
	}
	case N_STAR:
		esc_expr(e, esc_note(e, esc_deref(k), n, "indirection"), n->u.star.x);
		return;
	case N_UNARY:
		if (n->u.unary.op == OP_AND) {
			Node *x = ast_unparen(n->u.unary.x);
			if (x->kind == N_COMPOSITE) {
				EscHole ck = esc_spill(e, k, n, n->pos, esc_expr_string(n), ALLOC_NEW);
				composite(e, ck, x);
			} else {
				esc_expr(e, esc_note(e, esc_addr(k), n, "address-of"), n->u.unary.x);
			}
			return;
		}
		esc_discard_expr(e, n->u.unary.x);
		return;
	case N_BINARY:
		if (n->u.binary.op == OP_ADD && is_string(n->type)) {
			esc_spill(e, k, n, n->pos, esc_expr_string(n), ALLOC_OTHER);
			discard_concat(e, n->u.binary.x);
			discard_concat(e, n->u.binary.y);
			return;
		}
		esc_discard_expr(e, n->u.binary.x);
		esc_discard_expr(e, n->u.binary.y);
		return;
	case N_CALL:
		if (n->u.call.kind == CALL_CONV) {
			if (n->u.call.args.len)
				conversion(e, k, n);
			return;
		}
		if (n->u.call.kind == CALL_BUILTIN) {
			Builtin bi = n->u.call.builtin;
			if (bi == BI_NEW) {
				esc_spill(e, k, n, n->pos, esc_expr_string(n), ALLOC_NEW);
				return;
			}
			if (bi == BI_MAKE) {
				EscHole mk = esc_spill(e, k, n, n->pos, esc_expr_string(n), ALLOC_MAKE);
				(void)mk;
				for (int i = 1; i < n->u.call.args.len; i++)
					esc_discard_expr(e, n->u.call.args.v[i]);
				return;
			}
		}
		esc_call(e, &k, 1, n);
		return;
	default:
		return;
	}
}
