/*
 * check_stmt.c: type checking of statements.
 *
 * Declarations inside functions, assignments (=, :=, op=, ++/--), if, for,
 * range, switch, return and expression statements; the branch analysis
 * that go1.19 does in its syntax package (labels, break/continue targets,
 * goto over declarations or into blocks, fallthrough placement); Go's
 * terminating-statement rules for "missing return"; and the report of
 * local variables that were declared but never used.
 */
#include "check_internal.h"

#include <stdio.h>
#include <string.h>

/* ---- local declarations --------------------------------------------- */

Symbol *ck_new_local(Node *id, Type *t)
{
	Symbol *s = ck_new_sym(SYM_VAR, id->u.ident.name, id->pos, t);
	s->owner = ck.fn;
	s->decl = id;
	id->u.ident.sym = s;
	id->u.ident.defines = true;
	if (ck.fn)
		pl_push(&ck.fn->locals, s);
	return s;
}

static void local_typespec(Node *sp)
{
	Node *id = sp->u.tspec.name;
	Symbol *s = ck_new_sym(SYM_TYPE, id->u.ident.name, id->pos, NULL);
	s->decl = sp;
	id->u.ident.sym = s;
	id->u.ident.defines = true;
	if (sp->u.tspec.alias) {
		s->type = ck_typexpr(sp->u.tspec.type);
		ck_declare(ck.scope, s);
		return;
	}
	s->type = ty_named(s, ty_invalid);
	pl_push(&ck.pkgout->types, s->type);
	ck_declare(ck.scope, s);
	Type *rhs = ck_typexpr(sp->u.tspec.type);
	if (rhs == s->type) {
		diag_error(id->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s", s->name,
		           diag_path(), id->pos.line, id->pos.col, s->name, diag_path(), id->pos.line,
		           id->pos.col, s->name);
		return;
	}
	Type *u = ty_under(rhs);
	s->type->underlying = u ? u : ty_invalid;
	ck_info(s)->color = BLACK;
	/* direct self-containment: struct{ x T } or [N]T */
	PtrList work = {0};
	pl_push(&work, s->type->underlying);
	for (int guard = 0; work.len && guard < 10000; guard++) {
		Type *t = work.v[--work.len];
		if (t == s->type) {
			diag_error(id->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s", s->name,
			           diag_path(), id->pos.line, id->pos.col, s->name, diag_path(), id->pos.line,
			           id->pos.col, s->name);
			s->type->underlying = ty_invalid;
			break;
		}
		if (t->kind == TY_ARRAY)
			pl_push(&work, t->elem);
		else if (t->kind == TY_STRUCT)
			for (int i = 0; i < t->nfields; i++)
				pl_push(&work, t->fields[i].type);
	}
}

void ck_valuespec_local(Node *spec, Tok tok)
{
	NodeList *names = &spec->u.vspec.names;
	if (tok == TOK_CONST) {
		PtrList syms = {0};
		for (int i = 0; i < names->len; i++) {
			Node *id = names->v[i];
			Symbol *s = ck_new_sym(SYM_CONST, id->u.ident.name, id->pos, NULL);
			s->decl = id;
			id->u.ident.sym = s;
			id->u.ident.defines = true;
			ck_const_name(spec, i, s);
			pl_push(&syms, s);
		}
		if (spec->u.vspec.values.len > names->len && !spec->u.vspec.implicit)
			diag_error(ast_start_pos(spec->u.vspec.values.v[names->len]), "extra init expr");
		for (int i = 0; i < syms.len; i++) {
			Symbol *s = syms.v[i];
			s->used = true; /* unused constants are fine */
			ck_declare(ck.scope, s);
		}
		return;
	}
	for (int i = 0; i < names->len; i++)
		ck_new_local(names->v[i], NULL);
	ck_var_spec(spec);
	for (int i = 0; i < names->len; i++)
		if (!ck_declare(ck.scope, names->v[i]->u.ident.sym))
			names->v[i]->u.ident.sym->used = true;
}

static void decl_stmt(Node *d)
{
	if (d->kind == N_UNSUPPORTED) {
		ck_unsupported(d->pos, "%s", d->u.unsup.what);
		return;
	}
	for (int i = 0; i < d->u.gendecl.specs.len; i++) {
		Node *sp = d->u.gendecl.specs.v[i];
		if (sp->kind == N_TYPESPEC)
			local_typespec(sp);
		else if (sp->kind == N_VALUESPEC)
			ck_valuespec_local(sp, d->u.gendecl.tok);
		else if (sp->kind == N_UNSUPPORTED)
			ck_unsupported(sp->pos, "%s", sp->u.unsup.what);
	}
}

/* ---- assignments ---------------------------------------------------- */



/* Check an assignment target; returns its type or NULL (blank). */
static Type *check_lhs(Node *l)
{
	if (ck_is_blank(l)) {
		Node *u = ast_unparen(l);
		u->type = NULL;
		for (Node *p = l; p != u; p = p->u.paren.x)
			p->type = NULL;
		return NULL;
	}
	Node *u = ast_unparen(l);
	Symbol *v = NULL;
	bool was_used = false;
	if (u->kind == N_IDENT) {
		v = ck_lookup(u->u.ident.name);
		if (v && v->kind == SYM_VAR)
			was_used = v->used;
		else
			v = NULL;
	}
	ck_expr(l);
	if (v)
		v->used = was_used;
	if (IS_INVALID(l->type))
		return ty_invalid;
	if (!l->addressable) {
		diag_error(ast_start_pos(l), "cannot assign to %s", ck_operand_str(l));
		return ty_invalid;
	}
	return l->type;
}

static void assign_value(Node *x, Type *T)
{
	if (IS_INVALID(x->type))
		return;
	if (!T) {
		/* blank: untyped values take their default type */
		if (x->type->kind == TY_UNTYPED_NIL) {
			diag_error(ast_start_pos(x), "use of untyped nil in assignment");
			return;
		}
		ck_assignable(x, ty_default(x->type), "assignment");
		return;
	}
	if (IS_INVALID(T))
		return;
	ck_assignable(x, T, "assignment");
}

static void mismatch_error(Node *at, int nl, NodeList *rhs, Type *rt)
{
	Node *r0 = rhs->v[0];
	Node *call = ast_unparen(r0);
	if (rhs->len == 1 && call->kind == N_CALL) {
		int nv = rt && rt->kind == TY_TUPLE ? rt->nresults : 1;
		diag_error(ast_start_pos(r0), "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
		           nl == 1 ? "" : "s", ck_expr_str(call->u.call.fun), nv, nv == 1 ? "" : "s");
	} else {
		int nv = rhs->len;
		diag_error(ast_start_pos(r0), "assignment mismatch: %d variable%s but %d value%s", nl, nl == 1 ? "" : "s",
		           nv, nv == 1 ? "" : "s");
	}
}

/* x = f() where f returns several values: "assignment mismatch". */
bool ck_single_call_mismatch(Node *x, int nl)
{
	ck_multi(x);
	if (IS_INVALID(x->type) || x->type->kind != TY_TUPLE || x->type->nresults < 2)
		return false;
	Node *call = ast_unparen(x);
	int nv = x->type->nresults;
	diag_error(ast_start_pos(x), "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
	           nl == 1 ? "" : "s", ck_expr_str(call->u.call.fun), nv, nv == 1 ? "" : "s");
	return true;
}

static void assign_stmt_body(Node *s);

static void assign_stmt(Node *s)
{
	int before = diag_count();
	assign_stmt_body(s);
	ck_use_lhs_after_error(&s->u.assign.lhs, before);
}

static void assign_stmt_body(Node *s)
{
	NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
	int nl = lhs->len, nr = rhs->len;
	if (nl == 1 && nr == 1 && ck_single_call_mismatch(rhs->v[0], 1)) {
		check_lhs(lhs->v[0]);
		return;
	}
	if (nl == nr) {
		Type **lt = arena_alloc(g_arena, (size_t)nl * sizeof *lt);
		for (int i = 0; i < nl; i++)
			lt[i] = check_lhs(lhs->v[i]);
		for (int i = 0; i < nr; i++) {
			ck_expr(rhs->v[i]);
			assign_value(rhs->v[i], lt[i]);
			if (!lt[i] && !IS_INVALID(rhs->v[i]->type))
				lhs->v[i]->type = rhs->v[i]->type;
		}
		return;
	}
	if (nr == 1) {
		Node *x = rhs->v[0];
		Type **lt = arena_alloc(g_arena, (size_t)nl * sizeof *lt);
		for (int i = 0; i < nl; i++)
			lt[i] = check_lhs(lhs->v[i]);
		ck_commaok(x, nl);
		ck_multi(x);
		if (IS_INVALID(x->type))
			return;
		if (x->type->kind == TY_TUPLE && x->type->nresults == nl) {
			for (int i = 0; i < nl; i++) {
				Type *et = x->type->results[i];
				if (!lt[i]) {
					lhs->v[i]->type = et;
					continue;
				}
				if (IS_INVALID(lt[i]))
					continue;
				Node tmp = {.kind = N_BAD, .type = et, .pos = x->pos};
				if (!ck_assignable_to(&tmp, lt[i]))
					diag_error(ast_start_pos(x), "cannot use %s (value of type %s) as type %s in assignment",
					           ck_expr_str(x), ty_string(et), ty_string(lt[i]));
			}
			return;
		}
		mismatch_error(s, nl, rhs, x->type);
		return;
	}
	for (int i = 0; i < nl; i++)
		check_lhs(lhs->v[i]);
	for (int i = 0; i < nr; i++)
		ck_use(rhs->v[i]);
	mismatch_error(s, nl, rhs, NULL);
}

static void define_stmt_body(Node *s);

static void define_stmt(Node *s)
{
	int before = diag_count();
	define_stmt_body(s);
	ck_use_lhs_after_error(&s->u.assign.lhs, before);
}

static void define_stmt_body(Node *s)
{
	NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
	int nl = lhs->len, nr = rhs->len;
	/* the left side: identifiers, new or existing in this scope */
	Symbol **vars = arena_alloc(g_arena, (size_t)nl * sizeof *vars);
	bool *isnew = arena_alloc(g_arena, (size_t)nl);
	bool any_new = false, bad = false;
	for (int i = 0; i < nl; i++) {
		Node *id = lhs->v[i];
		if (id->kind != N_IDENT) {
			ck_use(id);
			diag_error(ast_start_pos(id), "non-name %s on left side of :=", ck_expr_str(id));
			bad = true;
			continue;
		}
		for (int j = 0; j < i; j++) {
			Node *o = lhs->v[j];
			if (o->kind == N_IDENT && o->u.ident.name == id->u.ident.name && strcmp(id->u.ident.name, "_") != 0) {
				diag_error(id->pos, "%s repeated on left side of :=", id->u.ident.name);
				bad = true;
			}
		}
		if (strcmp(id->u.ident.name, "_") == 0) {
			vars[i] = NULL;
			continue;
		}
		Symbol *old = ck_lookup_local(ck.scope, id->u.ident.name);
		if (old) {
			id->u.ident.sym = old;
			if (old->kind == SYM_VAR) {
				vars[i] = old;
			} else {
				diag_error(id->pos, "cannot assign to %s", ck_expr_str(id));
				bad = true;
			}
			continue;
		}
		isnew[i] = true;
		any_new = true;
	}
	/* the right side */
	Type **rt = arena_alloc(g_arena, (size_t)(nl > nr ? nl : nr) * sizeof *rt);
	bool ok = true;
	if (nl == 1 && nr == 1 && ck_single_call_mismatch(rhs->v[0], 1)) {
		ok = false;
	} else if (nl == nr) {
		for (int i = 0; i < nr; i++) {
			Node *x = rhs->v[i];
			ck_expr(x);
			if (IS_INVALID(x->type)) {
				rt[i] = ty_invalid;
				continue;
			}
			if (!isnew[i] && vars[i]) {
				if (!IS_INVALID(vars[i]->type))
					ck_assignable(x, vars[i]->type, "assignment");
				rt[i] = vars[i]->type;
				continue;
			}
			if (x->type->kind == TY_UNTYPED_NIL) {
				diag_error(ast_start_pos(x), "use of untyped nil in assignment");
				rt[i] = ty_invalid;
				continue;
			}
			if (ck_assignable(x, ty_default(x->type), "assignment"))
				rt[i] = x->type;
			else
				rt[i] = ty_invalid;
		}
	} else if (nr == 1) {
		Node *x = rhs->v[0];
		ck_commaok(x, nl);
		ck_multi(x);
		if (IS_INVALID(x->type)) {
			ok = false;
		} else if (x->type->kind == TY_TUPLE && x->type->nresults == nl) {
			for (int i = 0; i < nl; i++) {
				rt[i] = x->type->results[i];
				if (!isnew[i] && vars[i] && !IS_INVALID(vars[i]->type)) {
					Node tmp = {.kind = N_BAD, .type = rt[i], .pos = x->pos};
					if (!ck_assignable_to(&tmp, vars[i]->type))
						diag_error(ast_start_pos(x), "cannot use %s (value of type %s) as type %s in assignment",
						           ck_expr_str(x), ty_string(rt[i]), ty_string(vars[i]->type));
				}
			}
		} else {
			mismatch_error(s, nl, rhs, x->type);
			ok = false;
		}
	} else {
		for (int i = 0; i < nr; i++)
			ck_use(rhs->v[i]);
		mismatch_error(s, nl, rhs, NULL);
		ok = false;
	}
	/* declare the new variables */
	for (int i = 0; i < nl; i++) {
		Node *id = lhs->v[i];
		if (id->kind != N_IDENT)
			continue;
		if (strcmp(id->u.ident.name, "_") == 0) {
			id->type = ok ? rt[i] : ty_invalid;
			if (id->type && ty_is_untyped(id->type))
				id->type = ty_default(id->type);
			continue;
		}
		if (!isnew[i]) {
			if (vars[i])
				id->type = vars[i]->type;
			continue;
		}
		Type *t = ok && rt[i] ? rt[i] : ty_invalid;
		Symbol *v = ck_new_local(id, t);
		id->type = t;
		if (!ok)
			v->used = true; /* no follow-on "declared but not used" */
	}
	for (int i = 0; i < nl; i++)
		if (isnew[i])
			ck_declare(ck.scope, lhs->v[i]->u.ident.sym);
	if (!any_new && !bad)
		diag_error(s->pos, "no new variables on left side of :=");
}

static void opassign_stmt(Node *s)
{
	Node *l = s->u.assign.lhs.v[0];
	bool incdec = s->kind == N_INCDEC;
	Node *r = incdec ? NULL : s->u.assign.rhs.v[0];
	Op op = incdec ? (s->u.assign.tok == TOK_INC ? OP_ADD : OP_SUB) : s->u.assign.op;
	if (ck_is_blank(l)) {
		diag_error(ast_start_pos(l), "cannot use _ as value");
		if (r)
			ck_use(r);
		return;
	}
	ck_expr(l);
	if (IS_INVALID(l->type)) {
		if (r)
			ck_use(r);
		return;
	}
	if (incdec) {
		if (!ty_is_numeric(l->type)) {
			diag_error(ast_start_pos(l), "invalid operation: %s%s (non-numeric type %s)", ck_expr_str(l),
			           s->u.assign.tok == TOK_INC ? "++" : "--", ty_string(l->type));
			return;
		}
	} else {
		/* type-check l op r as a binary expression, reusing l */
		ck_expr(r);
		if (IS_INVALID(r->type))
			return;
		Node bin = {.kind = N_BINARY, .pos = s->pos};
		bin.u.binary.op = op;
		bin.u.binary.x = l;
		bin.u.binary.y = r;
		ck_opassign_node = &bin;
		ck_raw(&bin, false);
		ck_opassign_node = NULL;
		if (IS_INVALID(bin.type))
			return;
		if (ty_is_untyped(bin.type))
			ck_set_type(&bin, l->type);
	}
	if (!l->addressable)
		diag_error(ast_start_pos(l), "cannot assign to %s", ck_operand_str(l));
}

/* ---- statements ----------------------------------------------------- */

static void expr_stmt(Node *s)
{
	Node *x = s->u.exprstmt.x;
	ck_raw(x, true);
	Mode m = ck_mode(x);
	Node *u = ast_unparen(x);
	if (m == M_INVALID)
		return;
	if (u->kind == N_CALL && u->u.call.kind != CALL_CONV) {
		if (u->u.call.kind != CALL_BUILTIN)
			return;
		switch (u->u.call.builtin) {
		case BI_COPY: case BI_PANIC: case BI_PRINT: case BI_PRINTLN:
		case BI_CLOSE: case BI_DELETE: case BI_RECOVER:
			return;
		default:
			break;
		}
	}
	const char *msg = m == M_BUILTIN ? "must be called" : m == M_TYPE ? "is not an expression" : "is not used";
	diag_error(ast_start_pos(x), "%s %s", ck_operand_str(x), msg);
	if (!IS_INVALID(x->type) && ty_is_untyped(x->type) && x->type->kind != TY_UNTYPED_NIL)
		ck_set_type(x, ty_default(x->type));
}

static void cond_expr(Node *c, const char *what)
{
	ck_expr(c);
	if (IS_INVALID(c->type))
		return;
	if (!ty_is_boolean(c->type)) {
		diag_error(ast_start_pos(c), "non-boolean condition in %s statement", what);
		return;
	}
	if (ty_is_untyped(c->type))
		ck_set_type(c, ty_basic[TY_BOOL]);
}

static void return_stmt(Node *s)
{
	Func *fn = ck.fn;
	s->u.ret.fn = fn;
	NodeList *res = &s->u.ret.results;
	int want = fn->results.len;
	if (res->len == 0) {
		if (want == 0)
			return;
		Symbol *r0 = fn->results.v[0];
		if (r0->name[0] != '~' || r0->decl) {
			/* named results: must be in scope */
			for (int i = 0; i < want; i++) {
				Symbol *r = fn->results.v[i];
				if (r->name[0] == '~')
					continue;
				Symbol *alt = ck_lookup(r->name);
				if (alt && alt != r)
					diag_error(s->pos, "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of var %s %s",
					           r->name, diag_path(), alt->pos.line, alt->pos.col, r->name,
					           ty_string(alt->type));
			}
			return;
		}
		StrBuf b = {0};
		sb_puts(&b, "(");
		for (int i = 0; i < want; i++) {
			if (i)
				sb_puts(&b, ", ");
			sb_puts(&b, ty_string(((Symbol *)fn->results.v[i])->type));
		}
		sb_puts(&b, ")");
		diag_error(s->pos, "not enough return values\n\thave ()\n\twant %s", b.p);
		return;
	}
	if (res->len == want) {
		for (int i = 0; i < want; i++) {
			ck_expr(res->v[i]);
			if (!IS_INVALID(res->v[i]->type))
				ck_assignable(res->v[i], ((Symbol *)fn->results.v[i])->type, "return statement");
		}
		return;
	}
	Type **have;
	int nhave;
	bool ok = true;
	if (res->len == 1) {
		Node *x = res->v[0];
		ck_multi(x);
		if (IS_INVALID(x->type))
			return;
		if (x->type->kind == TY_TUPLE) {
			have = x->type->results;
			nhave = x->type->nresults;
			if (nhave == want) {
				for (int i = 0; i < want; i++) {
					Type *rt = ((Symbol *)fn->results.v[i])->type;
					Node tmp = {.kind = N_BAD, .type = have[i], .pos = x->pos};
					if (!ck_assignable_to(&tmp, rt))
						diag_error(ast_start_pos(x), "cannot use %s (value of type %s) as type %s in return statement",
						           ck_expr_str(x), ty_string(have[i]), ty_string(rt));
				}
				return;
			}
			if (nhave == 0) {
				diag_error(ast_start_pos(x), "%s (no value) used as value", ck_expr_str(x));
				return;
			}
		} else {
			have = &x->type;
			nhave = 1;
		}
	} else {
		have = arena_alloc(g_arena, (size_t)res->len * sizeof *have);
		nhave = res->len;
		for (int i = 0; i < res->len; i++) {
			ck_expr(res->v[i]);
			have[i] = res->v[i]->type;
			if (IS_INVALID(have[i]))
				ok = false;
		}
	}
	if (!ok)
		return;
	StrBuf h = {0}, w = {0};
	sb_puts(&h, "(");
	for (int i = 0; i < nhave; i++) {
		if (i)
			sb_puts(&h, ", ");
		Type *t = have[i];
		if (ty_is_untyped(t))
			sb_puts(&h, ty_is_numeric(t) ? "number" : ty_string(t) + strlen("untyped "));
		else
			sb_puts(&h, ty_string(t));
	}
	sb_puts(&h, ")");
	sb_puts(&w, "(");
	for (int i = 0; i < want; i++) {
		if (i)
			sb_puts(&w, ", ");
		sb_puts(&w, ty_string(((Symbol *)fn->results.v[i])->type));
	}
	sb_puts(&w, ")");
	Pos at;
	bool too_many = nhave > want;
	if (res->len == 1)
		at = ast_start_pos(res->v[0]);
	else if (too_many)
		at = ast_start_pos(res->v[want]);
	else
		at = ast_start_pos(res->v[res->len - 1]);
	diag_error(at, "%s return values\n\thave %s\n\twant %s", too_many ? "too many" : "not enough", h.p, w.p);
}

static void switch_stmt(Node *s)
{
	ck_open_scope(ck.fn, false);
	if (s->u.sw.init)
		ck_stmt(s->u.sw.init);
	Node *tag = s->u.sw.tag;
	if (ast_is_typeswitch(s)) {
		ck_typeswitch(s);
		ck_close_scope();
		return;
	}
	Type *tt = ty_basic[TY_BOOL];
	if (tag) {
		ck_expr(tag);
		if (!IS_INVALID(tag->type)) {
			if (tag->type->kind == TY_UNTYPED_NIL) {
				diag_error(ast_start_pos(tag), "use of untyped nil in switch expression");
				tag->type = ty_invalid;
			} else if (ty_is_untyped(tag->type) && !ck_assignable(tag, ty_default(tag->type), "switch expression")) {
				tag->type = ty_invalid;
			}
			if (!IS_INVALID(tag->type) && !ty_comparable(tag->type) && !ck_has_nil(tag->type)) {
				diag_error(ast_start_pos(tag), "cannot switch on %s (%s is not comparable)", ck_operand_str(tag),
				           ty_string(tag->type));
				tag->type = ty_invalid;
			}
		}
		tt = tag->type;
	}
	PtrList seen = {0}; /* Node* constant case values */
	Node *first_default = NULL;
	for (int i = 0; i < s->u.sw.clauses.len; i++) {
		Node *cc = s->u.sw.clauses.v[i];
		if (cc->u.cc.is_default) {
			if (first_default)
				diag_error(cc->pos, "multiple defaults (first at %s:%d:%d)", diag_path(),
				           first_default->pos.line, first_default->pos.col);
			else
				first_default = cc;
		}
		for (int j = 0; j < cc->u.cc.exprs.len; j++) {
			Node *e = cc->u.cc.exprs.v[j];
			ck_expr(e);
			if (IS_INVALID(e->type) || IS_INVALID(tt))
				continue;
			/* e is converted to the tag's type, then compared */
			if (!ck_convert_untyped(e, tt))
				continue;
			const char *cause = NULL;
			Node tagnode = {.kind = N_BAD, .type = tt, .pos = s->pos};
			Node *tn = tag ? tag : &tagnode;
			if (!ck_assignable_to(e, tt) && !ck_assignable_to(tn, e->type))
				cause = arena_sprintf(g_arena, "mismatched types %s and %s", ty_string(e->type), ty_string(tt));
			else if (!ty_comparable(e->type))
				cause = ck_incomparable_cause(e->type);
			if (cause) {
				diag_error(ast_start_pos(e), "invalid case %s in switch on %s (%s)", ck_expr_str(e),
				           tag ? ck_expr_str(tag) : "true", cause);
				continue;
			}
			if (IS_INVALID(e->type) || !e->cval)
				continue;
			for (int k = 0; k < seen.len; k++) {
				Node *o = seen.v[k];
				if (ty_identical(o->type, e->type) && cv_equal(o->cval, e->cval)) {
					Pos op = ast_start_pos(o);
					diag_error(ast_start_pos(e), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
					           ck_operand_str(e), diag_path(), op.line, op.col);
					break;
				}
			}
			pl_push(&seen, e);
		}
		ck_open_scope(ck.fn, false);
		ck_stmts(&cc->u.cc.body);
		ck_close_scope();
	}
	ck_close_scope();
}

static void range_stmt(Node *s)
{
	int errors_before = diag_count();
	ck_open_scope(ck.fn, false);
	Node *x = s->u.range.x;
	ck_expr(x);
	Type *kt = NULL, *vt = NULL;
	bool ok = false;
	if (!IS_INVALID(x->type)) {
		Type *u = ty_under(x->type);
		if (ty_is_string(x->type)) {
			if (ty_is_untyped(x->type))
				ck_convert_untyped(x, NULL);
			kt = ty_basic[TY_INT];
			vt = ty_rune_alias;
			ok = true;
		} else if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
			kt = ty_basic[TY_INT];
			vt = u->elem;
			ok = true;
		} else if (u->kind == TY_POINTER && ty_under(u->elem)->kind == TY_ARRAY) {
			kt = ty_basic[TY_INT];
			vt = ty_under(u->elem)->elem;
			ok = true;
		} else if (u->kind == TY_MAP) {
			ck_unsupported(s->pos, "maps");
		} else {
			diag_error(ast_start_pos(x), "cannot range over %s", ck_operand_str(x));
		}
	}
	Node *lhs[2] = {s->u.range.key, s->u.range.value};
	Type *types[2] = {kt, vt};
	if (s->u.range.define) {
		PtrList news = {0};
		for (int i = 0; i < 2; i++) {
			Node *id = lhs[i];
			if (!id)
				continue;
			if (id->kind != N_IDENT) {
				diag_error(ast_start_pos(id), "non-name %s on left side of :=", ck_expr_str(id));
				continue;
			}
			Type *t = ok ? types[i] : ty_invalid;
			id->type = t;
			if (strcmp(id->u.ident.name, "_") == 0)
				continue;
			Symbol *v = ck_new_local(id, t);
			if (!ok)
				v->used = true;
			pl_push(&news, id);
		}
		for (int i = 0; i < news.len; i++) {
			Node *id = news.v[i];
			ck_declare(ck.scope, id->u.ident.sym);
		}
	} else {
		for (int i = 0; i < 2; i++) {
			Node *l = lhs[i];
			if (!l)
				continue;
			Type *T = check_lhs(l);
			if (!ok || !T || IS_INVALID(T))
				continue;
			Node tmp = {.kind = N_BAD, .type = types[i], .pos = l->pos};
			if (!ck_assignable_to(&tmp, T))
				diag_error(ast_start_pos(l), "cannot use %s (value of type %s) as type %s in assignment",
				           ck_expr_str(l), ty_string(types[i]), ty_string(T));
		}
	}
	/* as for assignments: no "declared but not used" after an error */
	NodeList vars = {0};
	if (s->u.range.key)
		nl_push(&vars, s->u.range.key);
	if (s->u.range.value)
		nl_push(&vars, s->u.range.value);
	ck_use_lhs_after_error(&vars, errors_before);
	ck_stmt(s->u.range.body);
	ck_close_scope();
}

void ck_stmt(Node *s)
{
	switch (s->kind) {
	case N_EMPTY:
		return;
	case N_DECLSTMT:
		decl_stmt(s->u.declstmt.decl);
		return;
	case N_LABELED:
		ck_stmt(s->u.labeled.stmt);
		return;
	case N_EXPRSTMT:
		expr_stmt(s);
		return;
	case N_INCDEC:
		opassign_stmt(s);
		return;
	case N_ASSIGN:
		if (s->u.assign.tok == TOK_DEFINE)
			define_stmt(s);
		else if (s->u.assign.tok == TOK_OPASSIGN)
			opassign_stmt(s);
		else
			assign_stmt(s);
		return;
	case N_RETURN:
		return_stmt(s);
		return;
	case N_BRANCH:
		return; /* see ck_labels */
	case N_BLOCK:
		ck_open_scope(ck.fn, false);
		ck_stmts(&s->u.block.stmts);
		ck_close_scope();
		return;
	case N_IF:
		ck_open_scope(ck.fn, false);
		if (s->u.ifs.init)
			ck_stmt(s->u.ifs.init);
		cond_expr(s->u.ifs.cond, "if");
		ck_stmt(s->u.ifs.then);
		if (s->u.ifs.els)
			ck_stmt(s->u.ifs.els);
		ck_close_scope();
		return;
	case N_SWITCH:
		switch_stmt(s);
		return;
	case N_FOR:
		ck_open_scope(ck.fn, false);
		if (s->u.fors.init)
			ck_stmt(s->u.fors.init);
		if (s->u.fors.cond)
			cond_expr(s->u.fors.cond, "for");
		if (s->u.fors.post) {
			Node *p = s->u.fors.post;
			if (p->kind == N_ASSIGN && p->u.assign.tok == TOK_DEFINE)
				diag_error(p->pos, "cannot declare in post statement of for loop");
			else
				ck_stmt(p);
		}
		ck_stmt(s->u.fors.body);
		ck_close_scope();
		return;
	case N_RANGE:
		range_stmt(s);
		return;
	case N_UNSUPPORTED:
		ck_unsupported(s->pos, "%s", s->u.unsup.what);
		return;
	default:
		diag_error(s->pos, "unexpected %s", node_kind_names[s->kind]);
		return;
	}
}

void ck_stmts(NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		ck_stmt(l->v[i]);
}

/* ---- unused variables ----------------------------------------------- */

void ck_report_unused(Func *fn)
{
	for (int i = 0; i < fn->locals.len; i++) {
		Symbol *s = fn->locals.v[i];
		if (!s->used && strcmp(s->name, "_") != 0 && s->type && !IS_INVALID(s->type))
			diag_error(s->pos, "%s declared but not used", s->name);
	}
}

/* ---- terminating statements ----------------------------------------- */

static bool has_break(Node *s, const char *label, bool implicit);

static bool has_break_list(NodeList *l, const char *label, bool implicit)
{
	for (int i = 0; i < l->len; i++)
		if (has_break(l->v[i], label, implicit))
			return true;
	return false;
}

static bool has_break(Node *s, const char *label, bool implicit)
{
	if (!s)
		return false;
	switch (s->kind) {
	case N_BRANCH:
		if (s->u.branch.tok == TOK_BREAK) {
			if (!s->u.branch.label)
				return implicit;
			return label && s->u.branch.label->u.ident.name == label;
		}
		return false;
	case N_LABELED:
		return has_break(s->u.labeled.stmt, label, implicit);
	case N_BLOCK:
		return has_break_list(&s->u.block.stmts, label, implicit);
	case N_IF:
		return has_break(s->u.ifs.then, label, implicit) || has_break(s->u.ifs.els, label, implicit);
	case N_CASECLAUSE:
		return has_break_list(&s->u.cc.body, label, implicit);
	case N_SWITCH:
		if (!label)
			return false;
		for (int i = 0; i < s->u.sw.clauses.len; i++)
			if (has_break(s->u.sw.clauses.v[i], label, false))
				return true;
		return false;
	case N_FOR:
		return label && has_break(s->u.fors.body, label, false);
	case N_RANGE:
		return label && has_break(s->u.range.body, label, false);
	default:
		return false;
	}
}

static bool terminating_list(NodeList *l)
{
	int n = l->len;
	while (n > 0 && l->v[n - 1]->kind == N_EMPTY)
		n--;
	return n > 0 && ck_is_terminating(l->v[n - 1], NULL);
}

bool ck_is_terminating(Node *s, const char *label)
{
	switch (s->kind) {
	case N_LABELED:
		return ck_is_terminating(s->u.labeled.stmt, s->u.labeled.label->u.ident.name);
	case N_EXPRSTMT: {
		Node *c = ast_unparen(s->u.exprstmt.x);
		return c->kind == N_CALL && c->u.call.kind == CALL_BUILTIN && c->u.call.builtin == BI_PANIC;
	}
	case N_RETURN:
		return true;
	case N_BRANCH:
		return s->u.branch.tok == TOK_GOTO || s->u.branch.tok == TOK_FALLTHROUGH;
	case N_BLOCK:
		return terminating_list(&s->u.block.stmts);
	case N_IF:
		return s->u.ifs.els && ck_is_terminating(s->u.ifs.then, NULL) && ck_is_terminating(s->u.ifs.els, NULL);
	case N_SWITCH: {
		bool has_default = false;
		for (int i = 0; i < s->u.sw.clauses.len; i++) {
			Node *cc = s->u.sw.clauses.v[i];
			if (cc->u.cc.is_default)
				has_default = true;
			if (!terminating_list(&cc->u.cc.body) || has_break_list(&cc->u.cc.body, label, true))
				return false;
		}
		return has_default;
	}
	case N_FOR:
		return !s->u.fors.cond && !has_break(s->u.fors.body, label, true);
	default:
		return false;
	}
}

/* ---- branches and labels (go1.19's syntax.checkBranches) ------------ */

typedef struct LBlock LBlock;
struct LBlock {
	LBlock *parent;
	Pos start;
	Node *lstmt; /* labeled statement owning this block */
};

typedef struct Label {
	const char *name;
	LBlock *parent;
	Node *lstmt;
	bool used;
} Label;

typedef struct Targets {
	Node *breaks;    /* FOR, RANGE or SWITCH */
	Node *continues; /* FOR or RANGE */
	int case_index;
	int nclauses;
} Targets;

typedef struct LabelScope {
	PtrList labels; /* Label* */
} LabelScope;

static Label *find_label(LabelScope *ls, const char *name)
{
	for (int i = 0; i < ls->labels.len; i++) {
		Label *l = ls->labels.v[i];
		if (l->name == name)
			return l;
	}
	return NULL;
}

static Label *declare_label(LabelScope *ls, LBlock *b, Node *s)
{
	const char *name = s->u.labeled.label->u.ident.name;
	Label *alt = find_label(ls, name);
	if (alt) {
		Pos p = alt->lstmt->u.labeled.label->pos;
		diag_error(s->u.labeled.label->pos, "label %s already defined at %s:%d:%d", name, diag_path(), p.line,
		           p.col);
		return alt;
	}
	Label *l = arena_alloc(g_arena, sizeof *l);
	l->name = name;
	l->parent = b;
	l->lstmt = s;
	pl_push(&ls->labels, l);
	return l;
}

static Node *goto_target(LabelScope *ls, LBlock *b, const char *name)
{
	Label *l = find_label(ls, name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->parent == b)
			return l->lstmt;
	return NULL;
}

static Node invalid_target;

static Node *enclosing_target(LabelScope *ls, LBlock *b, const char *name)
{
	Label *l = find_label(ls, name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->lstmt == b->lstmt)
			return l->lstmt;
	return &invalid_target;
}

static void block_branches(LabelScope *ls, LBlock *parent, Targets ctxt, Node *lstmt, Pos start,
                           NodeList *body, int from, int count, PtrList *out_fwd);

/* "a, b" for a := statement: only needed for a message, so built late
 * (every := of a big program would otherwise cost a string). */
static const char *defined_names(Node *assign)
{
	NodeList *lhs = &assign->u.assign.lhs;
	if (lhs->len == 1)
		return ck_expr_str(lhs->v[0]);
	StrBuf sb = {0};
	for (int i = 0; i < lhs->len; i++) {
		if (i)
			sb_puts(&sb, ", ");
		sb_puts(&sb, ck_expr_str(lhs->v[i]));
	}
	return sb.p;
}

static void inner_block(LabelScope *ls, LBlock *b, Targets ctxt, Node *lstmt, Pos start, NodeList *body,
                        PtrList *fwd)
{
	PtrList inner = {0};
	block_branches(ls, b, ctxt, lstmt, start, body, 0, body->len, &inner);
	for (int i = 0; i < inner.len; i++)
		pl_push(fwd, inner.v[i]);
}

static void block_branches(LabelScope *ls, LBlock *parent, Targets ctxt, Node *lstmt, Pos start,
                           NodeList *body, int from, int count, PtrList *fwd)
{
	LBlock *b = arena_alloc(g_arena, sizeof *b);
	b->parent = parent;
	b->start = start;
	b->lstmt = lstmt;
	Pos var_pos = {0, 0};
	const char *var_name = NULL; /* the last declaration's names, */
	Node *var_assign = NULL;     /* or the := statement that has them */
	PtrList bad = {0};
	int n = from + count;
	while (n > from && body->v[n - 1]->kind == N_EMPTY)
		n--;
	for (int idx = from; idx < n; idx++) {
		Node *s = body->v[idx];
		lstmt = NULL;
	again:
		switch (s->kind) {
		case N_DECLSTMT: {
			Node *d = s->u.declstmt.decl;
			if (d->kind == N_GENDECL && d->u.gendecl.tok == TOK_VAR && d->u.gendecl.specs.len) {
				Node *sp = d->u.gendecl.specs.v[0];
				if (sp->kind == N_VALUESPEC && sp->u.vspec.names.len) {
					var_pos = sp->u.vspec.names.v[0]->pos;
					var_name = sp->u.vspec.names.v[0]->u.ident.name;
					var_assign = NULL;
					bad.len = 0;
					for (int i = 0; i < fwd->len; i++)
						pl_push(&bad, fwd->v[i]);
				}
			}
			break;
		}
		case N_LABELED: {
			const char *name = s->u.labeled.label->u.ident.name;
			if (strcmp(name, "_") != 0) {
				Label *l = declare_label(ls, b, s);
				int k = 0;
				for (int i = 0; i < fwd->len; i++) {
					Node *g = fwd->v[i];
					if (g->u.branch.label->u.ident.name == name) {
						g->u.branch.target = s;
						l->used = true;
						bool over = false;
						if (var_pos.line)
							for (int j = 0; j < bad.len; j++)
								if (bad.v[j] == g)
									over = true;
						if (over)
							diag_error(g->u.branch.label->pos, "goto %s jumps over declaration of %s at %s:%d:%d",
							           name, var_assign ? defined_names(var_assign) : var_name,
							           diag_path(), var_pos.line, var_pos.col);
					} else {
						fwd->v[k++] = g;
					}
				}
				fwd->len = k;
				lstmt = s;
			}
			s = s->u.labeled.stmt;
			goto again;
		}
		case N_BRANCH: {
			Tok tok = s->u.branch.tok;
			if (!s->u.branch.label) {
				if (tok == TOK_BREAK) {
					if (ctxt.breaks)
						s->u.branch.target = ctxt.breaks;
					else
						diag_error(s->pos, "break is not in a loop, switch, or select");
				} else if (tok == TOK_CONTINUE) {
					if (ctxt.continues)
						s->u.branch.target = ctxt.continues;
					else
						diag_error(s->pos, "continue is not in a loop");
				} else if (tok == TOK_FALLTHROUGH) {
					const char *msg = "fallthrough statement out of place";
					if (ctxt.breaks && ctxt.breaks->kind == N_SWITCH) {
						if (ctxt.case_index < 0 || idx + 1 < n)
							;
						else if (ast_is_typeswitch(ctxt.breaks))
							msg = "cannot fallthrough in type switch";
						else if (ctxt.case_index + 1 == ctxt.nclauses)
							msg = "cannot fallthrough final case in switch";
						else {
							s->u.branch.target = ctxt.breaks;
							break;
						}
					}
					diag_error(s->pos, "%s", msg);
				}
				break;
			}
			const char *name = s->u.branch.label->u.ident.name;
			if (tok == TOK_BREAK) {
				Node *t = enclosing_target(ls, b, name);
				if (t && t != &invalid_target) {
					Node *st = t->u.labeled.stmt;
					if (st->kind == N_SWITCH || st->kind == N_FOR || st->kind == N_RANGE)
						s->u.branch.target = st;
					else
						diag_error(s->u.branch.label->pos, "invalid break label %s", name);
				} else if (t == &invalid_target) {
					diag_error(s->u.branch.label->pos, "invalid break label %s", name);
				} else {
					diag_error(s->u.branch.label->pos, "break label not defined: %s", name);
				}
			} else if (tok == TOK_CONTINUE) {
				Node *t = enclosing_target(ls, b, name);
				if (t && t != &invalid_target) {
					Node *st = t->u.labeled.stmt;
					if (st->kind == N_FOR || st->kind == N_RANGE)
						s->u.branch.target = st;
					else
						diag_error(s->u.branch.label->pos, "invalid continue label %s", name);
				} else if (t == &invalid_target) {
					diag_error(s->u.branch.label->pos, "invalid continue label %s", name);
				} else {
					diag_error(s->u.branch.label->pos, "continue label not defined: %s", name);
				}
			} else if (tok == TOK_GOTO) {
				Node *t = goto_target(ls, b, name);
				if (t)
					s->u.branch.target = t;
				else
					pl_push(fwd, s);
			}
			break;
		}
		case N_ASSIGN:
			if (s->u.assign.tok == TOK_DEFINE) {
				var_pos = s->pos;
				var_assign = s;
				bad.len = 0;
				for (int i = 0; i < fwd->len; i++)
					pl_push(&bad, fwd->v[i]);
			}
			break;
		case N_BLOCK: {
			Targets in = {ctxt.breaks, ctxt.continues, -1, 0};
			inner_block(ls, b, in, lstmt, s->pos, &s->u.block.stmts, fwd);
			break;
		}
		case N_IF: {
			Targets in = {ctxt.breaks, ctxt.continues, -1, 0};
			inner_block(ls, b, in, lstmt, s->u.ifs.then->pos, &s->u.ifs.then->u.block.stmts, fwd);
			if (s->u.ifs.els) {
				NodeList one = {0};
				nl_push(&one, s->u.ifs.els);
				inner_block(ls, b, in, lstmt, s->u.ifs.els->pos, &one, fwd);
			}
			break;
		}
		case N_FOR: {
			Targets in = {s, s, -1, 0};
			inner_block(ls, b, in, lstmt, s->u.fors.body->pos, &s->u.fors.body->u.block.stmts, fwd);
			break;
		}
		case N_RANGE: {
			Targets in = {s, s, -1, 0};
			inner_block(ls, b, in, lstmt, s->u.range.body->pos, &s->u.range.body->u.block.stmts, fwd);
			break;
		}
		case N_SWITCH: {
			Targets in = {s, ctxt.continues, -1, s->u.sw.clauses.len};
			for (int i = 0; i < s->u.sw.clauses.len; i++) {
				Node *cc = s->u.sw.clauses.v[i];
				in.case_index = i;
				inner_block(ls, b, in, lstmt, cc->pos, &cc->u.cc.body, fwd);
			}
			break;
		}
		default:
			break;
		}
	}
}

void ck_labels(Func *fn, Node *body)
{
	LabelScope ls = {0};
	PtrList fwd = {0};
	Targets none = {NULL, NULL, -1, 0};
	block_branches(&ls, NULL, none, NULL, body->pos, &body->u.block.stmts, 0, body->u.block.stmts.len, &fwd);
	for (int i = 0; i < fwd.len; i++) {
		Node *g = fwd.v[i];
		const char *name = g->u.branch.label->u.ident.name;
		Label *l = find_label(&ls, name);
		if (l) {
			l->used = true;
			diag_error(g->u.branch.label->pos, "goto %s jumps into block starting at %s:%d:%d", name, diag_path(),
			           l->parent->start.line, l->parent->start.col);
		} else {
			diag_error(g->u.branch.label->pos, "label %s not defined", name);
		}
	}
	for (int i = 0; i < ls.labels.len; i++) {
		Label *l = ls.labels.v[i];
		if (!l->used)
			diag_error(l->lstmt->u.labeled.label->pos, "label %s defined and not used", l->name);
	}
}
