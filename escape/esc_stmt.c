/*
 * esc_stmt.c: building the escape graph from statements.  Assignments
 * (with gc's self-assignment exception), returns into the result
 * locations, range loops, loop depth (for loops and labels that are the
 * targets of backward gotos), declarations recording the loop depth of
 * their variables, and, once every body of the batch is walked, the
 * closure captures (by value or by reference).  Also the pre-pass that
 * finds function-valued variables defined once (static callees).
 */
#include "esc_internal.h"

#include <string.h>

static Type *under(Type *t)
{
	return t ? ty_under(t) : NULL;
}

static EscLoc *var_loc_of(Node *id)
{
	if (!id || id->kind != N_IDENT || !id->u.ident.sym)
		return NULL;
	Symbol *s = id->u.ident.sym;
	if (s->kind != SYM_VAR || s->global)
		return NULL;
	return esc_sym_loc(s);
}

/* A declaration: the variable lives at the current loop depth. */
static void dcl(EscState *e, Node *id)
{
	EscLoc *l = var_loc_of(id);
	if (l && l->fn == e->fn)
		l->loopdepth = e->loopdepth;
}

/* ---- static callees: a pre-pass over a body ------------------------------ */

/* The variable whose storage n is part of (x, x.f, x[i] of an array). */
static Node *outer_value(Node *n)
{
	for (;;) {
		n = ast_unparen(n);
		if (n->kind == N_SELECTOR && n->u.sel.kind == SEL_FIELD && !n->u.sel.deref) {
			bool ptr = false;
			for (int i = 0; i < n->u.sel.npath; i++)
				ptr |= n->u.sel.path[i].deref;
			if (ptr)
				return n;
			n = n->u.sel.x;
		} else if (n->kind == N_INDEX && under(n->u.index.x->type) &&
		           under(n->u.index.x->type)->kind == TY_ARRAY) {
			n = n->u.index.x;
		} else {
			return n;
		}
	}
}

static void mark_bad(Node *n)
{
	EscLoc *l = var_loc_of(ast_unparen(n));
	if (l)
		l->static_bad = true;
}

static void scan(Node *n);

static void scan_list(NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		scan(l->v[i]);
}

static void scan(Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_FUNCLIT:
		return; /* scanned as a function of the batch */
	case N_ASSIGN:
		if (n->u.assign.tok == TOK_DEFINE || n->u.assign.tok == TOK_ASSIGN) {
			bool pairs = n->u.assign.lhs.len == n->u.assign.rhs.len;
			for (int i = 0; i < n->u.assign.lhs.len; i++) {
				Node *id = ast_unparen(n->u.assign.lhs.v[i]);
				EscLoc *l = var_loc_of(id);
				if (!l)
					continue;
				if (n->u.assign.tok == TOK_DEFINE && id->u.ident.defines) {
					if (pairs)
						l->static_rhs = n->u.assign.rhs.v[i];
				} else {
					l->static_bad = true;
				}
			}
		}
		scan_list(&n->u.assign.lhs);
		scan_list(&n->u.assign.rhs);
		return;
	case N_VALUESPEC:
		if (n->u.vspec.names.len == n->u.vspec.values.len)
			for (int i = 0; i < n->u.vspec.names.len; i++) {
				EscLoc *l = var_loc_of(n->u.vspec.names.v[i]);
				if (l)
					l->static_rhs = n->u.vspec.values.v[i];
			}
		scan_list(&n->u.vspec.values);
		return;
	case N_UNARY:
		if (n->u.unary.op == OP_AND)
			mark_bad(outer_value(n->u.unary.x));
		scan(n->u.unary.x);
		return;
	case N_SELECTOR:
		if (n->u.sel.kind == SEL_METHOD && n->u.sel.adjust == RECV_ADDR &&
		    n->u.sel.npath == 0)
			mark_bad(outer_value(n->u.sel.x));
		scan(n->u.sel.x);
		return;
	case N_SLICE:
		if (under(n->u.slice.x->type) && under(n->u.slice.x->type)->kind == TY_ARRAY)
			mark_bad(outer_value(n->u.slice.x));
		scan(n->u.slice.x);
		scan(n->u.slice.lo);
		scan(n->u.slice.hi);
		scan(n->u.slice.max);
		return;
	case N_COMPOSITE:
		scan_list(&n->u.composite.elts);
		return;
	case N_KEYVALUE:
		scan(n->u.kv.value);
		return;
	case N_PAREN:
		scan(n->u.paren.x);
		return;
	case N_INDEX:
		scan(n->u.index.x);
		scan(n->u.index.index);
		return;
	case N_CALL:
		scan(n->u.call.fun);
		scan_list(&n->u.call.args);
		return;
	case N_STAR:
		scan(n->u.star.x);
		return;
	case N_BINARY:
		scan(n->u.binary.x);
		scan(n->u.binary.y);
		return;
	case N_DECLSTMT:
		scan(n->u.declstmt.decl);
		return;
	case N_GENDECL:
		if (n->u.gendecl.tok == TOK_VAR)
			scan_list(&n->u.gendecl.specs);
		return;
	case N_LABELED:
		scan(n->u.labeled.stmt);
		return;
	case N_EXPRSTMT:
		scan(n->u.exprstmt.x);
		return;
	case N_INCDEC:
		scan_list(&n->u.assign.lhs);
		return;
	case N_RETURN:
		scan_list(&n->u.ret.results);
		return;
	case N_BLOCK:
		scan_list(&n->u.block.stmts);
		return;
	case N_IF:
		scan(n->u.ifs.init);
		scan(n->u.ifs.cond);
		scan(n->u.ifs.then);
		scan(n->u.ifs.els);
		return;
	case N_SWITCH:
		scan(n->u.sw.init);
		scan(n->u.sw.tag);
		scan_list(&n->u.sw.clauses);
		return;
	case N_CASECLAUSE:
		scan_list(&n->u.cc.exprs);
		scan_list(&n->u.cc.body);
		return;
	case N_FOR:
		scan(n->u.fors.init);
		scan(n->u.fors.cond);
		scan(n->u.fors.post);
		scan(n->u.fors.body);
		return;
	case N_RANGE:
		scan(n->u.range.x);
		scan(n->u.range.body);
		return;
	default:
		return;
	}
}

static Node *func_body(Func *fn)
{
	Node *d = fn->decl;
	if (!d)
		return NULL;
	return d->kind == N_FUNCDECL ? d->u.funcdecl.body : d->u.funclit.body;
}

void esc_scan_func(Func *fn)
{
	scan(func_body(fn));
}

/* ---- labels: which are targets of backward gotos --------------------------- */

static bool in_list(PtrList *l, void *p)
{
	for (int i = 0; i < l->len; i++)
		if (l->v[i] == p)
			return true;
	return false;
}

static void find_labels(EscFunc *ef, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_LABELED:
		pl_push(&ef->labels, n);
		find_labels(ef, n->u.labeled.stmt);
		return;
	case N_BRANCH:
		if (n->u.branch.tok == TOK_GOTO && n->u.branch.target &&
		    in_list(&ef->labels, n->u.branch.target))
			pl_push(&ef->looping, n->u.branch.target);
		return;
	case N_BLOCK:
		for (int i = 0; i < n->u.block.stmts.len; i++)
			find_labels(ef, n->u.block.stmts.v[i]);
		return;
	case N_IF:
		find_labels(ef, n->u.ifs.then);
		find_labels(ef, n->u.ifs.els);
		return;
	case N_SWITCH:
		for (int i = 0; i < n->u.sw.clauses.len; i++) {
			Node *c = n->u.sw.clauses.v[i];
			for (int j = 0; j < c->u.cc.body.len; j++)
				find_labels(ef, c->u.cc.body.v[j]);
		}
		return;
	case N_FOR:
		find_labels(ef, n->u.fors.body);
		return;
	case N_RANGE:
		find_labels(ef, n->u.range.body);
		return;
	default:
		return;
	}
}

/* ---- assignments ------------------------------------------------------------ */

static bool same_safe(Node *a, Node *b);

/* Index expressions that may not change memory (gc's mayAffectMemory). */
static bool may_affect_memory(Node *n)
{
	n = ast_unparen(n);
	if (n->cval)
		return false;
	switch (n->kind) {
	case N_IDENT:
	case N_BASICLIT:
		return false;
	case N_BINARY:
		return may_affect_memory(n->u.binary.x) || may_affect_memory(n->u.binary.y);
	case N_INDEX:
		return may_affect_memory(n->u.index.x) || may_affect_memory(n->u.index.index);
	case N_UNARY:
		return n->u.unary.op == OP_AND || may_affect_memory(n->u.unary.x);
	case N_SELECTOR:
		return may_affect_memory(n->u.sel.x);
	case N_STAR:
		return may_affect_memory(n->u.star.x);
	default:
		return true;
	}
}

static bool same_path(const Node *a, const Node *b)
{
	if (a->u.sel.npath != b->u.sel.npath || a->u.sel.deref != b->u.sel.deref)
		return false;
	for (int i = 0; i < a->u.sel.npath; i++)
		if (a->u.sel.path[i].field != b->u.sel.path[i].field ||
		    a->u.sel.path[i].deref != b->u.sel.path[i].deref)
			return false;
	return true;
}

/* gc's SameSafeExpr: the same side-effect-free expression. */
static bool same_safe(Node *a, Node *b)
{
	a = ast_unparen(a);
	b = ast_unparen(b);
	if (a->cval && b->cval)
		return a->kind == N_BASICLIT && b->kind == N_BASICLIT &&
		       strcmp(a->u.lit.raw, b->u.lit.raw) == 0;
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case N_IDENT:
		return a->u.ident.sym && a->u.ident.sym == b->u.ident.sym;
	case N_SELECTOR:
		return a->u.sel.kind == SEL_FIELD && b->u.sel.kind == SEL_FIELD &&
		       a->u.sel.name->u.ident.name == b->u.sel.name->u.ident.name &&
		       same_path(a, b) && same_safe(a->u.sel.x, b->u.sel.x);
	case N_STAR:
		return same_safe(a->u.star.x, b->u.star.x);
	case N_INDEX:
		return same_safe(a->u.index.x, b->u.index.x) &&
		       same_safe(a->u.index.index, b->u.index.index);
	case N_BINARY:
		return a->u.binary.op == b->u.binary.op && same_safe(a->u.binary.x, b->u.binary.x) &&
		       same_safe(a->u.binary.y, b->u.binary.y);
	case N_UNARY:
		return a->u.unary.op == b->u.unary.op && a->u.unary.op != OP_AND &&
		       same_safe(a->u.unary.x, b->u.unary.x);
	default:
		return false;
	}
}

static bool is_deref_sel(Node *n)
{
	return n->kind == N_SELECTOR && n->u.sel.kind == SEL_FIELD && n->u.sel.deref;
}

/* The pointer variable a store goes through (*p or p.f), else NULL. */
static Node *deref_base(Node *n)
{
	n = ast_unparen(n);
	if (n->kind == N_STAR)
		return ast_unparen(n->u.star.x);
	if (is_deref_sel(n) && n->u.sel.npath == 0)
		return ast_unparen(n->u.sel.x);
	return NULL;
}

/* gc's isSelfAssign: b.buf = b.buf[i:j] and v.x = v.y store nothing new. */
static bool is_self_assign(Node *dst, Node *src)
{
	dst = ast_unparen(dst);
	src = ast_unparen(src);
	/* slices of the same pointer's field */
	Node *dx = deref_base(dst);
	if (dx && dx->kind == N_IDENT && src->kind == N_SLICE) {
		Type *t = under(src->u.slice.x->type);
		if (t && t->kind != TY_ARRAY) {
			Node *bx = deref_base(src->u.slice.x);
			if (bx && bx->kind == N_IDENT && bx->u.ident.sym == dx->u.ident.sym)
				return true;
		}
	}
	if (dst->kind != src->kind)
		return false;
	if (dst->kind == N_SELECTOR) {
		if (dst->u.sel.kind != SEL_FIELD || src->u.sel.kind != SEL_FIELD)
			return false;
		if (dst->u.sel.deref != src->u.sel.deref)
			return false;
		/* the prefixes (including embedded steps) must be identical */
		if (dst->u.sel.npath != src->u.sel.npath)
			return false;
		for (int i = 0; i < dst->u.sel.npath; i++)
			if (dst->u.sel.path[i].field != src->u.sel.path[i].field ||
			    dst->u.sel.path[i].deref != src->u.sel.path[i].deref)
				return false;
		return same_safe(dst->u.sel.x, src->u.sel.x);
	}
	if (dst->kind == N_INDEX) {
		Type *t = under(dst->u.index.x->type);
		if (!t || t->kind == TY_STRING)
			return false;
		if (may_affect_memory(dst->u.index.index) || may_affect_memory(src->u.index.index))
			return false;
		return same_safe(dst->u.index.x, src->u.index.x);
	}
	return false;
}

/* Mark the destinations of an assignment as reassigned (except the
 * variables it defines). */
static void reassigned(EscHole *ks, Node **dsts, int n, bool is_range)
{
	for (int i = 0; i < n; i++) {
		EscLoc *l = ks[i].dst;
		if (l->kind == LOC_BLANK)
			continue;
		Node *id = dsts && dsts[i] ? ast_unparen(dsts[i]) : NULL;
		if (!is_range && id && id->kind == N_IDENT && id->u.ident.defines)
			continue;
		l->reassigned = true;
	}
}

static const char *stmt_string(Node *dst, Node *src, Tok tok)
{
	return arena_sprintf(esc_arena, "%s %s %s", esc_expr_string(dst),
	                     tok == TOK_DEFINE ? ":=" : "=", esc_expr_string(src));
}

/* dsts[i] = srcs[i] for each i (srcs may be shorter: missing = nothing). */
static void assign_list(EscState *e, Node **dsts, int nd, Node **srcs, int ns, Node *where)
{
	EscHole *ks = arena_alloc(esc_arena, (size_t)(nd + 1) * sizeof *ks);
	for (int i = 0; i < nd; i++)
		ks[i] = esc_addr_of(e, dsts ? dsts[i] : NULL);
	for (int i = 0; i < nd; i++) {
		Node *src = i < ns ? srcs[i] : NULL;
		EscHole k = ks[i];
		if (dsts && dsts[i] && src && where && where->kind == N_ASSIGN &&
		    is_self_assign(dsts[i], src)) {
			if (e->b->mlevel)
				esc_msg(e->b, where->pos, "%s ignoring self-assignment in %s", e->fn->name,
				        stmt_string(dsts[i], src, where->u.assign.tok));
			k = esc_discard(e);
		}
		esc_expr(e, k, src);
	}
	reassigned(ks, dsts, nd, false);
}

static void multi_call(EscState *e, NodeList *lhs, Node *call)
{
	EscHole *ks = arena_alloc(esc_arena, (size_t)(lhs->len + 1) * sizeof *ks);
	for (int i = 0; i < lhs->len; i++)
		ks[i] = esc_addr_of(e, lhs->v[i]);
	esc_call(e, ks, lhs->len, ast_unparen(call));
	reassigned(ks, lhs->v, lhs->len, false);
}

static void assign(EscState *e, Node *n)
{
	NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
	if (n->u.assign.tok == TOK_DEFINE)
		for (int i = 0; i < lhs->len; i++) {
			Node *id = ast_unparen(lhs->v[i]);
			if (id->kind == N_IDENT && id->u.ident.defines)
				dcl(e, id);
		}
	if (lhs->len > 1 && rhs->len == 1) {
		multi_call(e, lhs, rhs->v[0]);
		return;
	}
	if (n->u.assign.tok == TOK_OPASSIGN) {
		/* x op= y: only string concatenation keeps y's pointers */
		assign_list(e, lhs->v, 1, rhs->v, 1, NULL);
		return;
	}
	assign_list(e, lhs->v, lhs->len, rhs->v, rhs->len, n);
}

static void var_decl(EscState *e, Node *spec)
{
	NodeList *names = &spec->u.vspec.names, *vals = &spec->u.vspec.values;
	for (int i = 0; i < names->len; i++)
		dcl(e, names->v[i]);
	if (!vals->len)
		return;
	if (names->len > 1 && vals->len == 1) {
		EscHole *ks = arena_alloc(esc_arena, (size_t)(names->len + 1) * sizeof *ks);
		for (int i = 0; i < names->len; i++)
			ks[i] = esc_addr_of(e, names->v[i]);
		esc_call(e, ks, names->len, ast_unparen(vals->v[0]));
		return;
	}
	for (int i = 0; i < names->len && i < vals->len; i++)
		esc_expr(e, esc_addr_of(e, names->v[i]), vals->v[i]);
}

static void ret(EscState *e, Node *n)
{
	Func *fn = e->fn;
	int nr = fn->results.len;
	EscHole *ks = arena_alloc(esc_arena, (size_t)(nr + 1) * sizeof *ks);
	for (int i = 0; i < nr; i++) {
		EscLoc *l = esc_sym_loc(fn->results.v[i]);
		ks[i] = l ? esc_hole(l) : esc_discard(e);
	}
	NodeList *res = &n->u.ret.results;
	if (res->len == 1 && nr > 1) {
		esc_call(e, ks, nr, ast_unparen(res->v[0]));
		reassigned(ks, NULL, nr, false);
		return;
	}
	for (int i = 0; i < nr; i++)
		esc_expr(e, ks[i], i < res->len ? res->v[i] : NULL);
	reassigned(ks, NULL, nr, false);
}

static void range_stmt(EscState *e, Node *n)
{
	EscLoc *tmp = esc_new_loc(e, LOC_TEMP);
	esc_expr(e, esc_hole(tmp), n->u.range.x);
	if (n->u.range.define) {
		dcl(e, n->u.range.key);
		dcl(e, n->u.range.value);
	}
	e->loopdepth++;
	Node *dsts[2] = {n->u.range.key, n->u.range.value};
	EscHole ks[2] = {esc_addr_of(e, dsts[0]), esc_addr_of(e, dsts[1])};
	Type *t = under(n->u.range.x->type);
	if (t && t->kind == TY_ARRAY)
		esc_flow(e, ks[1], tmp);
	else
		esc_flow(e, esc_deref(ks[1]), tmp);
	reassigned(ks, dsts, 2, true);
	esc_block(e, n->u.range.body);
	e->loopdepth--;
}

static void stmt(EscState *e, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_DECLSTMT: {
		Node *d = n->u.declstmt.decl;
		if (d->u.gendecl.tok == TOK_VAR)
			for (int i = 0; i < d->u.gendecl.specs.len; i++)
				var_decl(e, d->u.gendecl.specs.v[i]);
		return;
	}
	case N_LABELED: {
		EscFunc *ef = esc_func(e->fn);
		if (in_list(&ef->looping, n))
			e->loopdepth++;
		stmt(e, n->u.labeled.stmt);
		return;
	}
	case N_EXPRSTMT: {
		Node *x = ast_unparen(n->u.exprstmt.x);
		if (x->kind == N_CALL)
			esc_call(e, NULL, 0, x);
		else
			esc_discard_expr(e, x);
		return;
	}
	case N_INCDEC: {
		EscHole k = esc_addr_of(e, n->u.assign.lhs.v[0]);
		reassigned(&k, NULL, 1, false);
		return;
	}
	case N_ASSIGN:
		assign(e, n);
		return;
	case N_RETURN:
		ret(e, n);
		return;
	case N_BLOCK:
		esc_block(e, n);
		return;
	case N_IF:
		stmt(e, n->u.ifs.init);
		esc_discard_expr(e, n->u.ifs.cond);
		esc_block(e, n->u.ifs.then);
		stmt(e, n->u.ifs.els);
		return;
	case N_SWITCH:
		stmt(e, n->u.sw.init);
		esc_discard_expr(e, n->u.sw.tag);
		for (int i = 0; i < n->u.sw.clauses.len; i++) {
			Node *c = n->u.sw.clauses.v[i];
			for (int j = 0; j < c->u.cc.exprs.len; j++)
				esc_discard_expr(e, c->u.cc.exprs.v[j]);
			int old = e->loopdepth;
			esc_stmts(e, &c->u.cc.body);
			e->loopdepth = old;
		}
		return;
	case N_FOR:
		stmt(e, n->u.fors.init);
		e->loopdepth++;
		esc_discard_expr(e, n->u.fors.cond);
		stmt(e, n->u.fors.post);
		esc_block(e, n->u.fors.body);
		e->loopdepth--;
		return;
	case N_RANGE:
		range_stmt(e, n);
		return;
	default:
		return;
	}
}

void esc_stmts(EscState *e, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		stmt(e, l->v[i]);
}

void esc_block(EscState *e, Node *blk)
{
	if (!blk)
		return;
	/* a looping label's depth lasts until the end of its block */
	int old = e->loopdepth;
	if (blk->kind != N_BLOCK)
		stmt(e, blk);
	else
		esc_stmts(e, &blk->u.block.stmts);
	e->loopdepth = old;
}

void esc_walk_func(EscState *e, Func *fn)
{
	EscFunc *ef = esc_func(fn);
	Node *body = func_body(fn);
	find_labels(ef, body);
	e->fn = fn;
	e->loopdepth = 1;
	esc_block(e, body);
}

/* ---- closures ------------------------------------------------------------------ */

/* A closure expression is evaluated: its free variables are captured
 * here, and plain assignments before the first capture at the same
 * loop depth do not count as reassignments. */
void esc_note_capture(EscState *e, Func *clo)
{
	for (int i = 0; i < clo->captures.len; i++) {
		EscLoc *l = esc_sym_loc(clo->captures.v[i]);
		if (!l || l->captured)
			continue;
		l->captured = true;
		if (l->loopdepth == e->loopdepth)
			l->reassigned = false;
	}
}

/* Wire captured variables into their closures: by value when the
 * variable is small, never address-taken and never reassigned; by
 * reference (its address flows into the closure) otherwise. */
void esc_flow_closures(EscBatch *b)
{
	for (int c = 0; c < b->nclosures; c++) {
		EscClosure *cl = &b->closures[c];
		EscState st = {.b = b, .fn = cl->k.dst->fn, .loopdepth = 1};
		for (int i = 0; i < cl->fn->captures.len; i++) {
			Symbol *s = cl->fn->captures.v[i];
			EscLoc *l = esc_sym_loc(s);
			if (!l)
				continue;
			ty_layout(s->type);
			l->byval = !l->addrtaken && !l->reassigned && s->type->size <= 128;
			EscHole k = cl->k;
			if (!l->byval)
				k = esc_addr(k);
			esc_flow(&st, k, l);
		}
	}
	b->nclosures = 0;
}
