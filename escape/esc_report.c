/*
 * esc_report.c: the -m reports.  After a batch is solved, each
 * parameter's leak summary is printed (leaking param / leaking param
 * content / leaking param: p to result r level=N / p does not escape),
 * then every location in creation order (moved to heap: x, E escapes to
 * heap, E does not escape), as go1.19 prints them.  Expressions are
 * spelled the way gc's IR printer spells them: composite literals by
 * their type with {...}, unnamed conversion types in parentheses,
 * operators with precedence-driven parentheses, chains of string +
 * flattened into one list of operands, promoted selectors with
 * the embedded fields they cross, calls as gc has rewritten them (method
 * calls as T.M(recv, ...), variadic extras as "... argument...").
 *
 * -m=2 adds, while the solver walks, why each parameter leaks and each
 * location escapes: the path of edges back to the walk's root, one
 * "flow: DST = SRC" line per edge and one "from WHERE (WHY) at POS" line
 * per note on it.  -json=DIR writes the same facts as go1.19's
 * -json=0,DIR does (LSP diagnostics, explanations as
 * relatedInformation), sorted by position, one file per source file.
 */
#include "esc_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- types --------------------------------------------------------------- */

const char *esc_type_string(Type *t)
{
	return t ? ty_string_style(t, TY_STYLE_GC) : "?";
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
	case N_FUNCLIT:
		return 0; /* gc has no precedence for it: (func literal)() */
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
static void call_str(StrBuf *b, const Node *n);
static PtrList value_nodes, value_texts; /* see esc_set_value_alias */
static const char *value_alias(const Node *n);

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

/* gc's type checker turns []rune("const") into a slice literal of its
 * runes, and names it so. */
static bool runes_of_const(const Node *n, StrBuf *b)
{
	const Node *x = n->u.call.args.v[0];
	Type *t = n->type ? ty_under(n->type) : NULL;
	Type *el = t && t->kind == TY_SLICE && t->elem ? ty_under(t->elem) : NULL;
	if (!el || el->kind != TY_INT32 || !x->cval || cv_kind(x->cval) != CV_STRING)
		return false;
	sb_puts(b, esc_type_string(n->type));
	sb_puts(b, cv_string_val(x->cval).len ? "{...}" : "{}");
	return true;
}

/* A call of a declared method (call_str spells it), not of a func field. */
static bool is_method_call(const Node *n)
{
	const Node *fun = ast_unparen(n->u.call.fun);
	return fun->kind == N_SELECTOR && fun->u.sel.method && fun->u.sel.method->func &&
	       fun->u.sel.method->func->recv;
}

/* A string concatenation gc makes one OADDSTR node of. */
static bool is_addstr(const Node *n)
{
	return n->kind == N_BINARY && n->u.binary.op == OP_ADD && !n->cval &&
	       n->type && ty_is_string(n->type);
}

/* gc's typechecker flattens a chain of string additions, parenthesised
 * or not, into one OADDSTR whose operands print joined by " + ":
 * "b" + (s + s) prints as "b" + s + s.  A constant operand prints as its
 * source text without outer parentheses (irgen's OrigConst), so
 * s + (("a" + "b") + "c") prints as s + ("a" + "b") + "c". */
static void addstr_str(StrBuf *b, const Node *n, bool *first)
{
	const Node *ops[2] = {n->u.binary.x, n->u.binary.y};
	for (int i = 0; i < 2; i++) {
		const Node *x = ast_unparen((Node *)ops[i]);
		if (is_addstr(x)) {
			addstr_str(b, x, first);
			continue;
		}
		if (!*first)
			sb_puts(b, " + ");
		*first = false;
		if (x->cval)
			sb_puts(b, ast_expr_string(x));
		else
			expr_str(b, x, binary_prec(OP_ADD));
	}
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
	if (n->kind == N_CONVIFACE) { /* gc prints an implicit one as its operand */
		expr_str(b, n->u.conv.x, prec);
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
		if (n->u.call.kind == CALL_CONV && n->u.call.args.len &&
		    runes_of_const(n, b))
			return;
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
		if (n->u.call.kind == CALL_METHOD && is_method_call(n)) {
			/* gc has rewritten it to (*T).M(recv, args) by now */
			call_str(b, n);
			return;
		}
		call_str(b, n);
		return;
	case N_STAR:
		sb_puts(b, "*");
		expr_str(b, n->u.star.x, 8);
		return;
	case N_TYPEASSERT:
		expr_str(b, n->u.assert.x, 8);
		sb_puts(b, ".(");
		sb_puts(b, n->u.assert.type ? esc_type_string(n->u.assert.type->type) : "type");
		sb_puts(b, ")");
		return;
	case N_UNARY:
		sb_puts(b, op_names[n->u.unary.op]);
		expr_str(b, n->u.unary.x, 8);
		return;
	case N_BINARY:
		if (is_addstr(n)) {
			bool first = true;
			addstr_str(b, n, &first);
			return;
		}
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

/* A position as gc prints it: PATH:LINE:COL, or <autogenerated>:1. */
const char *esc_pos_string(Pos p)
{
	if (p.line == ESC_AUTOGEN_LINE)
		return "<autogenerated>:1";
	return arena_sprintf(esc_arena, "%s:%d:%d", diag_path(), p.line, p.col);
}

void esc_flush_msgs(EscBatch *b)
{
	for (int i = 0; i < b->msgs.len; i++) {
		Pos *p = b->msgpos.v[i];
		if (p->line == ESC_AUTOGEN_LINE)
			fprintf(stderr, "<autogenerated>:1: %s\n", (const char *)b->msgs.v[i]);
		else
			fprintf(stderr, "%s:%d:%d: %s\n", diag_path(), p->line, p->col,
			        (const char *)b->msgs.v[i]);
	}
	b->msgs.len = 0;
	b->msgpos.len = 0;
}

/* The tag of one parameter, and its -m line. */
/* gc names a blank result "~bN" (the checker calls it "~rN", as an
 * unnamed one): tell them apart by the declaring identifier. */
static void result_name(char *buf, size_t n, const Symbol *r)
{
	if (r->decl && r->decl->kind == N_IDENT && strcmp(r->decl->u.ident.name, "_") == 0)
		snprintf(buf, n, "~b%d", r->index);
	else
		snprintf(buf, n, "%s", r->name);
}

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
	if (!b->mlevel || l->escapes || esc_wrapper_batch)
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
		if (x < 0)
			continue;
		char rn[64];
		result_name(rn, sizeof rn, fn->results.v[i]);
		esc_msg(b, p->pos, "leaking param: %s to result %s level=%d", p->name, rn, x);
	}
}

/* A closure gc's deadcode pass removed: the walk never reached it. */
static bool dead_closure(Func *fn)
{
	return fn && fn->outer && fn->decl && !esc_node_get(fn->decl);
}

void esc_report(EscBatch *b)
{
	for (int i = 0; i < b->fns.len; i++) {
		Func *fn = b->fns.v[i];
		esc_func(fn)->state = FN_TAGGED;
		if (dead_closure(fn))
			continue;
		if (fn->recv && strcmp(fn->recv->name, "_") != 0)
			param_tag(b, fn, fn->recv);
		for (int j = 0; j < fn->params.len; j++) {
			Symbol *p = fn->params.v[j];
			if (strcmp(p->name, "_") != 0)
				param_tag(b, fn, p);
		}
	}
	if (!b->mlevel && !esc_json_on)
		return;
	for (int i = 0; i < b->locs.len; i++) {
		EscLoc *l = b->locs.v[i];
		if (l->kind == LOC_ALLOC && l->escapes && esc_json_on)
			esc_log(l->pos, "escape", "", NULL);
		if (!b->mlevel)
			continue;
		if (l->kind == LOC_VAR) {
			if (l->escapes && !dead_closure(l->fn))
				esc_msg(b, esc_loc_pos(l), "moved to heap: %s", l->sym->name);
		} else if (l->kind == LOC_ALLOC) {
			esc_msg(b, l->pos, "%s %s", l->text,
			        l->escapes ? "escapes to heap" : "does not escape");
		}
	}
}

/* ---- -m=2: where flows come from ----------------------------------------- */

/* Nodes gc rewrites before escape analysis prints them: a call of a
 * call's result calls a temporary; a return of a multi-valued call
 * returns temporaries.  Few, and only when explaining: a list. */
static PtrList alias_nodes, alias_texts;

void esc_set_alias(const Node *n, const char *text)
{
	pl_push(&alias_nodes, (void *)n);
	pl_push(&alias_texts, (void *)text);
}

static PtrList value_nodes, value_texts;

/* n's value was put in a temporary: it prints as the temporary. */
void esc_set_value_alias(const Node *n, const char *text)
{
	pl_push(&value_nodes, (void *)n);
	pl_push(&value_texts, (void *)text);
}

static const char *value_alias(const Node *n)
{
	for (int i = value_nodes.len - 1; i >= 0; i--)
		if (value_nodes.v[i] == n)
			return value_texts.v[i];
	return NULL;
}

static const char *alias(const Node *n)
{
	for (int i = alias_nodes.len - 1; i >= 0; i--)
		if (alias_nodes.v[i] == n)
			return alias_texts.v[i];
	return NULL;
}


/* The implicit selector x.e0...e(upto-1) a promoted selector sel goes
 * through (upto embedded fields; 0: just x). */
const char *esc_selpath_string(const Node *sel, int upto)
{
	StrBuf b = {0};
	expr_str(&b, sel->u.sel.x, upto ? 8 : 0);
	Type *t = sel->u.sel.x->type;
	for (int i = 0; i < upto && i < sel->u.sel.npath; i++) {
		Type *u = t ? ty_under(t) : NULL;
		if (u && u->kind == TY_POINTER)
			u = u->elem ? ty_under(u->elem) : NULL;
		if (!u || u->kind != TY_STRUCT || sel->u.sel.path[i].field >= u->nfields)
			break;
		Field *f = &u->fields[sel->u.sel.path[i].field];
		sb_puts(&b, ".");
		sb_puts(&b, f->name);
		t = f->type;
	}
	return b.p ? b.p : "";
}

static void list_str(StrBuf *b, const NodeList *l)
{
	args_str(b, l);
}

/* The receiver expression of a method call as gc's rewritten call
 * T.M(recv, ...) prints it: the embedded fields crossed, implicit & and
 * * left out. */
static void recv_str(StrBuf *b, const Node *sel)
{
	if (sel->u.sel.npath == 0) {
		expr_str(b, sel->u.sel.x, 0); /* an argument now */
		return;
	}
	StrBuf t = {0};
	selector_str(&t, sel);
	/* drop ".name" */
	const char *name = sel->u.sel.name->u.ident.name;
	size_t n = t.p ? strlen(t.p) : 0, k = strlen(name) + 1;
	if (n >= k)
		t.p[n - k] = 0;
	sb_puts(b, t.p ? t.p : "");
}

/* A call's arguments as gc has them once the extras of a variadic
 * call are packed into one implicit slice: "a, ... argument..." (or
 * "a, nil..." when there are none). */
static void call_args_str(StrBuf *b, const Node *n, bool first)
{
	const NodeList *l = &n->u.call.args;
	Type *ft = n->u.call.fun->type ? ty_under(n->u.call.fun->type) : NULL;
	bool pack = ft && ft->kind == TY_FUNC && ft->variadic && !n->u.call.dots &&
	            !n->u.call.spread && n->u.call.kind != CALL_BUILTIN;
	int np = pack ? ft->nparams - 1 : l->len;
	for (int i = 0; i < l->len && i < np; i++) {
		if (!first || i)
			sb_puts(b, ", ");
		expr_str(b, l->v[i], 0);
	}
	if (pack) {
		if (!first || np)
			sb_puts(b, ", ");
		sb_puts(b, l->len > np ? "... argument..." : "nil...");
	} else if (n->u.call.dots) {
		sb_puts(b, "...");
	}
}

static void call_str(StrBuf *b, const Node *n)
{
	const Node *fun = ast_unparen(n->u.call.fun);
	const Node *dv = esc_devirt_sel(n); /* gc calls i.(T).M now */
	if (dv)
		fun = dv;
	Func *m = NULL;
	if ((n->u.call.kind == CALL_METHOD || dv) && fun->kind == N_SELECTOR &&
	    fun->u.sel.method)
		m = fun->u.sel.method->func;
	if (!m || !m->recv) {
		const char *tmp = alias(n);
		if (tmp)
			sb_puts(b, tmp);
		else
			expr_str(b, dv ? dv : n->u.call.fun, 8);
		sb_puts(b, "(");
		call_args_str(b, n, true);
		sb_puts(b, ")");
		return;
	}
	/* gc calls methods as method expressions: (*T).M(recv, args) */
	Type *rt = m->recv->type;
	Type *u = rt ? ty_under(rt) : NULL;
	if (rt && rt->kind != TY_NAMED && u && u->kind == TY_POINTER)
		sb_printf(b, "(%s)", esc_type_string(rt));
	else
		sb_puts(b, esc_type_string(rt));
	sb_puts(b, ".");
	sb_puts(b, fun->u.sel.name->u.ident.name);
	sb_puts(b, "(");
	if (value_nodes.len && value_alias(fun))
		sb_puts(b, value_alias(fun));
	else
		recv_str(b, fun);
	call_args_str(b, n, false);
	sb_puts(b, ")");
}

/* A node as gc's IR printer spells it in "from WHERE (why)". */
const char *esc_where_string(const Node *n)
{
	StrBuf b = {0};
	if (n->kind == N_RETURN && alias(n))
		return alias(n);
	switch (n->kind) {
	case N_ASSIGN: {
		const NodeList *l = &n->u.assign.lhs, *r = &n->u.assign.rhs;
		if (n->u.assign.tok == TOK_OPASSIGN) {
			expr_str(&b, l->v[0], 0);
			sb_printf(&b, " %s= ", op_names[n->u.assign.op]);
			expr_str(&b, r->v[0], 0);
			break;
		}
		list_str(&b, l);
		sb_puts(&b, n->u.assign.tok == TOK_DEFINE ? " := " : " = ");
		list_str(&b, r);
		break;
	}
	case N_VALUESPEC:
		list_str(&b, &n->u.vspec.names);
		sb_puts(&b, " = ");
		list_str(&b, &n->u.vspec.values);
		break;
	case N_RETURN:
		sb_puts(&b, "return ");
		list_str(&b, &n->u.ret.results);
		break;
	case N_RANGE:
	case N_FOR:
		sb_puts(&b, "for loop");
		break;
	case N_CALL:
		call_str(&b, n);
		break;
	default:
		expr_str(&b, n, 0);
		break;
	}
	return b.p ? b.p : "";
}

const char *esc_src;
size_t esc_src_len;

/* The position of the token after the one at p (skipping blanks and
 * comments), read from the source text; p itself when there is none. */
static Pos next_token_pos(Pos p, size_t toklen)
{
	if (!esc_src)
		return p;
	size_t i = 0;
	for (int line = 1; line < p.line && i < esc_src_len; i++)
		if (esc_src[i] == '\n')
			line++;
	i += (size_t)(p.col - 1) + toklen;
	Pos q = p;
	q.col += (int)toklen;
	while (i < esc_src_len) {
		char c = esc_src[i];
		if (c == '\n') {
			q.line++;
			q.col = 1;
			i++;
		} else if (c == ' ' || c == '\t' || c == '\r') {
			q.col++;
			i++;
		} else if (c == '/' && i + 1 < esc_src_len && esc_src[i + 1] == '*') {
			i += 2;
			q.col += 2;
			while (i < esc_src_len && !(esc_src[i] == '*' && i + 1 < esc_src_len &&
			                            esc_src[i + 1] == '/')) {
				if (esc_src[i] == '\n') {
					q.line++;
					q.col = 0;
				}
				q.col++;
				i++;
			}
			i += 2;
			q.col += 2;
		} else {
			return q;
		}
	}
	return p;
}

Pos esc_where_pos(const Node *n)
{
	if (n->kind == N_RANGE && n->u.range.key) {
		/* gc places a range statement at its 'range' keyword */
		return next_token_pos(n->u.range.assign, n->u.range.define ? 2 : 1);
	}
	if (n->kind == N_RANGE)
		return n->u.range.assign;
	return n->pos;
}

/* ---- -m=2: explanations ---------------------------------------------------- */

/* A variable as gc prints it: a blank result is "_" there. */
static const char *var_name(const Symbol *s)
{
	if (s->result && s->decl && s->decl->kind == N_IDENT &&
	    strcmp(s->decl->u.ident.name, "_") == 0)
		return "_";
	return s->name;
}

const char *esc_loc_string(EscLoc *l)
{
	switch (l->kind) {
	case LOC_VAR:
		return var_name(l->sym);
	case LOC_ALLOC:
		return l->text;
	default:
		return l->tmpname ? l->tmpname : "";
	}
}

Pos esc_loc_pos(EscLoc *l)
{
	if (l->kind == LOC_VAR && !l->pos.line) /* type switch variables: */
		return l->sym->pos;              /* their clause's colon */
	return l->pos;
}

/* How -m=2 names a location in "flow: DST = SRC". */
const char *esc_loc_name(EscBatch *b, EscLoc *l)
{
	if (l == &b->heap)
		return "{heap}";
	switch (l->kind) {
	case LOC_VAR:
		return var_name(l->sym);
	case LOC_ALLOC:
		return arena_sprintf(esc_arena, "{storage for %s}", l->text);
	default:
		return l->tmpname ? l->tmpname : "{temp}";
	}
}

typedef struct EscRelated {
	Pos pos;
	const char *msg;
} EscRelated;

static EscRelated *related(Pos pos, const char *msg)
{
	EscRelated *r = arena_alloc(esc_arena, sizeof *r);
	r->pos = pos;
	r->msg = msg;
	return r;
}

void esc_explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs,
                      EscNote *notes, PtrList *log)
{
	StrBuf ops = {0};
	if (derefs < 0)
		sb_puts(&ops, "&");
	for (int i = 0; i < derefs; i++)
		sb_puts(&ops, "*");
	const char *flow = arena_sprintf(esc_arena, "   flow: %s = %s%s:", esc_loc_name(b, dst),
	                                 ops.p ? ops.p : "", esc_loc_name(b, src));
	if (b->mlevel >= 2)
		esc_msg(b, pos, "%s", flow + 1);
	if (esc_json_on && log) {
		Pos ep = notes ? notes->pos : esc_loc_pos(src);
		pl_push(log, related(ep, arena_sprintf(esc_arena, "escflow: %s", flow)));
	}
	for (EscNote *n = notes; n; n = n->next) {
		if (!n->where)
			n->where = esc_where_string(n->node);
		if (b->mlevel >= 2)
			esc_msg(b, pos, "    from %s (%s) at %s", n->where, n->why,
			        esc_pos_string(n->pos));
		if (esc_json_on && log)
			pl_push(log, related(n->pos, arena_sprintf(esc_arena, "escflow:      from %s (%s)",
			                                           n->where, n->why)));
	}
}

void esc_explain_path(EscBatch *b, EscLoc *root, EscLoc *src, PtrList *log)
{
	static unsigned gen;
	gen++;
	Pos pos = esc_loc_pos(src);
	for (;;) {
		if (src->explgen == gen) {
			if (b->mlevel >= 2)
				esc_msg(b, pos, "  warning: truncated explanation due to assignment "
				                "cycle; see golang.org/issue/35518");
			break;
		}
		src->explgen = gen;
		EscLoc *dst = src->dst;
		if (!dst)
			break;
		EscEdge *ed = &dst->edges[src->dst_edge];
		esc_explain_flow(b, pos, dst, src, ed->derefs, ed->notes, log);
		if (dst == root)
			break;
		src = dst;
	}
}

/* ---- -json=DIR ------------------------------------------------------------- */

bool esc_json_on;

typedef struct EscLogEntry {
	Pos pos;
	const char *code;
	const char *msg;
	PtrList related; /* EscRelated* */
	int seq;
} EscLogEntry;

static PtrList json_log;

void esc_log(Pos pos, const char *code, const char *msg, PtrList *rel)
{
	EscLogEntry *x = arena_alloc(esc_arena, sizeof *x);
	x->pos = pos;
	x->code = code;
	x->msg = msg;
	if (rel)
		x->related = *rel;
	x->seq = json_log.len;
	pl_push(&json_log, x);
}

/* A JSON string as Go's encoding/json writes it (HTML-safe). */
static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned c = *p;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\r')
			fputs("\\r", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20 || c == '<' || c == '>' || c == '&')
			fprintf(f, "\\u%04x", c);
		else if (c == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
			fprintf(f, "\\u202%c", p[2] == 0xa8 ? '8' : '9');
			p += 2;
		} else
			fputc((int)c, f);
	}
	fputc('"', f);
}

static bool url_keep(unsigned c, const char *extra)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       strchr("-._~", (int)c) || (c && strchr(extra, (int)c));
}

/* s escaped as net/url escapes a path (extra: what it leaves alone). */
static const char *url_escape(const char *s, const char *extra)
{
	StrBuf b = {0};
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (url_keep(*p, extra))
			sb_printf(&b, "%c", *p);
		else
			sb_printf(&b, "%%%02X", *p);
	}
	return b.p ? b.p : "";
}

static void json_range(FILE *f, Pos p)
{
	if (p.line == ESC_AUTOGEN_LINE)
		p = (Pos){1, 0};
	fprintf(f, "{\"start\":{\"line\":%d,\"character\":%d},\"end\":{\"line\":%d,\"character\":%d}}",
	        p.line, p.col, p.line, p.col);
}

static int log_cmp(const void *a, const void *b)
{
	const EscLogEntry *x = *(EscLogEntry *const *)a, *y = *(EscLogEntry *const *)b;
	bool ax = x->pos.line == ESC_AUTOGEN_LINE, ay = y->pos.line == ESC_AUTOGEN_LINE;
	if (ax != ay)
		return ax ? 1 : -1;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.col != y->pos.col)
		return x->pos.col < y->pos.col ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The absolute name of the source file, as go build hands it to gc. */
static const char *abs_source(void)
{
	const char *p = diag_path();
	if (p[0] == '/')
		return p;
	char cwd[4096];
	if (!getcwd(cwd, sizeof cwd))
		return p;
	while (p[0] == '.' && p[1] == '/')
		p += 2;
	return arena_sprintf(esc_arena, "%s/%s", cwd, p);
}

static void mkdir_one(const char *path)
{
	if (mkdir(path, 0755) != 0 && errno != EEXIST) {
		fprintf(stderr, "goesc: cannot create %s: %s\n", path, strerror(errno));
		exit(1);
	}
}

static const char *go_arch(void)
{
#if defined(__x86_64__)
	return "amd64";
#elif defined(__aarch64__)
	return "arm64";
#elif defined(__i386__)
	return "386";
#else
	return "unknown";
#endif
}

/* Write the log as go1.19's -json=0,DIR does: DIR/PKG/FILE.json, a
 * version header then one LSP Diagnostic per line, by position. */
/* The file of a position: the source, or gc's "<autogenerated>". */
static const char *pos_file(Pos p, const char *src)
{
	return p.line == ESC_AUTOGEN_LINE ? "<autogenerated>" : src;
}

/* DIR/PKG/STEM.json for a file, STEM its base name before ".go". */
static FILE *json_open(const char *sub, const char *file)
{
	const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
	const char *dot = NULL;
	for (const char *q = base; (q = strstr(q, ".go")); q++)
		dot = q;
	char *stem = arena_sprintf(esc_arena, "%.*s", dot ? (int)(dot - base) : (int)strlen(base),
	                           base);
	const char *path = arena_sprintf(esc_arena, "%s/%s.json", sub, url_escape(stem, "$&+:=@"));
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "goesc: cannot create %s: %s\n", path, strerror(errno));
		exit(1);
	}
	return f;
}

static void json_location(FILE *f, Pos p, const char *src)
{
	fputs("{\"uri\":", f);
	if (p.line == 0) /* a temporary: gc knows no position */
		json_str(f, "file:");
	else
		json_str(f, arena_sprintf(esc_arena, "file://%s",
		                          url_escape(pos_file(p, src), "$&+,/:;=@")));
	fputs(",\"range\":", f);
	json_range(f, p);
	fputs("}", f);
}

void esc_write_json(const char *dir, const char *pkg, const char *version)
{
	const char *src = abs_source();
	if (dir[0] != '/') {
		char cwd[4096];
		if (getcwd(cwd, sizeof cwd))
			dir = arena_sprintf(esc_arena, "%s/%s", cwd, dir);
	}
	const char *sub = arena_sprintf(esc_arena, "%s/%s", dir, url_escape(pkg, "$&+:=@"));
	for (const char *q = sub + 1; *q; q++)
		if (*q == '/')
			mkdir_one(arena_sprintf(esc_arena, "%.*s", (int)(q - sub), sub));
	mkdir_one(sub);
	if (json_log.len)
		qsort(json_log.v, (size_t)json_log.len, sizeof json_log.v[0], log_cmp);
	FILE *f = NULL;
	const char *cur = NULL;
	for (int i = 0; i < json_log.len; i++) {
		EscLogEntry *x = json_log.v[i];
		const char *file = pos_file(x->pos, src);
		if (!cur || strcmp(cur, file) != 0) {
			if (f)
				fclose(f);
			cur = file;
			f = json_open(sub, file);
			fputs("{\"version\":0,\"package\":", f);
			json_str(f, pkg);
			fprintf(f, ",\"goos\":\"linux\",\"goarch\":\"%s\",\"gc_version\":", go_arch());
			json_str(f, version);
			fputs(",\"file\":", f);
			json_str(f, file);
			fputs("}\n", f);
		}
		fputs("{\"range\":", f);
		json_range(f, x->pos);
		fputs(",\"severity\":3,\"code\":", f);
		json_str(f, x->code);
		fputs(",\"source\":\"go compiler\",\"message\":", f);
		json_str(f, x->msg);
		if (x->related.len) {
			fputs(",\"relatedInformation\":[", f);
			for (int j = 0; j < x->related.len; j++) {
				EscRelated *r = x->related.v[j];
				fputs(j ? ",{\"location\":" : "{\"location\":", f);
				json_location(f, r->pos, src);
				fputs(",\"message\":", f);
				json_str(f, r->msg);
				fputs("}", f);
			}
			fputs("]", f);
		}
		fputs("}\n", f);
	}
	if (f)
		fclose(f);
	json_log.len = 0;
}
