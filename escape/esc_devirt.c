/*
 * esc_devirt.c: gc's devirtualization, which runs before its escape
 * analysis (even with -l).  A call through an interface, x.M(args),
 * whose x is statically a conversion to an interface of a value of
 * concrete type T (following local variables defined once, never
 * reassigned nor address-taken, and no-op conversions) becomes a direct
 * call x.(T).M(args): the analysis then sees a type assertion of x as
 * the receiver and reads M's own parameter tags instead of sending every
 * argument to the heap.  When T gets M from an embedded interface field
 * the call is only partially devirtualized: it still goes through that
 * field's method table, with x.(T).F as its receiver.
 *
 * The tree is not rewritten: code generation keeps calling through the
 * itab, which behaves the same.  A table maps each devirtualized call to
 * a selector made here (SEL_METHOD on x.(T), or SEL_IMETHOD for a
 * partial one), which the call builder, the call graph and the printer
 * of explanations use in place of the call's own selector.
 */
#include "esc_internal.h"

#include <stdio.h>
#include <string.h>

/* ---- call -> selector: open addressing on the call node ------------------- */

static struct {
	const Node **keys;
	Node **vals;
	size_t cap, len;
} dtab;

static size_t hash_ptr(const void *p)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9E3779B97F4A7C15ull;
	return (size_t)(x ^ (x >> 29));
}

static void dtab_put(const Node *call, Node *sel)
{
	if (2 * (dtab.len + 1) > dtab.cap) {
		size_t ncap = dtab.cap ? 2 * dtab.cap : 64;
		const Node **nk = arena_alloc(esc_arena, ncap * sizeof *nk);
		Node **nv = arena_alloc(esc_arena, ncap * sizeof *nv);
		for (size_t i = 0; i < dtab.cap; i++) {
			if (!dtab.keys[i])
				continue;
			size_t h = hash_ptr(dtab.keys[i]) & (ncap - 1);
			while (nk[h])
				h = (h + 1) & (ncap - 1);
			nk[h] = dtab.keys[i];
			nv[h] = dtab.vals[i];
		}
		dtab.keys = nk;
		dtab.vals = nv;
		dtab.cap = ncap;
	}
	size_t h = hash_ptr(call) & (dtab.cap - 1);
	while (dtab.keys[h] && dtab.keys[h] != call)
		h = (h + 1) & (dtab.cap - 1);
	if (!dtab.keys[h])
		dtab.len++;
	dtab.keys[h] = call;
	dtab.vals[h] = sel;
}

Node *esc_devirt_sel(const Node *call)
{
	if (!dtab.len || !call || call->kind != N_CALL || call->u.call.kind != CALL_IFACE)
		return NULL;
	size_t h = hash_ptr(call) & (dtab.cap - 1);
	while (dtab.keys[h]) {
		if (dtab.keys[h] == call)
			return dtab.vals[h];
		h = (h + 1) & (dtab.cap - 1);
	}
	return NULL;
}

/* ---- static values ---------------------------------------------------------- */

/* What n statically is, as gc's ir.StaticValue finds it from function
 * fn: through parentheses, conversions that change nothing, and the
 * only definition of fn's own local variables that are never reassigned
 * nor address-taken (a captured variable is the closure's own name in
 * gc, which it does not follow). */
static Node *static_value(Func *fn, Node *n)
{
	for (int guard = 0; guard < 1000; guard++) {
		n = ast_unparen(n);
		if (n->kind == N_CALL && n->u.call.kind == CALL_CONV && n->u.call.args.len == 1) {
			Node *x = n->u.call.args.v[0];
			if (!ast_iface_conv(n) && !x->cval && x->type && n->type &&
			    ty_identical(ty_under(x->type), ty_under(n->type))) {
				n = x;
				continue;
			}
			return n;
		}
		if (n->kind != N_IDENT || !n->u.ident.sym)
			return n;
		Symbol *s = n->u.ident.sym;
		if (s->kind != SYM_VAR || s->global || s->param || s->result)
			return n;
		EscLoc *l = esc_sym_loc(s);
		if (!l || l->fn != fn || !l->static_rhs || l->static_bad)
			return n;
		n = l->static_rhs;
	}
	return n;
}

/* ---- the pass -------------------------------------------------------------- */

typedef struct Devirt {
	Func *fn;
	int mlevel;
} Devirt;

static Node *type_node(Type *t, Pos pos)
{
	Node *tn = ast_new(N_IDENT, pos);
	tn->u.ident.name = esc_type_string(t);
	tn->is_type = true;
	tn->type = t;
	return tn;
}

static void devirt_call(Node *call, void *ctx)
{
	Devirt *d = ctx;
	if (call->kind != N_CALL || call->u.call.kind != CALL_IFACE)
		return;
	Node *sel = ast_unparen(call->u.call.fun);
	if (sel->kind != N_SELECTOR || sel->u.sel.kind != SEL_IMETHOD || sel->u.sel.npath)
		return;
	Node *v = static_value(d->fn, sel->u.sel.x);
	Node *x = ast_iface_conv(v);
	if (!x)
		return;
	x = ast_unparen(x);
	Type *t = x->type;
	if (!t || !ty_under(t) || ty_under(t)->kind == TY_INTERFACE ||
	    ty_under(t)->kind == TY_UNTYPED_NIL)
		return;
	if (x->kind == N_IDENT && x->u.ident.sym && x->u.ident.sym->kind == SYM_NIL)
		return;
	MethodImpl mi;
	if (!ck_find_method(t, sel->u.sel.name->u.ident.name, &mi) || mi.needs_addr)
		return;
	if (!mi.method && !(mi.via_iface && mi.npath))
		return;

	/* x.(T).M, as gc's typecheck.Callee makes it */
	Node *ta = ast_new(N_TYPEASSERT, sel->pos);
	ta->u.assert.x = sel->u.sel.x;
	ta->u.assert.type = type_node(t, sel->pos);
	ta->type = t;
	Node *ns = ast_new(N_SELECTOR, sel->pos);
	ns->u.sel.x = ta;
	ns->u.sel.name = sel->u.sel.name;
	ns->u.sel.path = mi.path;
	ns->u.sel.npath = mi.npath;
	ns->type = sel->type;
	if (mi.method) {
		ns->u.sel.kind = SEL_METHOD;
		ns->u.sel.method = mi.method->func;
		ns->u.sel.deref = mi.final_deref;
		if (mi.method->ptr_recv)
			ns->u.sel.adjust = mi.final_deref ? RECV_SAME : RECV_ADDR;
		else
			ns->u.sel.adjust = mi.final_deref ? RECV_DEREF : RECV_SAME;
	} else {
		ns->u.sel.kind = SEL_IMETHOD;
		ns->u.sel.field = mi.iface_index;
	}
	dtab_put(call, ns);
	if (d->mlevel)
		fprintf(stderr, "%s: %sdevirtualizing %s to %s\n", esc_pos_string(call->pos),
		        mi.method ? "" : "partially ", esc_expr_string(sel), esc_type_string(t));
}

/* fn and the closures inside it, closures first (gc declares a closure
 * before the function it is in), in source order. */
static void family(Func *fn, PtrList *out)
{
	for (int i = 0; i < fn->closures.len; i++)
		family(fn->closures.v[i], out);
	pl_push(out, fn);
}

void esc_devirtualize(PtrList *decls, int mlevel)
{
	for (int i = 0; i < decls->len; i++) {
		PtrList fs = {0};
		family(decls->v[i], &fs);
		/* scratch locations for the locals, to find their static values */
		EscBatch *b = arena_alloc(esc_arena, sizeof *b);
		PtrList syms = {0};
		for (int j = fs.len - 1; j >= 0; j--) { /* enclosing ones first */
			Func *f = fs.v[j];
			EscState e = {.b = b, .fn = f, .loopdepth = 1};
			for (int k = 0; k < f->locals.len; k++) {
				Symbol *s = f->locals.v[k];
				if (s->kind == SYM_VAR && !s->esc) {
					esc_var_loc(&e, s);
					pl_push(&syms, s);
				}
			}
		}
		for (int j = 0; j < fs.len; j++)
			esc_scan_func(fs.v[j]);
		for (int j = 0; j < fs.len; j++) {
			Devirt d = {fs.v[j], mlevel};
			esc_scan_visit(fs.v[j], devirt_call, &d);
		}
		for (int j = 0; j < syms.len; j++)
			((Symbol *)syms.v[j])->esc = NULL;
	}
}
