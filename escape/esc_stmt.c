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

/* ---- dead code, as gc's deadcode pass removes it before escape analysis --- */

/* 1 or 0 for an if condition gc folds to a constant (it folds && and ||
 * with a constant left operand), -1 otherwise. */
static int const_cond(Node *c)
{
	c = c ? ast_unparen(c) : NULL;
	if (!c)
		return -1;
	if (c->cval)
		return cv_kind(c->cval) == CV_BOOL ? cv_bool_val(c->cval) : -1;
	if (c->kind != N_BINARY || (c->u.binary.op != OP_LAND && c->u.binary.op != OP_LOR))
		return -1;
	int x = const_cond(c->u.binary.x);
	if (x < 0)
		return -1;
	if (c->u.binary.op == OP_LAND)
		return x ? const_cond(c->u.binary.y) : 0;
	return x ? 1 : const_cond(c->u.binary.y);
}

/* The branches of an if that survive: a dead one becomes NULL. */
static void live_branches(Node *n, Node **then, Node **els)
{
	int c = const_cond(n->u.ifs.cond);
	*then = c == 0 ? NULL : n->u.ifs.then;
	*els = c == 1 ? NULL : n->u.ifs.els;
}

/* gc's noder flattens bare blocks into the enclosing statement list, and
 * its deadcode pass then works on those lists. */
static void flatten(NodeList *l, PtrList *out)
{
	for (int i = 0; i < l->len; i++) {
		Node *n = l->v[i];
		if (n->kind == N_BLOCK)
			flatten(&n->u.block.stmts, out);
		else if (n->kind != N_EMPTY)
			pl_push(out, n);
	}
}

static bool ends_in_exit(Node *blk)
{
	if (!blk || blk->kind != N_BLOCK)
		return false;
	PtrList flat = {0};
	flatten(&blk->u.block.stmts, &flat);
	if (!flat.len)
		return false;
	Node *last = flat.v[flat.len - 1];
	while (last->kind == N_LABELED)
		last = last->u.labeled.stmt;
	if (last->kind == N_RETURN)
		return true;
	Node *x = last->kind == N_EXPRSTMT ? ast_unparen(last->u.exprstmt.x) : NULL;
	return x && x->kind == N_CALL && x->u.call.kind == CALL_BUILTIN &&
	       x->u.call.builtin == BI_PANIC;
}

/* The statements of l that gc keeps, bare blocks flattened: an if with a
 * constant condition whose live branch ends in return or panic cuts the
 * rest of the list, unless a label follows it. */
static PtrList live_stmts(NodeList *l)
{
	PtrList flat = {0};
	flatten(l, &flat);
	int last_label = -1;
	for (int i = 0; i < flat.len; i++)
		if (((Node *)flat.v[i])->kind == N_LABELED)
			last_label = i;
	for (int i = last_label < 0 ? 0 : last_label; i < flat.len; i++) {
		Node *n = flat.v[i];
		if (i == last_label)
			n = n->u.labeled.stmt; /* gc: the label, then its statement */
		if (!n || n->kind != N_IF || const_cond(n->u.ifs.cond) < 0)
			continue;
		Node *then, *els;
		live_branches(n, &then, &els);
		if (ends_in_exit(then ? then : els)) {
			flat.len = i + 1;
			break;
		}
	}
	return flat;
}

/* gc's deadcode also trims a switch on a constant whose cases are all
 * constants: only the case that matches survives (unless it falls
 * through), else the default, else nothing.  Returns the index of the
 * one live clause, -1 for none, or -2 when every clause stays. */
static int live_clause(Node *sw)
{
	Node *tag = sw->u.sw.tag ? ast_unparen(sw->u.sw.tag) : NULL;
	if (tag && !tag->cval)
		return -2;
	ConstVal *x = tag ? tag->cval : cv_bool(true);
	int def = -1;
	for (int i = 0; i < sw->u.sw.clauses.len; i++) {
		Node *cc = sw->u.sw.clauses.v[i];
		if (cc->u.cc.is_default) {
			def = i;
			continue;
		}
		for (int j = 0; j < cc->u.cc.exprs.len; j++) {
			Node *c = ast_unparen(cc->u.cc.exprs.v[j]);
			if (!c->cval || cv_kind(c->cval) != cv_kind(x))
				return -2; /* not statically decidable here */
			if (strcmp(cv_string_repr(c->cval), cv_string_repr(x)) != 0)
				continue;
			NodeList *body = &cc->u.cc.body;
			for (int k = 0; k < body->len; k++) {
				Node *st = body->v[k];
				if (st->kind == N_BRANCH && st->u.branch.tok == TOK_FALLTHROUGH)
					return -2;
			}
			return i;
		}
	}
	return def;
}

/* Whether clause i of switch sw survives gc's deadcode. */
static bool clause_live(Node *sw, int i)
{
	int k = live_clause(sw);
	return k == -2 || k == i;
}

static bool empty_branch(Node *b)
{
	return !b || (b->kind == N_BLOCK && b->u.block.stmts.len == 0);
}

/* gc empties a body made only of constant-condition ifs left empty and
 * for loops whose condition is constant false. */
static bool body_all_dead(Node *body)
{
	if (!body || body->kind != N_BLOCK || !body->u.block.stmts.len)
		return false;
	for (int i = 0; i < body->u.block.stmts.len; i++) {
		Node *n = body->u.block.stmts.v[i];
		if (n->kind == N_IF) {
			Node *then, *els;
			live_branches(n, &then, &els);
			if (n->u.ifs.init || const_cond(n->u.ifs.cond) < 0 ||
			    !empty_branch(then) || !empty_branch(els))
				return false;
		} else if (n->kind == N_FOR) {
			if (n->u.fors.init || !n->u.fors.cond || const_cond(n->u.fors.cond) != 0)
				return false;
		} else {
			return false;
		}
	}
	return true;
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

/* esc_scan_visit's callback, called on every node scan reaches */
static void (*scan_visit)(Node *n, void *ctx);
static void *scan_ctx;

static void scan_slot(Node **slot, void *ctx)
{
	(void)ctx;
	scan(*slot);
}

/* Everything below n that a body runs, but no func literals (scanned as
 * functions of the batch), no dead code, and of a range loop only the
 * ranged expression and the body. */
static void scan(Node *n)
{
	if (!n)
		return;
	if (scan_visit)
		scan_visit(n, scan_ctx);
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
		break;
	case N_VALUESPEC:
		if (n->u.vspec.names.len == n->u.vspec.values.len)
			for (int i = 0; i < n->u.vspec.names.len; i++) {
				EscLoc *l = var_loc_of(n->u.vspec.names.v[i]);
				if (l)
					l->static_rhs = n->u.vspec.values.v[i];
			}
		break;
	case N_UNARY:
		if (n->u.unary.op == OP_AND)
			mark_bad(outer_value(n->u.unary.x));
		break;
	case N_SELECTOR:
		if (n->u.sel.kind == SEL_METHOD && n->u.sel.adjust == RECV_ADDR &&
		    n->u.sel.npath == 0)
			mark_bad(outer_value(n->u.sel.x));
		break;
	case N_SLICE:
		if (under(n->u.slice.x->type) && under(n->u.slice.x->type)->kind == TY_ARRAY)
			mark_bad(outer_value(n->u.slice.x));
		break;
	case N_BLOCK: {
		PtrList live = live_stmts(&n->u.block.stmts);
		for (int i = 0; i < live.len; i++)
			scan(live.v[i]);
		return;
	}
	case N_IF: {
		Node *then, *els;
		live_branches(n, &then, &els);
		scan(n->u.ifs.init);
		scan(n->u.ifs.cond);
		scan(then);
		scan(els);
		return;
	}
	case N_SWITCH:
		scan(n->u.sw.init);
		scan(n->u.sw.tag);
		for (int i = 0; i < n->u.sw.clauses.len; i++)
			if (clause_live(n, i))
				scan(n->u.sw.clauses.v[i]);
		return;
	case N_RANGE:
		scan(n->u.range.x);
		scan(n->u.range.body);
		return;
	default:
		break;
	}
	ast_children(n, scan_slot, NULL);
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

void esc_scan_visit(Func *fn, void (*f)(Node *n, void *ctx), void *ctx)
{
	scan_visit = f;
	scan_ctx = ctx;
	scan(func_body(fn));
	scan_visit = NULL;
	scan_ctx = NULL;
}

/* ---- gc's temporaries ----------------------------------------------------- */

static bool pos_before(Pos a, Pos b)
{
	return a.line < b.line || (a.line == b.line && a.col < b.col);
}

/* The := statement being evaluated: irgen declares its variables after
 * converting its right-hand side, so gc's temporaries do not count them. */
static const Node *defining;

static bool being_defined(const Symbol *s)
{
	if (!defining)
		return false;
	const NodeList *l = &defining->u.assign.lhs;
	for (int i = 0; i < l->len; i++)
		if (l->v[i]->kind == N_IDENT && l->v[i]->u.ident.sym == s)
			return true;
	return false;
}

/* The name gc gives the next temporary it makes in e->fn at pos:
 * .autotmp_N, N being how many variables the function declares by then
 * (receiver, parameters, results, locals, earlier temporaries). */
const char *esc_autotmp_name(EscState *e, Pos pos)
{
	Func *fn = e->fn;
	int n = (fn->recv ? 1 : 0) + fn->params.len + fn->results.len + esc_func(fn)->ntemps++;
	for (int i = 0; i < fn->locals.len; i++) {
		Symbol *s = fn->locals.v[i];
		if (s->kind == SYM_VAR && pos_before(s->pos, pos) && !being_defined(s))
			n++;
	}
	return arena_sprintf(esc_arena, ".autotmp_%d", n);
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
	case N_BLOCK: {
		PtrList live = live_stmts(&n->u.block.stmts);
		for (int i = 0; i < live.len; i++)
			find_labels(ef, live.v[i]);
		return;
	}
	case N_IF: {
		Node *then, *els;
		live_branches(n, &then, &els);
		find_labels(ef, then);
		find_labels(ef, els);
		return;
	}
	case N_SWITCH:
		for (int i = 0; i < n->u.sw.clauses.len; i++) {
			if (!clause_live(n, i))
				continue;
			PtrList live = live_stmts(&((Node *)n->u.sw.clauses.v[i])->u.cc.body);
			for (int j = 0; j < live.len; j++)
				find_labels(ef, live.v[j]);
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

/* An assignment statement as gc prints it: "a[i], a[j] = a[j], a[i]",
 * "s.c += s.a". */
static const char *stmt_string(Node *n)
{
	StrBuf sb = {0};
	NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
	for (int i = 0; i < lhs->len; i++)
		sb_printf(&sb, "%s%s", i ? ", " : "", esc_expr_string(lhs->v[i]));
	if (n->u.assign.tok == TOK_OPASSIGN)
		sb_printf(&sb, " %s= ", op_names[n->u.assign.op]);
	else
		sb_puts(&sb, n->u.assign.tok == TOK_DEFINE ? " := " : " = ");
	for (int i = 0; i < rhs->len; i++)
		sb_printf(&sb, "%s%s", i ? ", " : "", esc_expr_string(rhs->v[i]));
	return sb.p;
}

/* dsts[i] = srcs[i] for each i (srcs may be shorter: missing = nothing). */
static void assign_list(EscState *e, Node **dsts, int nd, Node **srcs, int ns, Node *where,
                        Node *note_at, const char *why)
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
				        stmt_string(where));
			k = esc_discard(e);
		}
		esc_expr(e, esc_note(e, k, note_at, why), src);
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

static void assign_stmt(EscState *e, Node *n);

/* v, ok := x.(T) */
static bool is_commaok(Node *x)
{
	x = ast_unparen(x);
	return x->kind == N_TYPEASSERT && x->u.assert.commaok;
}

static void assign(EscState *e, Node *n)
{
	const Node *old = defining;
	defining = n->u.assign.tok == TOK_DEFINE ? n : NULL;
	assign_stmt(e, n);
	defining = old;
}

static void assign_stmt(EscState *e, Node *n)
{
	NodeList *lhs = &n->u.assign.lhs, *rhs = &n->u.assign.rhs;
	if (n->u.assign.tok == TOK_DEFINE)
		for (int i = 0; i < lhs->len; i++) {
			Node *id = ast_unparen(lhs->v[i]);
			if (id->kind == N_IDENT && id->u.ident.defines)
				dcl(e, id);
		}
	if (lhs->len > 1 && rhs->len == 1 && is_commaok(rhs->v[0])) {
		assign_list(e, lhs->v, lhs->len, rhs->v, 1, n, n, "assign-pair-dot-type");
		return;
	}
	if (lhs->len > 1 && rhs->len == 1) {
		multi_call(e, lhs, rhs->v[0]);
		return;
	}
	if (n->u.assign.tok != TOK_OPASSIGN) {
		/* irgen converts after evaluating the right, then the left side */
		Pos at = n->pos;
		for (int i = 0; i < rhs->len; i++)
			at = esc_irgen_last_pos(rhs->v[i], at);
		for (int i = 0; i < lhs->len; i++)
			at = esc_irgen_last_pos(lhs->v[i], at);
		esc_conv_positions(rhs->v, rhs->len, at, false);
	}
	if (n->u.assign.tok == TOK_OPASSIGN) {
		/* x op= y: only string concatenation keeps y's pointers */
		assign_list(e, lhs->v, 1, rhs->v, 1, n, n, "assign");
		return;
	}
	assign_list(e, lhs->v, lhs->len, rhs->v, rhs->len, n, n,
	            lhs->len == 1 ? "assign" : "assign-pair");
}

static void var_decl(EscState *e, Node *spec)
{
	NodeList *names = &spec->u.vspec.names, *vals = &spec->u.vspec.values;
	for (int i = 0; i < names->len; i++)
		dcl(e, names->v[i]);
	if (!vals->len)
		return;
	if (names->len > 1 && vals->len == 1 && is_commaok(vals->v[0])) {
		/* gc: an OAS2DOTTYPE at the first name */
		EscHole k = esc_addr_of(e, names->v[0]);
		const char *w = NULL;
		if (e->b->explain) {
			StrBuf sb = {0};
			for (int i = 0; i < names->len; i++)
				sb_printf(&sb, "%s%s", i ? ", " : "", esc_expr_string(names->v[i]));
			sb_printf(&sb, " = %s", esc_expr_string(vals->v[0]));
			w = sb.p;
		}
		esc_expr(e, esc_note_text(e, k, w, names->v[0]->pos, "assign-pair-dot-type"),
		         vals->v[0]);
		return;
	}
	if (names->len > 1 && vals->len == 1) {
		EscHole *ks = arena_alloc(esc_arena, (size_t)(names->len + 1) * sizeof *ks);
		for (int i = 0; i < names->len; i++)
			ks[i] = esc_addr_of(e, names->v[i]);
		esc_call(e, ks, names->len, ast_unparen(vals->v[0]));
		return;
	}
	/* irgen converts the values from the declaration's position */
	Pos at = names->len ? names->v[0]->pos : spec->pos;
	for (int i = 0; i < vals->len; i++)
		at = esc_irgen_last_pos(vals->v[i], at);
	esc_conv_positions(vals->v, vals->len, at, false);
	for (int i = 0; i < names->len && i < vals->len; i++)
		esc_expr(e, esc_note(e, esc_addr_of(e, names->v[i]), spec,
		                     names->len == 1 ? "assign" : "assign-pair"),
		         vals->v[i]);
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
		/* gc returns the call's results through temporaries */
		EscHole *tks = arena_alloc(esc_arena, (size_t)nr * sizeof *tks);
		EscLoc **tmps = arena_alloc(esc_arena, (size_t)nr * sizeof *tmps);
		StrBuf text = {0};
		sb_puts(&text, "return ");
		for (int i = 0; i < nr; i++) {
			tmps[i] = esc_new_loc(e, LOC_TEMP);
			tks[i] = esc_hole(tmps[i]);
			if (e->b->explain) {
				tmps[i]->tmpname = esc_autotmp_name(e, n->pos);
				sb_printf(&text, "%s%s", i ? ", " : "", tmps[i]->tmpname);
			}
		}
		if (e->b->explain)
			esc_set_alias(n, text.p);
		esc_call(e, tks, nr, ast_unparen(res->v[0]));
		for (int i = 0; i < nr; i++)
			if (ty_has_pointers(((Symbol *)fn->results.v[i])->type))
				esc_flow(e, esc_note(e, ks[i], n, "return"), tmps[i]);
		reassigned(ks, NULL, nr, false);
		return;
	}
	/* irgen converts the results after evaluating them all, moving to
	 * each one that has a position of its own */
	Pos at = n->pos;
	for (int i = 0; i < res->len; i++)
		at = esc_irgen_last_pos(res->v[i], at);
	esc_conv_positions(res->v, res->len, at, true);
	for (int i = 0; i < nr; i++)
		esc_expr(e, esc_note(e, ks[i], n, "return"), i < res->len ? res->v[i] : NULL);
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
		esc_flow(e, esc_note(e, ks[1], n, "range"), tmp);
	else
		esc_flow(e, esc_note(e, esc_deref(ks[1]), n, "range-deref"), tmp);
	reassigned(ks, dsts, 2, true);
	esc_block(e, n->u.range.body);
	e->loopdepth--;
}

/* gc's case clause as its IR printer spells it: "case T: s1; s2" */
static const char *clause_string(Node *cc)
{
	StrBuf sb = {0};
	if (cc->u.cc.is_default) {
		sb_puts(&sb, "default");
	} else {
		sb_puts(&sb, "case ");
		for (int i = 0; i < cc->u.cc.exprs.len; i++)
			sb_printf(&sb, "%s%s", i ? ", " : "", esc_expr_string(cc->u.cc.exprs.v[i]));
	}
	sb_puts(&sb, ": ");
	for (int i = 0; i < cc->u.cc.body.len; i++)
		sb_printf(&sb, "%s%s", i ? "; " : "", esc_where_string(cc->u.cc.body.v[i]));
	return sb.p;
}

/* switch v := x.(type): gc gives each clause its own v (declared at the
 * clause's colon), assigned x or what x's data word points to. */
static void type_switch(EscState *e, Node *n)
{
	Node *guard = n->u.sw.tag;
	int nc = n->u.sw.clauses.len;
	EscHole *ks = arena_alloc(esc_arena, (size_t)(nc + 1) * sizeof *ks);
	int nk = 0;
	for (int i = 0; n->u.sw.bind && i < nc; i++) {
		Node *cc = n->u.sw.clauses.v[i];
		Symbol *v = cc->u.cc.bound;
		EscLoc *l = esc_sym_loc(v);
		if (!l)
			continue;
		l->loopdepth = e->loopdepth;
		l->pos = cc->u.cc.colon;
		if (!ty_has_pointers(v->type))
			continue;
		ks[nk++] = esc_dot_type(e, esc_hole(l), v->type,
		                        e->b->explain ? clause_string(cc) : NULL, cc->pos,
		                        "switch case");
	}
	esc_expr(e, esc_tee(e, ks, nk), guard->u.assert.x);
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
		/* only a labeled one gets here: gc does not end its label
		 * loops at its end */
		esc_stmts(e, &n->u.block.stmts);
		return;
	case N_IF: {
		Node *then, *els;
		live_branches(n, &then, &els);
		stmt(e, n->u.ifs.init);
		if (const_cond(n->u.ifs.cond) < 0)
			esc_discard_expr(e, n->u.ifs.cond);
		esc_block(e, then);
		stmt(e, els);
		return;
	}
	case N_SWITCH:
		stmt(e, n->u.sw.init);
		if (ast_is_typeswitch(n))
			type_switch(e, n);
		else
			esc_discard_expr(e, n->u.sw.tag);
		for (int i = 0; i < n->u.sw.clauses.len; i++) {
			Node *c = n->u.sw.clauses.v[i];
			if (!clause_live(n, i))
				continue;
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
	PtrList live = live_stmts(l);
	for (int i = 0; i < live.len; i++)
		stmt(e, live.v[i]);
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
	e->fn = fn;
	e->loopdepth = 1;
	if (body_all_dead(body))
		return;
	find_labels(ef, body);
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
/* The closure's captured variables in gc's order (see esc_first_use). */
static PtrList irgen_captures(Func *clo)
{
	int n = clo->captures.len;
	PtrList r = {0};
	int *ranks = arena_alloc(esc_arena, (size_t)(n + 1) * sizeof *ranks);
	for (int i = 0; i < n; i++) {
		pl_push(&r, clo->captures.v[i]);
		esc_first_use(clo, clo->captures.v[i], &ranks[i]);
	}
	/* insertion sort, stable */
	for (int i = 1; i < n; i++) {
		void *s = r.v[i];
		int rk = ranks[i], j = i;
		for (; j > 0 && ranks[j - 1] > rk; j--) {
			r.v[j] = r.v[j - 1];
			ranks[j] = ranks[j - 1];
		}
		r.v[j] = s;
		ranks[j] = rk;
	}
	return r;
}

void esc_flow_closures(EscBatch *b)
{
	for (int c = 0; c < b->nclosures; c++) {
		EscClosure *cl = &b->closures[c];
		EscState st = {.b = b, .fn = cl->k.dst->fn, .loopdepth = 1};
		PtrList caps = cl->fn->captures;
		if (b->explain)
			caps = irgen_captures(cl->fn);
		for (int i = 0; i < caps.len; i++) {
			Symbol *s = caps.v[i];
			EscLoc *l = esc_sym_loc(s);
			if (!l)
				continue;
			ty_layout(s->type);
			l->byval = !l->addrtaken && !l->reassigned && s->type->size <= 128;
			if (b->mlevel > 1)
				esc_msg(b, esc_loc_pos(l), "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
				        l->fn ? l->fn->name : "?", l->byval ? "value" : "ref", s->name,
				        l->addrtaken ? "true" : "false", l->reassigned ? "true" : "false",
				        (long long)s->type->size);
			EscHole k = cl->k;
			Pos at = b->explain ? esc_first_use(cl->fn, s, NULL) : s->pos;
			if (!l->byval)
				k = esc_note_text(&st, esc_addr(k), s->name, at, "reference");
			esc_flow(&st, esc_note_text(&st, k, s->name, at, "captured by a closure"), l);
		}
	}
	b->nclosures = 0;
}
