/*
 * esc_report.c: the -m=1 report.  After a batch is solved, each
 * parameter's leak summary is printed (leaking param / leaking param
 * content / leaking param: p to result r level=N / p does not escape),
 * then every location in creation order (moved to heap: x, E escapes to
 * heap, E does not escape), as go1.19 prints them.  Expressions are
 * spelled the way gc's IR printer spells them: composite literals by
 * their type with {...}, unnamed conversion types in parentheses,
 * operators with precedence-driven parentheses, promoted selectors with
 * the embedded fields they cross.
 */
#include "esc_internal.h"

#include <stdio.h>
#include <string.h>

/* ---- types --------------------------------------------------------------- */

static void type_str(StrBuf *b, Type *t, int depth);

static void type_list(StrBuf *b, Type **ts, int n, bool variadic, int depth)
{
	for (int i = 0; i < n; i++) {
		if (i)
			sb_puts(b, ", ");
		if (variadic && i == n - 1 && ts[i]->kind == TY_SLICE) {
			sb_puts(b, "...");
			type_str(b, ts[i]->elem, depth + 1);
		} else {
			type_str(b, ts[i], depth + 1);
		}
	}
}

static void type_str(StrBuf *b, Type *t, int depth)
{
	if (!t || depth > 50) {
		sb_puts(b, "?");
		return;
	}
	switch (t->kind) {
	case TY_POINTER:
		sb_puts(b, "*");
		type_str(b, t->elem, depth + 1);
		return;
	case TY_SLICE:
		sb_puts(b, "[]");
		type_str(b, t->elem, depth + 1);
		return;
	case TY_ARRAY:
		sb_printf(b, "[%lld]", (long long)t->len);
		type_str(b, t->elem, depth + 1);
		return;
	case TY_STRUCT:
		if (!t->nfields) {
			sb_puts(b, "struct {}");
			return;
		}
		sb_puts(b, "struct { ");
		for (int i = 0; i < t->nfields; i++) {
			if (i)
				sb_puts(b, "; ");
			if (!t->fields[i].embedded) {
				sb_puts(b, t->fields[i].name);
				sb_puts(b, " ");
			}
			type_str(b, t->fields[i].type, depth + 1);
		}
		sb_puts(b, " }");
		return;
	case TY_FUNC:
		sb_puts(b, "func(");
		type_list(b, t->params, t->nparams, t->variadic, depth);
		sb_puts(b, ")");
		if (t->nresults == 1) {
			sb_puts(b, " ");
			type_str(b, t->results[0], depth + 1);
		} else if (t->nresults > 1) {
			sb_puts(b, " (");
			type_list(b, t->results, t->nresults, false, depth);
			sb_puts(b, ")");
		}
		return;
	default:
		sb_puts(b, ty_string(t));
		return;
	}
}

const char *esc_type_string(Type *t)
{
	StrBuf b = {0};
	type_str(&b, t, 0);
	return b.p ? b.p : "";
}

/* ---- expressions ------------------------------------------------------------ */

/* gc's operator precedences (higher binds tighter). */
static int binary_prec(Op op)
{
	switch (op) {
	case OP_MUL: case OP_DIV: case OP_REM: case OP_SHL: case OP_SHR:
	case OP_AND: case OP_ANDNOT:
		return 6;
	case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR:
		return 5;
	case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ:
		return 4;
	case OP_LAND:
		return 3;
	case OP_LOR:
		return 2;
	default:
		return 7;
	}
}

static int node_prec(const Node *n)
{
	switch (n->kind) {
	case N_BINARY:
		return binary_prec(n->u.binary.op);
	case N_UNARY:
	case N_STAR:
		return 7;
	default:
		return 8;
	}
}

static void expr_str(StrBuf *b, const Node *n, int prec);

static void args_str(StrBuf *b, const NodeList *l)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			sb_puts(b, ", ");
		expr_str(b, l->v[i], 0);
	}
}

static bool type_named(Type *t)
{
	if (!t)
		return false;
	if (t->kind == TY_NAMED)
		return true;
	return t->kind < TY_POINTER && t->kind != TY_INVALID;
}

static void selector_str(StrBuf *b, const Node *n)
{
	expr_str(b, n->u.sel.x, 8);
	/* the embedded fields a promoted selector crosses */
	Type *t = n->u.sel.x->type;
	for (int i = 0; i < n->u.sel.npath; i++) {
		Type *u = t ? ty_under(t) : NULL;
		if (u && u->kind == TY_POINTER)
			u = u->elem ? ty_under(u->elem) : NULL;
		if (!u || u->kind != TY_STRUCT || n->u.sel.path[i].field >= u->nfields)
			break;
		Field *f = &u->fields[n->u.sel.path[i].field];
		sb_puts(b, ".");
		sb_puts(b, f->name);
		t = f->type;
	}
	sb_puts(b, ".");
	sb_puts(b, n->u.sel.name->u.ident.name);
}

static void expr_str(StrBuf *b, const Node *n, int prec)
{
	if (!n) {
		sb_puts(b, "<nil>");
		return;
	}
	if (n->kind == N_PAREN) {
		expr_str(b, n->u.paren.x, prec);
		return;
	}
	int np = node_prec(n);
	if (prec > np) {
		sb_puts(b, "(");
		expr_str(b, n, 0);
		sb_puts(b, ")");
		return;
	}
	switch (n->kind) {
	case N_IDENT:
		sb_puts(b, n->u.ident.name);
		return;
	case N_BASICLIT:
		sb_puts(b, n->u.lit.raw);
		return;
	case N_COMPOSITE:
		sb_puts(b, esc_type_string(n->type));
		sb_puts(b, n->u.composite.elts.len ? "{...}" : "{}");
		return;
	case N_FUNCLIT:
		sb_puts(b, "func literal");
		return;
	case N_SELECTOR:
		selector_str(b, n);
		return;
	case N_INDEX:
		expr_str(b, n->u.index.x, 8);
		sb_puts(b, "[");
		expr_str(b, n->u.index.index, 0);
		sb_puts(b, "]");
		return;
	case N_SLICE:
		expr_str(b, n->u.slice.x, 8);
		sb_puts(b, "[");
		if (n->u.slice.lo)
			expr_str(b, n->u.slice.lo, 0);
		sb_puts(b, ":");
		if (n->u.slice.hi)
			expr_str(b, n->u.slice.hi, 0);
		if (n->u.slice.full) {
			sb_puts(b, ":");
			if (n->u.slice.max)
				expr_str(b, n->u.slice.max, 0);
		}
		sb_puts(b, "]");
		return;
	case N_CALL:
		if (n->u.call.kind == CALL_CONV && n->u.call.args.len) {
			if (type_named(n->type)) {
				sb_puts(b, esc_type_string(n->type));
			} else {
				sb_puts(b, "(");
				sb_puts(b, esc_type_string(n->type));
				sb_puts(b, ")");
			}
			sb_puts(b, "(");
			expr_str(b, n->u.call.args.v[0], 0);
			sb_puts(b, ")");
			return;
		}
		if (n->u.call.kind == CALL_BUILTIN &&
		    (n->u.call.builtin == BI_NEW || n->u.call.builtin == BI_MAKE)) {
			bool isnew = n->u.call.builtin == BI_NEW;
			sb_puts(b, isnew ? "new(" : "make(");
			if (isnew) {
				Type *t = n->type ? ty_under(n->type) : NULL;
				sb_puts(b, esc_type_string(t && t->kind == TY_POINTER ? t->elem : NULL));
			} else {
				sb_puts(b, esc_type_string(n->type));
			}
			for (int i = 1; i < n->u.call.args.len; i++) {
				sb_puts(b, ", ");
				expr_str(b, n->u.call.args.v[i], 0);
			}
			sb_puts(b, ")");
			return;
		}
		expr_str(b, n->u.call.fun, 8);
		sb_puts(b, "(");
		args_str(b, &n->u.call.args);
		if (n->u.call.dots)
			sb_puts(b, "...");
		sb_puts(b, ")");
		return;
	case N_STAR:
		sb_puts(b, "*");
		expr_str(b, n->u.star.x, 8);
		return;
	case N_UNARY:
		sb_puts(b, op_names[n->u.unary.op]);
		expr_str(b, n->u.unary.x, 8);
		return;
	case N_BINARY:
		expr_str(b, n->u.binary.x, np);
		sb_printf(b, " %s ", op_names[n->u.binary.op]);
		expr_str(b, n->u.binary.y, np + 1);
		return;
	default:
		sb_puts(b, ast_expr_string(n));
		return;
	}
}

const char *esc_expr_string(const Node *n)
{
	StrBuf b = {0};
	expr_str(&b, n, 0);
	return b.p ? b.p : "";
}

/* ---- messages ------------------------------------------------------------------- */

void esc_msg(EscBatch *b, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = arena_vsprintf(esc_arena, fmt, ap);
	va_end(ap);
	Pos *p = arena_alloc(esc_arena, sizeof *p);
	*p = pos;
	pl_push(&b->msgs, s);
	pl_push(&b->msgpos, p);
}

void esc_flush_msgs(EscBatch *b)
{
	for (int i = 0; i < b->msgs.len; i++) {
		Pos *p = b->msgpos.v[i];
		fprintf(stderr, "%s:%d:%d: %s\n", diag_path(), p->line, p->col,
		        (const char *)b->msgs.v[i]);
	}
	b->msgs.len = 0;
	b->msgpos.len = 0;
}

/* The tag of one parameter, and its -m line. */
static void param_tag(EscBatch *b, Func *fn, Symbol *p)
{
	(void)fn;
	EscLoc *l = esc_sym_loc(p);
	if (!l)
		return;
	if (!ty_has_pointers(p->type)) {
		/* untagged scalars read as "leaks to the heap" at call sites */
		memset(l->leaks, 0, sizeof l->leaks);
		l->leaks[0] = 1;
		return;
	}
	/* a path to the heap makes equal or longer paths to results moot */
	int h = esc_leak_get(l->leaks, 0);
	if (h >= 0)
		for (int i = 0; i < ESC_NRESULTS; i++)
			if (esc_leak_get(l->leaks, 1 + i) >= h)
				l->leaks[1 + i] = 0;
	if (!b->mlevel || l->escapes)
		return;
	bool empty = true;
	for (int i = 0; i < ESC_NTAG; i++)
		empty &= l->leaks[i] == 0;
	if (empty)
		esc_msg(b, p->pos, "%s does not escape", p->name);
	if (h == 0)
		esc_msg(b, p->pos, "leaking param: %s", p->name);
	else if (h > 0)
		esc_msg(b, p->pos, "leaking param content: %s", p->name);
	for (int i = 0; i < ESC_NRESULTS && i < fn->results.len; i++) {
		int x = esc_leak_get(l->leaks, 1 + i);
		if (x >= 0)
			esc_msg(b, p->pos, "leaking param: %s to result %s level=%d", p->name,
			        ((Symbol *)fn->results.v[i])->name, x);
	}
}

void esc_report(EscBatch *b)
{
	for (int i = 0; i < b->fns.len; i++) {
		Func *fn = b->fns.v[i];
		esc_func(fn)->state = FN_TAGGED;
		if (fn->recv && strcmp(fn->recv->name, "_") != 0)
			param_tag(b, fn, fn->recv);
		for (int j = 0; j < fn->params.len; j++) {
			Symbol *p = fn->params.v[j];
			if (strcmp(p->name, "_") != 0)
				param_tag(b, fn, p);
		}
	}
	if (!b->mlevel)
		return;
	for (int i = 0; i < b->locs.len; i++) {
		EscLoc *l = b->locs.v[i];
		if (l->kind == LOC_VAR) {
			if (l->escapes)
				esc_msg(b, l->sym->pos, "moved to heap: %s", l->sym->name);
		} else if (l->kind == LOC_ALLOC) {
			esc_msg(b, l->pos, "%s %s", l->text,
			        l->escapes ? "escapes to heap" : "does not escape");
		}
	}
}
