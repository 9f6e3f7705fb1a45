/*
 * ast.c: AST nodes: the constructor, the name tables generated from the
 * X-macros of frontend.h, start positions (the leftmost source position
 * of a node, where types2 reports errors), the one enumerator of a
 * node's children that the AST walkers share, Go-style printing of
 * expressions for messages (gc's spelling, "T{...}", "func literal", and
 * types2's, "T{…}", "func() {…}") and the indented tree dump behind
 * `-d=ast`.
 */
#include "frontend.h"

#include <stdio.h>
#include <string.h>

const char *const node_kind_names[N__COUNT] = {
#define X(name, str) [N_##name] = str,
	NODE_LIST(X)
#undef X
};

const char *const op_names[OP__COUNT] = {
#define X(name, str) [OP_##name] = str,
	OP_LIST(X)
#undef X
};

Node *ast_new(NodeKind kind, Pos pos)
{
	Node *n = arena_alloc(g_arena, sizeof *n);
	n->kind = kind;
	n->pos = pos;
	return n;
}

/* Iterative on the left spine, so deep left-nested trees (a+b+c+...)
 * cost no stack. */
Pos ast_start_pos(const Node *n)
{
	while (n) {
		switch (n->kind) {
		case N_BINARY:
			n = n->u.binary.x;
			continue;
		case N_CALL:
			n = n->u.call.fun;
			continue;
		case N_SELECTOR:
			n = n->u.sel.x;
			continue;
		case N_INDEX:
			n = n->u.index.x;
			continue;
		case N_SLICE:
			n = n->u.slice.x;
			continue;
		case N_COMPOSITE:
			if (!n->u.composite.type)
				return n->pos;
			n = n->u.composite.type;
			continue;
		case N_KEYVALUE:
			n = n->u.kv.key;
			continue;
		case N_FIELD:
			if (n->u.field.names.len)
				return n->u.field.names.v[0]->pos;
			if (!n->u.field.type)
				return n->pos;
			n = n->u.field.type;
			continue;
		case N_ASSIGN:
		case N_INCDEC:
			if (!n->u.assign.lhs.len)
				return n->pos;
			n = n->u.assign.lhs.v[0];
			continue;
		case N_EXPRSTMT:
			n = n->u.exprstmt.x;
			continue;
		case N_TYPEASSERT:
			n = n->u.assert.x;
			continue;
		case N_CONVIFACE:
			n = n->u.conv.x;
			continue;
		default:
			return n->pos;
		}
	}
	return (Pos){0, 0};
}

Node *ast_unparen(Node *n)
{
	while (n && n->kind == N_PAREN)
		n = n->u.paren.x;
	return n;
}

bool ast_is_typeswitch(const Node *n)
{
	return n->kind == N_SWITCH && n->u.sw.tag &&
	       n->u.sw.tag->kind == N_TYPEASSERT && !n->u.sw.tag->u.assert.type;
}

Node *ast_iface_conv(const Node *n)
{
	if (n->kind == N_CONVIFACE)
		return n->u.conv.x;
	if (n->kind == N_CALL && n->u.call.kind == CALL_CONV && n->type &&
	    ty_under(n->type)->kind == TY_INTERFACE) {
		Node *x = n->u.call.args.v[0];
		if (!x->type || !ty_identical(x->type, n->type))
			return x;
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Children                                                            */
/* ------------------------------------------------------------------ */

static void each(Node **slot, AstChildFn f, void *ctx)
{
	if (*slot)
		f(slot, ctx);
}

static void each_list(NodeList *l, AstChildFn f, void *ctx)
{
	for (int i = 0; i < l->len; i++)
		each(&l->v[i], f, ctx);
}

/* No default case: -Wswitch names a node kind added to NODE_LIST but not
 * here, so a new kind is taught to every walker in this one place. */
void ast_children(Node *n, AstChildFn f, void *ctx)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_COMPOSITE:
		each_list(&n->u.composite.elts, f, ctx);
		break;
	case N_KEYVALUE:
		each(&n->u.kv.value, f, ctx);
		break;
	case N_FUNCLIT:
		each(&n->u.funclit.body, f, ctx);
		break;
	case N_PAREN:
		each(&n->u.paren.x, f, ctx);
		break;
	case N_SELECTOR:
		each(&n->u.sel.x, f, ctx);
		break;
	case N_INDEX:
		each(&n->u.index.x, f, ctx);
		each(&n->u.index.index, f, ctx);
		break;
	case N_SLICE:
		each(&n->u.slice.x, f, ctx);
		each(&n->u.slice.lo, f, ctx);
		each(&n->u.slice.hi, f, ctx);
		each(&n->u.slice.max, f, ctx);
		break;
	case N_CALL:
		each(&n->u.call.fun, f, ctx);
		each_list(&n->u.call.args, f, ctx);
		break;
	case N_STAR:
		each(&n->u.star.x, f, ctx);
		break;
	case N_UNARY:
		each(&n->u.unary.x, f, ctx);
		break;
	case N_BINARY:
		each(&n->u.binary.x, f, ctx);
		each(&n->u.binary.y, f, ctx);
		break;
	case N_DECLSTMT:
		each(&n->u.declstmt.decl, f, ctx);
		break;
	case N_LABELED:
		each(&n->u.labeled.stmt, f, ctx);
		break;
	case N_EXPRSTMT:
		each(&n->u.exprstmt.x, f, ctx);
		break;
	case N_INCDEC:
	case N_ASSIGN:
		each_list(&n->u.assign.lhs, f, ctx);
		each_list(&n->u.assign.rhs, f, ctx);
		break;
	case N_RETURN:
		each_list(&n->u.ret.results, f, ctx);
		break;
	case N_BLOCK:
		each_list(&n->u.block.stmts, f, ctx);
		break;
	case N_IF:
		each(&n->u.ifs.init, f, ctx);
		each(&n->u.ifs.cond, f, ctx);
		each(&n->u.ifs.then, f, ctx);
		each(&n->u.ifs.els, f, ctx);
		break;
	case N_SWITCH:
		each(&n->u.sw.init, f, ctx);
		each(&n->u.sw.tag, f, ctx);
		each_list(&n->u.sw.clauses, f, ctx);
		break;
	case N_CASECLAUSE:
		each_list(&n->u.cc.exprs, f, ctx);
		each_list(&n->u.cc.body, f, ctx);
		break;
	case N_FOR:
		each(&n->u.fors.init, f, ctx);
		each(&n->u.fors.cond, f, ctx);
		each(&n->u.fors.post, f, ctx);
		each(&n->u.fors.body, f, ctx);
		break;
	case N_RANGE:
		each(&n->u.range.key, f, ctx);
		each(&n->u.range.value, f, ctx);
		each(&n->u.range.x, f, ctx);
		each(&n->u.range.body, f, ctx);
		break;
	case N_GENDECL:
		if (n->u.gendecl.tok == TOK_VAR)
			each_list(&n->u.gendecl.specs, f, ctx);
		break;
	case N_VALUESPEC:
		each_list(&n->u.vspec.values, f, ctx);
		break;
	case N_TYPEASSERT:
		each(&n->u.assert.x, f, ctx);
		break;
	case N_CONVIFACE:
		each(&n->u.conv.x, f, ctx);
		break;
	case N_FUNCDECL:
		each(&n->u.funcdecl.body, f, ctx);
		break;
	case N_FILE:
		each_list(&n->u.file.decls, f, ctx);
		break;
	/* leaves: names, literals, types, and statements without code */
	case N_BAD:
	case N_IDENT:
	case N_BASICLIT:
	case N_ARRAYTYPE:
	case N_SLICETYPE:
	case N_STRUCTTYPE:
	case N_FUNCTYPE:
	case N_INTERFACETYPE:
	case N_ELLIPSIS:
	case N_FIELD:
	case N_UNSUPPORTED:
	case N_EMPTY:
	case N_BRANCH:
	case N_TYPESPEC:
	case N_IMPORT:
	case N__COUNT:
		break;
	}
}

/* ------------------------------------------------------------------ */
/* Expression printing                                                 */
/* ------------------------------------------------------------------ */

/* types2 gives up below this depth and prints "…" */
enum { TYPES2_MAX_DEPTH = 200 };

typedef struct Printer {
	StrBuf *b;
	ExprStyle style;
} Printer;

static void print_expr(Printer *p, const Node *n, int depth);

static void print_list(Printer *p, const NodeList *l, int depth)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			sb_puts(p->b, ", ");
		print_expr(p, l->v[i], depth);
	}
}

static void print_fields(Printer *p, const NodeList *l, const char *sep,
                         int depth)
{
	for (int i = 0; i < l->len; i++) {
		const Node *f = l->v[i];
		if (i)
			sb_puts(p->b, sep);
		print_list(p, &f->u.field.names, depth);
		if (f->u.field.names.len)
			sb_puts(p->b, " ");
		print_expr(p, f->u.field.type, depth);
	}
}

/* "(params) result" or "(params) (results)" after "func" */
static void print_signature(Printer *p, const Node *ft, int depth)
{
	const NodeList *r = &ft->u.functype.results;
	sb_puts(p->b, "(");
	print_fields(p, &ft->u.functype.params, ", ", depth);
	sb_puts(p->b, ")");
	if (r->len == 1 && !r->v[0]->u.field.names.len) {
		sb_puts(p->b, " ");
		print_expr(p, r->v[0]->u.field.type, depth);
	} else if (r->len) {
		sb_puts(p->b, " (");
		print_fields(p, r, ", ", depth);
		sb_puts(p->b, ")");
	}
}

static void print_expr(Printer *p, const Node *n, int depth)
{
	StrBuf *b = p->b;
	bool gc = p->style == EXPR_STYLE_GC;
	if (!n) {
		if (gc)
			sb_puts(b, "<nil>");
		return;
	}
	if (!gc && depth++ > TYPES2_MAX_DEPTH) {
		sb_puts(b, "…");
		return;
	}
	switch (n->kind) {
	case N_BAD:
		sb_puts(b, gc ? "BadExpr" : "?");
		break;
	case N_IDENT:
		sb_puts(b, n->u.ident.name);
		break;
	case N_BASICLIT:
		sb_puts(b, n->u.lit.raw);
		break;
	case N_COMPOSITE:
		if (n->u.composite.type)
			print_expr(p, n->u.composite.type, depth);
		else if (gc && n->type)
			sb_puts(b, ty_string(n->type));
		if (gc)
			sb_puts(b, "{...}");
		else
			sb_puts(b, n->u.composite.elts.len ? "{…}" : "{}");
		break;
	case N_KEYVALUE:
		print_expr(p, n->u.kv.key, depth);
		sb_puts(b, ": ");
		print_expr(p, n->u.kv.value, depth);
		break;
	case N_FUNCLIT:
		if (gc) {
			sb_puts(b, "func literal");
			break;
		}
		sb_puts(b, "func");
		print_signature(p, n->u.funclit.type, depth);
		sb_puts(b, " {…}");
		break;
	case N_PAREN:
		sb_puts(b, "(");
		print_expr(p, n->u.paren.x, depth);
		sb_puts(b, ")");
		break;
	case N_SELECTOR:
		print_expr(p, n->u.sel.x, depth);
		sb_puts(b, ".");
		print_expr(p, n->u.sel.name, depth);
		break;
	case N_INDEX:
		print_expr(p, n->u.index.x, depth);
		sb_puts(b, "[");
		print_expr(p, n->u.index.index, depth);
		sb_puts(b, "]");
		break;
	case N_SLICE:
		print_expr(p, n->u.slice.x, depth);
		sb_puts(b, "[");
		if (n->u.slice.lo)
			print_expr(p, n->u.slice.lo, depth);
		sb_puts(b, ":");
		if (n->u.slice.hi)
			print_expr(p, n->u.slice.hi, depth);
		if (n->u.slice.full) {
			sb_puts(b, ":");
			if (n->u.slice.max)
				print_expr(p, n->u.slice.max, depth);
		}
		sb_puts(b, "]");
		break;
	case N_CALL:
		print_expr(p, n->u.call.fun, depth);
		sb_puts(b, "(");
		print_list(p, &n->u.call.args, depth);
		if (n->u.call.dots)
			sb_puts(b, "...");
		sb_puts(b, ")");
		break;
	case N_STAR:
		sb_puts(b, "*");
		print_expr(p, n->u.star.x, depth);
		break;
	case N_UNARY:
		sb_puts(b, op_names[n->u.unary.op]);
		print_expr(p, n->u.unary.x, depth);
		break;
	case N_BINARY:
		print_expr(p, n->u.binary.x, depth);
		sb_printf(b, " %s ", op_names[n->u.binary.op]);
		print_expr(p, n->u.binary.y, depth);
		break;
	case N_ARRAYTYPE:
		sb_puts(b, "[");
		if (n->u.arraytype.len)
			print_expr(p, n->u.arraytype.len, depth);
		else
			sb_puts(b, "...");
		sb_puts(b, "]");
		print_expr(p, n->u.arraytype.elem, depth);
		break;
	case N_SLICETYPE:
		sb_puts(b, "[]");
		print_expr(p, n->u.slicetype.elem, depth);
		break;
	case N_STRUCTTYPE:
		/* gc: "struct { a int; b int }", types2: "struct{a int; b int}" */
		if (!gc) {
			sb_puts(b, "struct{");
			print_fields(p, &n->u.structtype.fields, "; ", depth);
			sb_puts(b, "}");
			break;
		}
		sb_puts(b, n->u.structtype.fields.len ? "struct { " : "struct {");
		print_fields(p, &n->u.structtype.fields, "; ", depth);
		sb_puts(b, n->u.structtype.fields.len ? " }" : "}");
		break;
	case N_FUNCTYPE:
		sb_puts(b, "func");
		print_signature(p, n, depth);
		break;
	case N_ELLIPSIS:
		sb_puts(b, "...");
		print_expr(p, n->u.ellipsis.elem, depth);
		break;
	case N_UNSUPPORTED:
		sb_puts(b, n->u.unsup.what);
		break;
	case N_TYPEASSERT:
		print_expr(p, n->u.assert.x, depth);
		sb_puts(b, ".(");
		if (n->u.assert.type)
			print_expr(p, n->u.assert.type, depth);
		else
			sb_puts(b, "type");
		sb_puts(b, ")");
		break;
	case N_CONVIFACE:
		/* both print an implicit conversion as its operand */
		print_expr(p, n->u.conv.x, depth);
		break;
	case N_INTERFACETYPE:
		if (gc) {
			sb_puts(b, n->u.ifacetype.elems.len ? "interface { ... }" : "interface {}");
			break;
		}
		sb_puts(b, "interface{");
		for (int i = 0; i < n->u.ifacetype.elems.len; i++) {
			Node *e = n->u.ifacetype.elems.v[i];
			if (i)
				sb_puts(b, "; ");
			if (e->u.field.embedded) {
				print_expr(p, e->u.field.type, depth);
				continue;
			}
			sb_puts(b, e->u.field.names.v[0]->u.ident.name);
			print_signature(p, e->u.field.type, depth);
		}
		sb_puts(b, "}");
		break;
	default:
		sb_puts(b, gc ? node_kind_names[n->kind] : "?");
		break;
	}
}

const char *ast_expr_string_style(const Node *n, ExprStyle style)
{
	StrBuf b = {0};
	Printer p = {&b, style};
	print_expr(&p, n, 0);
	return b.p ? b.p : "";
}

const char *ast_expr_string(const Node *n)
{
	return ast_expr_string_style(n, EXPR_STYLE_GC);
}

/* ------------------------------------------------------------------ */
/* -d=ast                                                              */
/* ------------------------------------------------------------------ */

static void dump(const Node *n, int depth);

static void dump_list(const char *label, const NodeList *l, int depth)
{
	if (!l->len)
		return;
	fprintf(stderr, "%*s%s:\n", depth * 2, "", label);
	for (int i = 0; i < l->len; i++)
		dump(l->v[i], depth + 1);
}

static void dump_child(const char *label, const Node *n, int depth)
{
	if (!n)
		return;
	fprintf(stderr, "%*s%s:\n", depth * 2, "", label);
	dump(n, depth + 1);
}

static const char *const tok_names[] = {
	[TOK_NONE] = "", [TOK_ASSIGN] = "=", [TOK_DEFINE] = ":=",
	[TOK_OPASSIGN] = "op=", [TOK_INC] = "++", [TOK_DEC] = "--",
	[TOK_BREAK] = "break", [TOK_CONTINUE] = "continue",
	[TOK_GOTO] = "goto", [TOK_FALLTHROUGH] = "fallthrough",
	[TOK_VAR] = "var", [TOK_CONST] = "const", [TOK_TYPE] = "type",
};

static void dump(const Node *n, int depth)
{
	if (!n) {
		fprintf(stderr, "%*s<nil>\n", depth * 2, "");
		return;
	}
	fprintf(stderr, "%*s%d:%d %s", depth * 2, "", n->pos.line, n->pos.col,
	        node_kind_names[n->kind]);
	int d = depth + 1;
	switch (n->kind) {
	case N_IDENT:
		fprintf(stderr, " %s\n", n->u.ident.name);
		return;
	case N_BASICLIT:
		fprintf(stderr, " %s\n", n->u.lit.raw);
		return;
	case N_UNSUPPORTED:
		fprintf(stderr, " %s\n", n->u.unsup.what);
		return;
	case N_UNARY:
	case N_BINARY:
		fprintf(stderr, " %s\n",
		        op_names[n->kind == N_UNARY ? n->u.unary.op : n->u.binary.op]);
		break;
	case N_ASSIGN:
	case N_INCDEC:
		fprintf(stderr, " %s%s\n", tok_names[n->u.assign.tok],
		        n->u.assign.tok == TOK_OPASSIGN ? op_names[n->u.assign.op] : "");
		break;
	case N_BRANCH:
		fprintf(stderr, " %s\n", tok_names[n->u.branch.tok]);
		break;
	case N_GENDECL:
		fprintf(stderr, " %s%s\n", tok_names[n->u.gendecl.tok],
		        n->u.gendecl.grouped ? " (grouped)" : "");
		break;
	case N_VALUESPEC:
		fprintf(stderr, " iota=%d%s\n", n->u.vspec.iota,
		        n->u.vspec.implicit ? " implicit" : "");
		break;
	case N_TYPESPEC:
		fprintf(stderr, "%s\n", n->u.tspec.alias ? " alias" : "");
		break;
	case N_CALL:
		fprintf(stderr, "%s\n", n->u.call.dots ? " ..." : "");
		break;
	case N_SLICE:
		fprintf(stderr, "%s\n", n->u.slice.full ? " 3-index" : "");
		break;
	case N_FIELD:
		fprintf(stderr, "%s\n", n->u.field.embedded ? " embedded" : "");
		break;
	case N_RANGE:
		fprintf(stderr, "%s\n", n->u.range.define ? " :=" : "");
		break;
	case N_CASECLAUSE:
		fprintf(stderr, "%s\n", n->u.cc.is_default ? " default" : "");
		break;
	case N_IMPORT:
		fprintf(stderr, " \"%.*s\"\n", (int)n->u.import.path.len,
		        n->u.import.path.p);
		break;
	default:
		fprintf(stderr, "\n");
		break;
	}
	switch (n->kind) {
	case N_COMPOSITE:
		dump_child("type", n->u.composite.type, d);
		dump_list("elts", &n->u.composite.elts, d);
		break;
	case N_KEYVALUE:
		dump(n->u.kv.key, d);
		dump(n->u.kv.value, d);
		break;
	case N_FUNCLIT:
		dump(n->u.funclit.type, d);
		dump(n->u.funclit.body, d);
		break;
	case N_PAREN:
		dump(n->u.paren.x, d);
		break;
	case N_SELECTOR:
		dump(n->u.sel.x, d);
		dump(n->u.sel.name, d);
		break;
	case N_INDEX:
		dump(n->u.index.x, d);
		dump(n->u.index.index, d);
		break;
	case N_SLICE:
		dump(n->u.slice.x, d);
		dump_child("lo", n->u.slice.lo, d);
		dump_child("hi", n->u.slice.hi, d);
		dump_child("max", n->u.slice.max, d);
		break;
	case N_CALL:
		dump(n->u.call.fun, d);
		dump_list("args", &n->u.call.args, d);
		break;
	case N_STAR:
		dump(n->u.star.x, d);
		break;
	case N_UNARY:
		dump(n->u.unary.x, d);
		break;
	case N_BINARY:
		dump(n->u.binary.x, d);
		dump(n->u.binary.y, d);
		break;
	case N_ARRAYTYPE:
		dump_child("len", n->u.arraytype.len, d);
		dump(n->u.arraytype.elem, d);
		break;
	case N_SLICETYPE:
		dump(n->u.slicetype.elem, d);
		break;
	case N_STRUCTTYPE:
		dump_list("fields", &n->u.structtype.fields, d);
		break;
	case N_FUNCTYPE:
		dump_list("params", &n->u.functype.params, d);
		dump_list("results", &n->u.functype.results, d);
		break;
	case N_ELLIPSIS:
		dump(n->u.ellipsis.elem, d);
		break;
	case N_INTERFACETYPE:
		dump_list("elems", &n->u.ifacetype.elems, d);
		break;
	case N_TYPEASSERT:
		dump_child("x", n->u.assert.x, d);
		dump_child("type", n->u.assert.type, d);
		break;
	case N_CONVIFACE:
		dump(n->u.conv.x, d);
		break;
	case N_FIELD:
		dump_list("names", &n->u.field.names, d);
		dump(n->u.field.type, d);
		break;
	case N_DECLSTMT:
		dump(n->u.declstmt.decl, d);
		break;
	case N_LABELED:
		dump(n->u.labeled.label, d);
		dump(n->u.labeled.stmt, d);
		break;
	case N_EXPRSTMT:
		dump(n->u.exprstmt.x, d);
		break;
	case N_ASSIGN:
	case N_INCDEC:
		dump_list("lhs", &n->u.assign.lhs, d);
		dump_list("rhs", &n->u.assign.rhs, d);
		break;
	case N_RETURN:
		dump_list("results", &n->u.ret.results, d);
		break;
	case N_BRANCH:
		dump_child("label", n->u.branch.label, d);
		break;
	case N_BLOCK:
		for (int i = 0; i < n->u.block.stmts.len; i++)
			dump(n->u.block.stmts.v[i], d);
		break;
	case N_IF:
		dump_child("init", n->u.ifs.init, d);
		dump_child("cond", n->u.ifs.cond, d);
		dump_child("then", n->u.ifs.then, d);
		dump_child("else", n->u.ifs.els, d);
		break;
	case N_SWITCH:
		dump_child("init", n->u.sw.init, d);
		dump_child("bind", n->u.sw.bind, d);
		dump_child("tag", n->u.sw.tag, d);
		for (int i = 0; i < n->u.sw.clauses.len; i++)
			dump(n->u.sw.clauses.v[i], d);
		break;
	case N_CASECLAUSE:
		dump_list("exprs", &n->u.cc.exprs, d);
		dump_list("body", &n->u.cc.body, d);
		break;
	case N_FOR:
		dump_child("init", n->u.fors.init, d);
		dump_child("cond", n->u.fors.cond, d);
		dump_child("post", n->u.fors.post, d);
		dump(n->u.fors.body, d);
		break;
	case N_RANGE:
		dump_child("key", n->u.range.key, d);
		dump_child("value", n->u.range.value, d);
		dump_child("x", n->u.range.x, d);
		dump(n->u.range.body, d);
		break;
	case N_GENDECL:
		for (int i = 0; i < n->u.gendecl.specs.len; i++)
			dump(n->u.gendecl.specs.v[i], d);
		break;
	case N_VALUESPEC:
		dump_list("names", &n->u.vspec.names, d);
		dump_child("type", n->u.vspec.type, d);
		dump_list("values", &n->u.vspec.values, d);
		break;
	case N_TYPESPEC:
		dump(n->u.tspec.name, d);
		dump(n->u.tspec.type, d);
		break;
	case N_FUNCDECL:
		dump_child("recv", n->u.funcdecl.recv, d);
		dump(n->u.funcdecl.name, d);
		dump(n->u.funcdecl.type, d);
		dump_child("body", n->u.funcdecl.body, d);
		break;
	case N_IMPORT:
		dump_child("name", n->u.import.name, d);
		break;
	case N_FILE:
		dump(n->u.file.pkgname, d);
		for (int i = 0; i < n->u.file.imports.len; i++)
			dump(n->u.file.imports.v[i], d);
		for (int i = 0; i < n->u.file.decls.len; i++)
			dump(n->u.file.decls.v[i], d);
		break;
	default:
		break;
	}
}

void ast_dump(const Node *n)
{
	dump(n, 0);
}
