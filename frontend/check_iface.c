/*
 * check_iface.c: interfaces in the type checker.
 *
 * Interface types (methods and embedded interfaces, with Go 1.14's
 * overlapping embedded methods), the "implements" relation with types2's
 * reasons ("(missing M method)", "(M method has pointer receiver)",
 * "(wrong type for M method)"), the implicit conversions to interface
 * types that the checker makes explicit as N_CONVIFACE nodes, type
 * assertions and type switches.
 *
 * An interface's method set (Type.imethods) is complete once its type
 * expression has been checked: embedded interfaces are resolved first,
 * so `type I interface { J; M() }` sees J's methods.  Methods are kept
 * sorted by name, the order in which types2 reports a missing method and
 * the order of an itab's function table.
 */
#include "check_internal.h"

#include <stdlib.h>
#include <string.h>

static int imethod_cmp(const void *a, const void *b)
{
	return strcmp(((const IMethod *)a)->name, ((const IMethod *)b)->name);
}

/* A method with this name already in the list, or NULL. */
static IMethod *find_imethod(PtrList *l, const char *name)
{
	for (int i = 0; i < l->len; i++)
		if (((IMethod *)l->v[i])->name == name)
			return l->v[i];
	return NULL;
}

Type *ck_interface_type(Node *n)
{
	Type *t = arena_alloc(g_arena, sizeof *t);
	t->kind = TY_INTERFACE;
	t->underlying = t;
	PtrList ms = {0};
	PtrList from = {0}; /* Pos*: where each method of ms came from */
	/* explicitly declared methods first: a duplicate among them is an
	 * error, a duplicate with an embedded method of identical type is
	 * allowed (Go 1.14) */
	for (int i = 0; i < n->u.ifacetype.elems.len; i++) {
		Node *e = n->u.ifacetype.elems.v[i];
		if (e->u.field.embedded)
			continue;
		Node *id = e->u.field.names.v[0];
		const char *name = id->u.ident.name;
		Type *ft = ck_functype(e->u.field.type, NULL);
		e->u.field.type->type = ft;
		e->u.field.type->is_type = true;
		if (strcmp(name, "_") == 0) {
			diag_error(id->pos, "methods must have a unique non-blank name");
			continue;
		}
		IMethod *old = find_imethod(&ms, name);
		if (old) {
			diag_error(id->pos, "duplicate method %s\n\t%s:%d:%d: other declaration of %s", name,
			           diag_path(), old->pos.line, old->pos.col, name);
			continue;
		}
		IMethod *m = arena_alloc(g_arena, sizeof *m);
		*m = (IMethod){name, ft, id->pos};
		pl_push(&ms, m);
		pl_push(&from, &m->pos);
	}
	for (int i = 0; i < n->u.ifacetype.elems.len; i++) {
		Node *e = n->u.ifacetype.elems.v[i];
		if (!e->u.field.embedded)
			continue;
		Node *tn = e->u.field.type;
		if (tn->kind == N_UNSUPPORTED) {
			/* a union or ~T: a constraint, usable only by generics */
			t->constraint = true;
			continue;
		}
		Node *tid = ast_unparen(tn);
		if (tid->kind == N_IDENT) {
			/* interface { A } inside A's own declaration */
			Symbol *o = ck_lookup(tid->u.ident.name);
			if (o && o->kind == SYM_TYPE && ck_info(o)->color == GREY)
				for (int k = 0; k < ck.path.len; k++)
					if (ck.path.v[k] == o) {
						ck_report_type_cycle(k);
						break;
					}
		}
		Type *et = ck_typexpr(tn);
		if (IS_INVALID(et))
			continue;
		Type *eu = ty_under(et);
		if (!eu || IS_INVALID(eu)) {
			continue;
		}
		if (eu->kind != TY_INTERFACE || eu->constraint) {
			/* a non-interface element makes a constraint */
			t->constraint = true;
			continue;
		}
		Pos *at = arena_alloc(g_arena, sizeof *at);
		*at = ast_start_pos(tn);
		for (int k = 0; k < eu->nimethods; k++) {
			IMethod *em = &eu->imethods[k];
			IMethod *old = find_imethod(&ms, em->name);
			if (old) {
				if (!ty_identical(old->type, em->type)) {
					Pos *op = NULL;
					for (int q = 0; q < ms.len; q++)
						if (ms.v[q] == old)
							op = from.v[q];
					diag_error(*at, "duplicate method %s\n\t%s:%d:%d: other declaration of %s",
					           em->name, diag_path(), op->line, op->col, em->name);
				}
				continue;
			}
			IMethod *m = arena_alloc(g_arena, sizeof *m);
			*m = *em;
			pl_push(&ms, m);
			pl_push(&from, at);
		}
	}
	t->nimethods = ms.len;
	t->imethods = arena_alloc(g_arena, (size_t)(ms.len + 1) * sizeof *t->imethods);
	for (int i = 0; i < ms.len; i++)
		t->imethods[i] = *(IMethod *)ms.v[i];
	qsort(t->imethods, (size_t)t->nimethods, sizeof *t->imethods, imethod_cmp);
	t->iface_complete = true;
	return t;
}

/* "M(x int) string": a method as types2's funcString prints it. */
static const char *method_string(const char *name, Type *ft)
{
	return arena_sprintf(g_arena, "%s%s", name, ty_string(ft) + 4);
}

bool ck_find_method(Type *V, const char *name, MethodImpl *out)
{
	memset(out, 0, sizeof *out);
	Type *Vu = ty_under(V);
	if (!Vu)
		return false;
	if (Vu->kind == TY_INTERFACE) {
		int idx;
		const IMethod *m = ty_iface_method(Vu, name, &idx);
		if (!m)
			return false;
		out->type = m->type;
		out->iface_index = idx;
		out->via_iface = true;
		return true;
	}
	Lookup lk;
	ck_lookup_field_or_method(V, name, &lk);
	if (lk.found == 2) {
		ck_resolve(lk.method->func);
		ck_record_dep(lk.method->func);
		out->type = lk.method->func->type;
		out->method = lk.method;
	} else if (lk.found == 3) {
		out->type = lk.iface->imethods[lk.iface_index].type;
		out->via_iface = true;
		out->iface_index = lk.iface_index;
	} else {
		return false;
	}
	out->npath = lk.npath;
	out->path = arena_alloc(g_arena, (size_t)(lk.npath + 1) * sizeof(SelStep));
	memcpy(out->path, lk.path, (size_t)lk.npath * sizeof(SelStep));
	out->final_deref = lk.final_deref;
	/* a pointer method is in V's method set only if V is a pointer or
	 * the method is reached through an embedded pointer */
	out->needs_addr = lk.found == 2 && lk.method->ptr_recv && !lk.indirect;
	return true;
}

bool ck_implements(Type *V, Type *T, const char **cause)
{
	Type *Tu = ty_under(T);
	if (IS_INVALID(V) || IS_INVALID(T) || !Tu || Tu->kind != TY_INTERFACE)
		return true;
	for (int i = 0; i < Tu->nimethods; i++) {
		IMethod *m = &Tu->imethods[i];
		MethodImpl mi;
		if (!ck_find_method(V, m->name, &mi)) {
			if (cause)
				*cause = arena_sprintf(g_arena, "(missing %s method)", m->name);
			return false;
		}
		if (!mi.type || IS_INVALID(mi.type))
			continue;
		if (!ty_identical(mi.type, m->type)) {
			if (cause)
				*cause = arena_sprintf(g_arena, "(wrong type for %s method)\n\t\thave %s\n\t\twant %s",
				                       m->name, method_string(m->name, mi.type),
				                       method_string(m->name, m->type));
			return false;
		}
		if (mi.needs_addr && ty_under(V)->kind != TY_POINTER) {
			if (cause)
				*cause = arena_sprintf(g_arena, "(%s method has pointer receiver)", m->name);
			return false;
		}
	}
	return true;
}

const char *ck_implements_error(Type *V, Type *T)
{
	const char *cause = "";
	if (ck_implements(V, T, &cause))
		return NULL;
	return arena_sprintf(g_arena, "%s does not implement %s %s", ty_string(V), ty_string(T), cause);
}

/* Turn x, in place, into an implicit conversion of (a copy of) itself to
 * the interface type T.  Pointers to x stay valid and now see the
 * conversion; the operand moves to a new node. */
void ck_wrap_iface(Node *x, Type *T)
{
	if (IS_INVALID(x->type) || IS_INVALID(T) || ty_identical(x->type, T) ||
	    x->type->kind == TY_UNTYPED_NIL)
		return;
	Node *inner = arena_alloc(g_arena, sizeof *inner);
	*inner = *x;
	if (inner->kind == N_FUNCLIT && inner->u.funclit.fn)
		inner->u.funclit.fn->decl = inner;
	Pos pos = x->pos;
	memset(x, 0, sizeof *x);
	x->kind = N_CONVIFACE;
	x->pos = pos;
	x->type = T;
	x->u.conv.x = inner;
}

/* x.(T) with x an interface: T must be a type that can be x's dynamic
 * type. */
void ck_typeassert(Node *n)
{
	Node *x = n->u.assert.x;
	if (!n->u.assert.type) {
		/* x itself is not checked: it stays "declared but not used" */
		diag_error(ast_start_pos(n), "invalid syntax tree: use of .(type) outside type switch");
		ck_invalidate(n);
		return;
	}
	ck_expr(x);
	Type *T = ck_typexpr(n->u.assert.type);
	if (IS_INVALID(x->type) || IS_INVALID(T)) {
		ck_invalidate(n);
		return;
	}
	if (!ty_is_interface(x->type)) {
		diag_error(ast_start_pos(x), "invalid operation: %s is not an interface", ck_operand_str(x));
		ck_invalidate(n);
		return;
	}
	if (!ty_is_interface(T)) {
		const char *err = ck_implements_error(T, x->type);
		if (err) {
			diag_error(ast_start_pos(n), "impossible type assertion: %s\n\t%s", ck_expr_str(n), err);
			ck_invalidate(n);
			return;
		}
	}
	n->type = T;
}

/* switch [v :=] x.(type) { case T1, T2: ... } */
void ck_typeswitch(Node *s)
{
	Node *guard = s->u.sw.tag;
	Node *x = guard->u.assert.x;
	ck_expr(x);
	Type *xt = x->type;
	if (!IS_INVALID(xt) && !ty_is_interface(xt)) {
		diag_error(ast_start_pos(x), "%s is not an interface", ck_operand_str(x));
		xt = ty_invalid;
	}
	guard->type = xt;
	Node *bind = s->u.sw.bind;
	if (bind && ck_is_blank(bind)) {
		diag_error(bind->pos, "no new variable on left side of :=");
		bind = NULL;
	}
	PtrList seen = {0}; /* Type* of earlier cases (NULL for nil) */
	PtrList seen_at = {0};
	Node *first_default = NULL;
	PtrList vars = {0};
	for (int i = 0; i < s->u.sw.clauses.len; i++) {
		Node *cc = s->u.sw.clauses.v[i];
		if (cc->u.cc.is_default) {
			if (first_default)
				diag_error(cc->pos, "multiple defaults (first at %s:%d:%d)", diag_path(),
				           first_default->pos.line, first_default->pos.col);
			else
				first_default = cc;
		}
		Type *single = NULL;
		for (int j = 0; j < cc->u.cc.exprs.len; j++) {
			Node *e = cc->u.cc.exprs.v[j];
			Type *T;
			Node *u = ast_unparen(e);
			if (u->kind == N_IDENT && ck_lookup(u->u.ident.name) &&
			    ck_lookup(u->u.ident.name)->kind == SYM_NIL) {
				ck_raw(e, false);
				T = NULL;
				e->type = xt;
			} else {
				T = ck_typexpr(e);
				if (IS_INVALID(T))
					continue;
			}
			if (!IS_INVALID(xt) && T && !ty_is_interface(T)) {
				const char *cause = "";
				if (!ck_implements(T, xt, &cause)) {
					diag_error(ast_start_pos(e),
					           "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
					           ck_expr_str(e), ck_operand_str(x), ty_string(T), cause);
					continue;
				}
			}
			for (int k = 0; k < seen.len; k++) {
				Type *o = seen.v[k];
				if ((o == NULL && T == NULL) || (o && T && ty_identical(o, T))) {
					Pos op = ((Node *)seen_at.v[k])->pos;
					op = ast_start_pos(seen_at.v[k]);
					diag_error(ast_start_pos(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
					           T ? ty_string(T) : "nil", diag_path(), op.line, op.col);
					break;
				}
			}
			pl_push(&seen, T);
			pl_push(&seen_at, e);
			single = cc->u.cc.exprs.len == 1 && T ? T : NULL;
		}
		ck_open_scope(ck.fn, false);
		if (bind) {
			Type *vt = single ? single : xt;
			Symbol *v = ck_new_local(bind, vt);
			ck_declare(ck.scope, v);
			cc->u.cc.bound = v;
			pl_push(&vars, v);
		}
		ck_stmts(&cc->u.cc.body);
		ck_close_scope();
	}
	if (bind) {
		bool used = false;
		for (int i = 0; i < vars.len; i++) {
			Symbol *v = vars.v[i];
			used |= v->used;
			v->used = true; /* reported once, below, for the guard */
		}
		if (!used)
			diag_error(bind->pos, "%s declared but not used", bind->u.ident.name);
	}
}

/* v, ok := x.(T): with two variables a type assertion yields (T, bool);
 * the node (and its enclosing parentheses) gets that tuple type. */
void ck_commaok(Node *x, int nl)
{
	Node *a = ast_unparen(x);
	if (nl != 2 || a->kind != N_TYPEASSERT || !a->u.assert.type || x->type)
		return;
	ck_typeassert(a);
	if (IS_INVALID(a->type))
		return;
	Type **pair = arena_alloc(g_arena, 2 * sizeof *pair); /* kept by ty_tuple */
	pair[0] = a->type;
	pair[1] = ty_basic[TY_BOOL];
	a->u.assert.commaok = true;
	Type *tt = ty_tuple(pair, 2);
	for (Node *p = x; p != a; p = p->u.paren.x)
		p->type = tt;
	a->type = tt;
}

/* An interface with type terms constrains type parameters only. */
void ck_check_var_type(Node *tn, Type *T)
{
	Type *u = ty_under(T);
	if (!IS_INVALID(T) && u && u->kind == TY_INTERFACE && u->constraint) {
		diag_error(ast_start_pos(tn), "cannot use type %s outside a type constraint: "
		           "interface contains type constraints", ty_string(T));
	}
}
