/*
 * check_expr.c: type checking of expressions.
 *
 * Each expression node gets its type, its constant value (if constant),
 * is_type and addressable.  As in types2, an expression first gets an
 * "untyped" type when it is an untyped constant (or a comparison, or a
 * shift of an untyped constant); the context then converts it to its final
 * type (ck_convert_untyped, ck_assignable), and ck_set_type pushes that
 * type down the expression tree so that, after checking, no node keeps an
 * untyped type.  An invalid type (ty_invalid) marks an expression that
 * already produced an error and silences follow-on errors.  Calls,
 * conversions and builtins are in this file too; so are the texts of
 * operands in messages (types2's operandString; syntax.String is
 * ast_expr_string_style's EXPR_STYLE_TYPES2).
 */
#include "check_internal.h"

#include <stdio.h>
#include <string.h>

Func *ck_glob_func; /* parent of closures in package-level initializers */
static Type *ty_novalue;

Type *ck_novalue(void)
{
	if (!ty_novalue)
		ty_novalue = ty_tuple(NULL, 0);
	return ty_novalue;
}

/* ---- modes and message texts ---------------------------------------- */

Mode ck_mode(Node *n)
{
	if (n->kind == N_IDENT && n->u.ident.sym && n->u.ident.sym->kind == SYM_BUILTIN && !n->is_type)
		return M_BUILTIN;
	if (IS_INVALID(n->type))
		return M_INVALID;
	if (n->is_type)
		return M_TYPE;
	if (n->type->kind == TY_TUPLE && n->type->nresults == 0)
		return M_NOVALUE;
	if (n->cval)
		return M_CONST;
	if (n->type->kind == TY_UNTYPED_NIL)
		return M_NIL;
	if (n->addressable)
		return M_VAR;
	return M_VALUE;
}

const char *ck_expr_str(const Node *n)
{
	return ast_expr_string_style(n, EXPR_STYLE_TYPES2);
}

static const char *const mode_names[] = {
	[M_INVALID] = "invalid operand", [M_NOVALUE] = "no value",
	[M_BUILTIN] = "built-in", [M_TYPE] = "type", [M_CONST] = "constant",
	[M_VAR] = "variable", [M_VALUE] = "value", [M_NIL] = "nil",
};

/* types2's operandString: "x (variable of type int)". */
const char *ck_operand_str(Node *n)
{
	Mode m = ck_mode(n);
	if (m == M_NIL)
		return "nil";
	StrBuf b = {0};
	const char *e = ck_expr_str(n);
	sb_puts(&b, e);
	sb_puts(&b, " (");
	bool has_type = false;
	if (m != M_INVALID && m != M_NOVALUE && m != M_BUILTIN && m != M_TYPE) {
		if (ty_is_untyped(n->type)) {
			sb_puts(&b, ty_string(n->type));
			sb_puts(&b, " ");
		} else {
			has_type = true;
		}
	}
	sb_puts(&b, mode_names[m]);
	if (m == M_CONST) {
		const char *v = cv_string_repr(n->cval);
		if (strcmp(v, e) != 0) {
			sb_puts(&b, " ");
			sb_puts(&b, v);
		}
	}
	if (has_type) {
		sb_puts(&b, " of type ");
		sb_puts(&b, ty_string(n->type));
	}
	sb_puts(&b, ")");
	return b.p;
}

void ck_invalidate(Node *n)
{
	n->type = ty_invalid;
	n->cval = NULL;
	n->addressable = false;
	n->is_type = false;
}

bool ck_is_blank(Node *n)
{
	n = ast_unparen(n);
	return n->kind == N_IDENT && strcmp(n->u.ident.name, "_") == 0;
}

/* ---- untyped conversion --------------------------------------------- */

bool ck_has_nil(Type *t)
{
	Type *u = ty_under(t);
	return u && (u->kind == TY_POINTER || u->kind == TY_SLICE || u->kind == TY_FUNC ||
	             u->kind == TY_MAP || u->kind == TY_INTERFACE || u->kind == TY_UNSAFEPTR);
}

static bool is_comparison(Op op)
{
	return op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR ||
	       op == OP_GEQ;
}

static bool is_shift(Op op) { return op == OP_SHL || op == OP_SHR; }

/* Record the final type T of an untyped expression tree. */
void ck_set_type(Node *n, Type *T)
{
	if (!n || IS_INVALID(n->type) || !ty_is_untyped(n->type) || IS_INVALID(T))
		return;
	switch (n->kind) {
	case N_PAREN:
		ck_set_type(n->u.paren.x, T);
		break;
	case N_UNARY:
		if (!n->cval || n->u.unary.op != OP_NOT || true)
			ck_set_type(n->u.unary.x, T);
		break;
	case N_BINARY:
		if (is_comparison(n->u.binary.op)) {
			/* operands keep their own (default) types */
		} else if (is_shift(n->u.binary.op)) {
			ck_set_type(n->u.binary.x, T);
			if (!n->cval && !ty_is_integer(T) && !ty_is_untyped(T)) {
				diag_error(ast_start_pos(n->u.binary.x), "invalid operation: %s (shift of type %s)",
				           ck_expr_str(n), ty_string(T));
			}
		} else {
			ck_set_type(n->u.binary.x, T);
			ck_set_type(n->u.binary.y, T);
		}
		break;
	default:
		break;
	}
	if (n->cval && !ty_is_untyped(T)) {
		ConstVal *out;
		if (cv_represent(n->cval, T, &out) == REP_OK)
			n->cval = out;
	}
	if (n->type->kind == TY_UNTYPED_NIL && !ck_has_nil(T))
		return;
	n->type = T;
}

/* implicitTypeAndValue: the type an untyped x takes in the context of
 * target; returns the representability code for constants. */
CvRep ck_implicit_type(Node *x, Type *target, Type **out)
{
	*out = x->type;
	if (!ty_is_untyped(x->type) || IS_INVALID(target))
		return REP_OK;
	if (ty_is_untyped(target)) {
		/* both untyped: the "larger" kind */
		TypeKind a = x->type->kind, b = target->kind;
		bool an = a == TY_UNTYPED_INT || a == TY_UNTYPED_RUNE || a == TY_UNTYPED_FLOAT;
		bool bn = b == TY_UNTYPED_INT || b == TY_UNTYPED_RUNE || b == TY_UNTYPED_FLOAT;
		if (an && bn) {
			*out = a > b ? x->type : target;
			return REP_OK;
		}
		if (a == b) {
			*out = target;
			return REP_OK;
		}
		return REP_INVALID;
	}
	if (x->type->kind == TY_UNTYPED_NIL) {
		if (ck_has_nil(target)) {
			*out = target;
			return REP_OK;
		}
		return REP_INVALID;
	}
	Type *u = ty_under(target);
	if (!u)
		return REP_INVALID;
	if (u->kind == TY_INTERFACE) {
		/* the default type, which must implement it (types2's
		 * implicitTypeAndValue) */
		*out = ty_default(x->type);
		return ck_implements(*out, target, NULL) ? REP_OK : REP_INVALID;
	}
	if (u->kind > TY_UNSAFEPTR) /* not a basic type */
		return REP_INVALID;
	if (x->cval) {
		ConstVal *v;
		CvRep r = cv_represent(x->cval, u, &v);
		if (r != REP_OK) {
			if (r != REP_INVALID && !(ty_is_numeric(x->type) && ty_is_numeric(u)))
				r = REP_INVALID;
			if (r == REP_OVERFLOW && !ty_is_integer(x->type) && ty_is_integer(u))
				r = REP_TRUNCATED;
			return r;
		}
		*out = target;
		return REP_OK;
	}
	switch (x->type->kind) {
	case TY_UNTYPED_BOOL:
		if (!ty_is_boolean(u))
			return REP_INVALID;
		break;
	case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT:
		if (!ty_is_numeric(u))
			return REP_INVALID;
		break;
	case TY_UNTYPED_STRING:
		if (!ty_is_string(u))
			return REP_INVALID;
		break;
	default:
		return REP_INVALID;
	}
	*out = target;
	return REP_OK;
}

/* convertUntyped: errors as types2's invalidConversion. */
bool ck_convert_untyped(Node *x, Type *T)
{
	if (IS_INVALID(x->type) || !ty_is_untyped(x->type))
		return !IS_INVALID(x->type);
	if (!T)
		T = ty_default(x->type);
	Type *nt;
	CvRep r = ck_implicit_type(x, T, &nt);
	if (r != REP_OK) {
		Type *t = ty_under(T);
		const char *ts = ty_string(t);
		if (r == REP_TRUNCATED)
			diag_error(ast_start_pos(x), "%s truncated to %s", ck_operand_str(x), ts);
		else if (r == REP_OVERFLOW)
			diag_error(ast_start_pos(x), "%s overflows %s", ck_operand_str(x), ts);
		else
			diag_error(ast_start_pos(x), "cannot convert %s to %s", ck_operand_str(x), ts);
		ck_invalidate(x);
		return false;
	}
	if (nt != x->type) {
		if (ty_is_untyped(nt)) {
			/* untyped -> larger untyped kind: value conversion only */
			if (x->cval) {
				ConstVal *v;
				if (cv_represent(x->cval, nt, &v) == REP_OK)
					x->cval = v;
			}
			x->type = nt;
		} else {
			ck_set_type(x, nt);
		}
	}
	return true;
}

/* ---- assignability -------------------------------------------------- */

bool ck_assignable_to(Node *x, Type *T)
{
	Type *V = x->type;
	if (IS_INVALID(V) || IS_INVALID(T))
		return true;
	if (ty_identical(V, T))
		return true;
	Type *Vu = ty_under(V), *Tu = ty_under(T);
	if (ty_is_untyped(V)) {
		if (V->kind == TY_UNTYPED_NIL)
			return ck_has_nil(T);
		Type *nt;
		return ck_implicit_type(x, T, &nt) == REP_OK;
	}
	/* identical underlying types, at least one of them not named (the
	 * predeclared types are named) */
	bool vnamed = V->kind == TY_NAMED || V->kind <= TY_UNSAFEPTR;
	bool tnamed = T->kind == TY_NAMED || T->kind <= TY_UNSAFEPTR;
	if (ty_identical(Vu, Tu) && (!vnamed || !tnamed))
		return true;
	if (Tu->kind == TY_INTERFACE)
		return ck_implements(V, T, NULL);
	return false;
}

bool ck_assignable(Node *x, Type *T, const char *context)
{
	if (IS_INVALID(x->type) || IS_INVALID(T))
		return false;
	Mode m = ck_mode(x);
	if (m == M_TYPE || m == M_BUILTIN || m == M_NOVALUE) {
		diag_error(ast_start_pos(x), "cannot assign %s to %s in %s", ck_operand_str(x), ty_string(T),
		           context);
		ck_invalidate(x);
		return false;
	}
	if (ty_is_untyped(x->type)) {
		Type *target = T;
		if (ty_under(T) && ty_under(T)->kind == TY_INTERFACE)
			target = ty_default(x->type);
		Type *nt;
		CvRep r = ck_implicit_type(x, target, &nt);
		if (r != REP_OK) {
			const char *suffix = r == REP_TRUNCATED ? " (truncated)" : r == REP_OVERFLOW ? " (overflows)" : "";
			diag_error(ast_start_pos(x), "cannot use %s as %s value in %s%s", ck_operand_str(x),
			           ty_string(target), context, suffix);
			ck_invalidate(x);
			return false;
		}
		ck_set_type(x, nt);
		if (x->type->kind == TY_UNTYPED_NIL)
			x->type = T;
	}
	if (!ck_assignable_to(x, T)) {
		const char *cause = "";
		if (ty_is_interface(T))
			cause = arena_sprintf(g_arena, ":\n\t%s", ck_implements_error(x->type, T));
		else if (ty_is_interface(x->type) && ck_implements(T, x->type, NULL))
			cause = ":\n\tneed type assertion";
		diag_error(ast_start_pos(x), "cannot use %s as type %s in %s%s", ck_operand_str(x), ty_string(T),
		           context, cause);
		return false;
	}
	if (ty_is_interface(T))
		ck_wrap_iface(x, T);
	return true;
}

/* ---- identifiers ---------------------------------------------------- */

static void note_capture(Symbol *s)
{
	if (!s->owner || !ck.fn || s->owner == ck.fn)
		return;
	for (Func *f = ck.fn; f && f != s->owner; f = f->outer) {
		bool have = false;
		for (int i = 0; i < f->captures.len; i++)
			if (f->captures.v[i] == s)
				have = true;
		if (!have)
			pl_push(&f->captures, s);
	}
}


static void check_ident(Node *n, bool allow_type)
{
	const char *name = n->u.ident.name;
	if (strcmp(name, "_") == 0) {
		diag_error(n->pos, "cannot use _ as value or type");
		ck_invalidate(n);
		return;
	}
	Symbol *s = ck_lookup(name);
	if (!s) {
		diag_error(n->pos, "undefined: %s", name);
		ck_invalidate(n);
		return;
	}
	n->u.ident.sym = s;
	SymInfo *in = ck_info(s);
	if (in->spec && s->kind != SYM_TYPE)
		ck_resolve(s);
	switch (s->kind) {
	case SYM_CONST:
		if (s->pos.line == 0 && strcmp(name, "iota") == 0) {
			if (!ck.iota) {
				diag_error(n->pos, "cannot use iota outside constant declaration");
				ck_invalidate(n);
				return;
			}
			n->type = ty_basic[TY_UNTYPED_INT];
			n->cval = ck.iota;
			return;
		}
		if (in->spec)
			ck_record_dep(s);
		s->used = true;
		if (IS_INVALID(s->type) || !s->cval) {
			ck_invalidate(n);
			return;
		}
		n->type = s->type;
		n->cval = s->cval;
		return;
	case SYM_VAR:
		if (in->spec)
			ck_record_dep(s);
		s->used = true;
		note_capture(s);
		if (!s->type || IS_INVALID(s->type)) {
			ck_invalidate(n);
			return;
		}
		n->type = s->type;
		n->addressable = true;
		return;
	case SYM_TYPE:
		if (in->spec)
			ck_resolve(s);
		/* a declared type whose definition was invalid (or
		 * unsupported) silences every use */
		if (!s->type || IS_INVALID(s->type) ||
		    (in->color == BLACK && s->type->kind == TY_NAMED && IS_INVALID(s->type->underlying))) {
			ck_invalidate(n);
			return;
		}
		n->type = s->type;
		n->is_type = true;
		if (!allow_type) {
			diag_error(n->pos, "%s (type) is not an expression", name);
			ck_invalidate(n);
		}
		return;
	case SYM_FUNC:
		ck_record_dep(s);
		if (!s->type) {
			ck_invalidate(n);
			return;
		}
		n->type = s->type;
		return;
	case SYM_BUILTIN:
		n->type = ty_invalid;
		return;
	case SYM_NIL:
		n->type = ty_basic[TY_UNTYPED_NIL];
		return;
	default:
		ck_invalidate(n);
		return;
	}
}

/* ---- selectors ------------------------------------------------------ */

typedef struct LEntry {
	Type *t;    /* type at this level (named or struct) */
	bool ptr;   /* value at this level is a pointer to t */
	SelStep path[64];
	int npath;
	bool indirect;
} LEntry;

static void lookup_field_or_method(Type *T, const char *name, Lookup *out)
{
	memset(out, 0, sizeof *out);
	LEntry *cur = arena_alloc(g_arena, sizeof *cur);
	int ncur = 1;
	bool ptr = false;
	if (T->kind == TY_POINTER) {
		ptr = true;
		T = T->elem;
	} else if (T->kind == TY_NAMED && ty_under(T) && ty_under(T)->kind == TY_POINTER) {
		/* fields (not methods) through a named pointer type */
		ptr = true;
		T = ty_under(T)->elem;
		if (T->kind == TY_NAMED)
			out->recv_named = NULL;
	}
	cur[0] = (LEntry){.t = T, .ptr = ptr, .indirect = ptr};
	PtrList seen = {0};
	for (int depth = 0; depth < 64 && ncur > 0; depth++) {
		int found = 0;
		PtrList next = {0};
		for (int e = 0; e < ncur; e++) {
			LEntry *le = &cur[e];
			Type *t = le->t;
			if (t->kind == TY_NAMED) {
				bool dup = false;
				for (int i = 0; i < seen.len; i++)
					if (seen.v[i] == t)
						dup = true;
				if (dup)
					continue;
				pl_push(&seen, t);
				for (int i = 0; i < t->nmethods; i++) {
					if (t->methods[i].name == name) {
						found++;
						out->found = 2;
						out->method = &t->methods[i];
						out->recv_named = t;
						memcpy(out->path, le->path, sizeof le->path);
						out->npath = le->npath;
						out->indirect = le->ptr;
						out->final_deref = le->ptr;
					}
				}
			}
			Type *u = ty_under(t);
			if (u && u->kind == TY_INTERFACE && !le->ptr) {
				int k;
				if (ty_iface_method(u, name, &k)) {
					found++;
					out->found = 3;
					out->iface = u;
					out->iface_index = k;
					memcpy(out->path, le->path, sizeof le->path);
					out->npath = le->npath;
					out->indirect = le->indirect;
					out->final_deref = false;
				}
			}
			if (!u || u->kind != TY_STRUCT)
				continue;
			for (int i = 0; i < u->nfields; i++) {
				Field *f = &u->fields[i];
				if (f->name == name) {
					found++;
					out->found = 1;
					out->field = f;
					out->field_index = i;
					memcpy(out->path, le->path, sizeof le->path);
					out->npath = le->npath;
					out->final_deref = le->ptr;
					out->indirect = le->indirect;
				}
				if (f->embedded && le->npath < 63 && !IS_INVALID(f->type)) {
					LEntry *ne = arena_alloc(g_arena, sizeof *ne);
					*ne = *le;
					ne->path[ne->npath++] = (SelStep){i, le->ptr};
					Type *ft = f->type;
					ne->ptr = false;
					if (ft->kind == TY_POINTER) {
						ne->ptr = true;
						ne->indirect = true;
						ft = ft->elem;
					}
					ne->t = ft;
					pl_push(&next, ne);
				}
			}
		}
		if (found == 1)
			return;
		if (found > 1) {
			out->found = -1;
			return;
		}
		LEntry *nc = arena_alloc(g_arena, (size_t)(next.len ? next.len : 1) * sizeof *nc);
		for (int i = 0; i < next.len; i++)
			nc[i] = *(LEntry *)next.v[i];
		cur = nc;
		ncur = next.len;
	}
	out->found = 0;
}

/* A named pointer type has no methods: through it only fields are found
 * (a method found there, even a promoted one, counts as not found). */
void ck_lookup_field_or_method(Type *T, const char *name, Lookup *out)
{
	memset(out, 0, sizeof *out);
	if (strcmp(name, "_") == 0)
		return; /* blank fields and methods are never found */
	lookup_field_or_method(T, name, out);
	if (out->found == 2 && T->kind == TY_NAMED && ty_under(T) &&
	    ty_under(T)->kind == TY_POINTER)
		memset(out, 0, sizeof *out);
}

static Type *method_type(Method *m)
{
	ck_resolve(m->func);
	ck_record_dep(m->func);
	return m->func->type;
}

static void check_selector(Node *n, bool allow_type)
{
	Node *x = n->u.sel.x;
	const char *name = n->u.sel.name->u.ident.name;
	ck_raw(x, true);
	if (IS_INVALID(x->type)) {
		ck_invalidate(n);
		return;
	}
	Mode m = ck_mode(x);
	if (m == M_NOVALUE || m == M_BUILTIN) {
		diag_error(ast_start_pos(x), "%s used as value", ck_operand_str(x));
		ck_invalidate(n);
		return;
	}
	if (x->type->kind == TY_TUPLE) {
		diag_error(ast_start_pos(x), "multiple-value %s in single-value context", ck_operand_str(x));
		ck_invalidate(n);
		return;
	}
	if (ty_is_untyped(x->type))
		ck_convert_untyped(x, NULL);
	Type *T = x->type;
	Lookup lk;
	ck_lookup_field_or_method(T, name, &lk);
	if (lk.found == 3) {
		/* a method of an interface (T itself or an embedded field) */
		Type *ft = lk.iface->imethods[lk.iface_index].type;
		n->u.sel.field = lk.iface_index;
		n->u.sel.npath = lk.npath;
		n->u.sel.path = arena_alloc(g_arena, (size_t)(lk.npath + 1) * sizeof(SelStep));
		memcpy(n->u.sel.path, lk.path, (size_t)lk.npath * sizeof(SelStep));
		if (m == M_TYPE) {
			/* I.m: func(I, params...) results */
			Type **ps = arena_alloc(g_arena, (size_t)(ft->nparams + 1) * sizeof *ps);
			ps[0] = T;
			for (int i = 0; i < ft->nparams; i++)
				ps[i + 1] = ft->params[i];
			n->type = ty_func(ps, ft->nparams + 1, ft->results, ft->nresults, ft->variadic);
			n->u.sel.kind = SEL_IMETHODEXPR;
			return;
		}
		n->u.sel.kind = SEL_IMETHOD;
		n->type = ft;
		return;
	}
	if (m == M_TYPE) {
		/* method expression T.m / (*T).m */
		if (lk.found != 2) {
			if (lk.found == -1)
				diag_error(n->u.sel.name->pos, "ambiguous selector %s.%s", ck_expr_str(x), name);
			else if (lk.found == 1) /* a field, not a method */
				diag_error(n->u.sel.name->pos, "%s.%s undefined (type %s has no method %s)",
				           ck_expr_str(x), name, ty_string(T), name);
			else
				diag_error(n->u.sel.name->pos, "%s.%s undefined (type %s has no field or method %s)",
				           ck_expr_str(x), name, ty_string(T), name);
			ck_invalidate(n);
			return;
		}
		Method *me = lk.method;
		bool tptr = T->kind == TY_POINTER;
		if (me->ptr_recv && !tptr && !lk.indirect) {
			diag_error(n->u.sel.name->pos, "cannot call pointer method %s on %s", name, ty_string(T));
			ck_invalidate(n);
			return;
		}
		Type *ft = method_type(me);
		if (!ft || IS_INVALID(ft)) {
			ck_invalidate(n);
			return;
		}
		Type **ps = arena_alloc(g_arena, (size_t)(ft->nparams + 1) * sizeof *ps);
		ps[0] = T;
		for (int i = 0; i < ft->nparams; i++)
			ps[i + 1] = ft->params[i];
		n->type = ty_func(ps, ft->nparams + 1, ft->results, ft->nresults, ft->variadic);
		n->u.sel.kind = SEL_METHODEXPR;
		n->u.sel.method = me->func;
		n->u.sel.npath = lk.npath;
		n->u.sel.path = arena_alloc(g_arena, (size_t)(lk.npath + 1) * sizeof(SelStep));
		memcpy(n->u.sel.path, lk.path, (size_t)lk.npath * sizeof(SelStep));
		n->u.sel.adjust = me->ptr_recv ? (lk.indirect ? RECV_SAME : RECV_ADDR) : (lk.indirect ? RECV_DEREF : RECV_SAME);
		return;
	}
	if (lk.found == 0 || lk.found == -1) {
		Type *pe = T->kind == TY_POINTER ? T->elem : NULL;
		if (lk.found == -1) {
			diag_error(n->u.sel.name->pos, "ambiguous selector %s.%s", ck_expr_str(x), name);
		} else if (pe && ty_is_interface(pe) && ty_iface_method(pe, name, NULL)) {
			diag_error(n->u.sel.name->pos, "%s.%s undefined (type %s is pointer to interface, not interface)",
			           ck_expr_str(x), name, ty_string(T));
		} else {
			const char *why = arena_sprintf(g_arena, "type %s has no field or method %s", ty_string(T), name);
			/* types2's hint: the same name with its first letter's case
			 * flipped (ASCII letters only here) */
			char c = name[0];
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
				char *flip = arena_strndup(g_arena, name, strlen(name));
				flip[0] = (char)(c ^ 0x20);
				Lookup alt;
				ck_lookup_field_or_method(T, intern(flip, strlen(flip)), &alt);
				if (alt.found == 1 || alt.found == 2)
					why = arena_sprintf(g_arena, "%s, but does have %s", why, flip);
			}
			diag_error(n->u.sel.name->pos, "%s.%s undefined (%s)", ck_expr_str(x), name, why);
		}
		ck_invalidate(n);
		return;
	}
	n->u.sel.npath = lk.npath;
	n->u.sel.path = arena_alloc(g_arena, (size_t)(lk.npath + 1) * sizeof(SelStep));
	memcpy(n->u.sel.path, lk.path, (size_t)lk.npath * sizeof(SelStep));
	if (lk.found == 1) {
		n->u.sel.kind = SEL_FIELD;
		n->u.sel.field = lk.field_index;
		n->u.sel.deref = lk.final_deref;
		n->type = lk.field->type;
		n->addressable = lk.indirect || x->addressable || lk.final_deref;
		if (IS_INVALID(n->type))
			ck_invalidate(n);
		return;
	}
	/* method value or method call */
	Method *me = lk.method;
	if (T->kind == TY_NAMED && ty_under(T) && ty_under(T)->kind == TY_POINTER && lk.npath == 0) {
		diag_error(n->u.sel.name->pos, "%s.%s undefined (type %s has no field or method %s)",
		           ck_expr_str(x), name, ty_string(T), name);
		ck_invalidate(n);
		return;
	}
	RecvAdjust adj = RECV_SAME;
	if (me->ptr_recv) {
		if (!lk.final_deref) {
			bool addr = lk.npath > 0 ? (lk.indirect || x->addressable) : x->addressable;
			if (!addr) {
				diag_error(n->u.sel.name->pos, "cannot call pointer method %s on %s", name, ty_string(T));
				ck_invalidate(n);
				return;
			}
			adj = RECV_ADDR;
		}
	} else if (lk.final_deref) {
		adj = RECV_DEREF;
	}
	Type *ft = method_type(me);
	if (!ft || IS_INVALID(ft)) {
		ck_invalidate(n);
		return;
	}
	n->u.sel.kind = SEL_METHOD;
	n->u.sel.method = me->func;
	n->u.sel.adjust = adj;
	n->u.sel.deref = lk.final_deref;
	n->type = ft;
}

/* ---- composite literals --------------------------------------------- */

static int64_t index_const(Node *kv, int64_t max, bool *ok);

static Type *composite_hint; /* element type for an elided literal type */
static void check_composite(Node *n, Type *hint);

/* An element of an array, slice (or, keyed, struct) literal.  An elided
 * literal type takes the element type; when that is a pointer *T, the
 * element is rewritten into &T{...}, as Go reads it. */
static void check_elem(Node **slot, Type *et)
{
	Node *v = *slot;
	if (v->kind == N_COMPOSITE && !v->u.composite.type) {
		Type *eu = ty_under(et);
		if (eu && eu->kind == TY_POINTER && et->kind != TY_NAMED) {
			Node *amp = ast_new(N_UNARY, v->pos);
			amp->u.unary.op = OP_AND;
			amp->u.unary.x = v;
			*slot = amp;
			composite_hint = eu->elem;
			check_composite(v, eu->elem);
			composite_hint = NULL;
			if (IS_INVALID(v->type)) {
				ck_invalidate(amp);
				return;
			}
			amp->type = ty_pointer(v->type);
			v = amp;
		} else {
			composite_hint = et;
			ck_expr(v);
		}
	} else {
		ck_expr(v);
	}
	if (!IS_INVALID(v->type))
		ck_assignable(v, et, "array or slice literal");
}

static void check_composite(Node *n, Type *hint)
{
	Type *T;
	Node *tn = n->u.composite.type;
	if (tn) {
		if (tn->kind == N_ARRAYTYPE && !tn->u.arraytype.len) {
			Type *e = ck_typexpr(tn->u.arraytype.elem);
			T = IS_INVALID(e) ? ty_invalid : ty_array(e, -1);
			tn->is_type = true;
		} else {
			T = ck_typexpr(tn);
		}
	} else if (hint) {
		T = hint;
	} else {
		diag_error(n->pos, "invalid composite literal type: missing type");
		T = ty_invalid;
	}
	NodeList *elts = &n->u.composite.elts;
	if (IS_INVALID(T)) {
		for (int i = 0; i < elts->len; i++) {
			Node *e = elts->v[i];
			if (e->kind == N_KEYVALUE)
				e = e->u.kv.value;
			if (e->kind != N_COMPOSITE || e->u.composite.type)
				ck_use(e);
		}
		ck_invalidate(n);
		return;
	}
	Type *u = ty_under(T);
	switch (u->kind) {
	case TY_STRUCT: {
		if (elts->len == 0)
			break;
		bool keyed = elts->v[0]->kind == N_KEYVALUE;
		char *seen = arena_alloc(g_arena, (size_t)u->nfields + 1);
		for (int i = 0; i < elts->len; i++) {
			Node *e = elts->v[i];
			if ((e->kind == N_KEYVALUE) != keyed) {
				diag_error(e->kind == N_KEYVALUE ? e->pos : ast_start_pos(e),
				           "mixture of field:value and value elements in struct literal");
				ck_use(e->kind == N_KEYVALUE ? e->u.kv.value : e);
				continue;
			}
			if (keyed) {
				Node *k = e->u.kv.key;
				Node *v = e->u.kv.value;
				if (k->kind != N_IDENT) {
					diag_error(ast_start_pos(k), "invalid field name %s in struct literal", ck_expr_str(k));
					ck_use(v);
					continue;
				}
				int fi = -1;
				/* a blank field cannot be named in a literal */
				for (int j = 0; j < u->nfields; j++)
					if (u->fields[j].name == k->u.ident.name &&
					    strcmp(k->u.ident.name, "_") != 0)
						fi = j;
				if (fi < 0) {
					diag_error(k->pos, "unknown field '%s' in struct literal of type %s", k->u.ident.name, ty_string(T));
					ck_use(v);
					continue;
				}
				e->u.kv.index = fi;
				if (seen[fi]) {
					diag_error(e->pos, "duplicate field name %s in struct literal", k->u.ident.name);
					ck_use(v);
					continue;
				}
				seen[fi] = 1;
				Type *ft = u->fields[fi].type;
				if (v->kind == N_COMPOSITE && !v->u.composite.type) {
					diag_error(v->pos, "invalid composite literal type: missing type");
					continue;
				}
				ck_expr(v);
				if (!IS_INVALID(v->type))
					ck_assignable(v, ft, "struct literal");
				k->type = ft;
			} else {
				if (e->kind == N_COMPOSITE && !e->u.composite.type) {
					diag_error(e->pos, "invalid composite literal type: missing type");
					continue;
				}
				ck_expr(e);
				if (i >= u->nfields) {
					diag_error(ast_start_pos(e), "too many values in %s{…}", ck_expr_str(tn ? tn : e));
					break;
				}
				if (!IS_INVALID(e->type))
					ck_assignable(e, u->fields[i].type, "struct literal");
			}
		}
		if (!keyed && elts->len < u->nfields && elts->len > 0)
			diag_error(n->u.composite.rbrace, "too few values in %s{…}", tn ? ck_expr_str(tn) : ty_string(T));
		break;
	}
	case TY_ARRAY:
	case TY_SLICE: {
		int64_t idx = 0, max = 0;
		int64_t len = u->kind == TY_ARRAY ? u->len : -1;
		char *seen = NULL;
		int64_t seen_cap = 0;
		for (int i = 0; i < elts->len; i++) {
			Node *e = elts->v[i];
			Node **vslot = &elts->v[i];
			Node *v = e;
			if (e->kind == N_KEYVALUE) {
				bool ok;
				int64_t k = index_const(e, len, &ok);
				if (ok)
					idx = k;
				v = e->u.kv.value;
				vslot = &e->u.kv.value;
			} else if (len >= 0 && idx >= len) {
				diag_error(ast_start_pos(v), "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)len);
			}
			if (idx >= 0 && idx < 1 << 24) {
				if (idx >= seen_cap) {
					int64_t nc = seen_cap ? seen_cap : 16;
					while (nc <= idx)
						nc *= 2;
					char *ns = arena_alloc(g_arena, (size_t)nc);
					if (seen_cap)
						memcpy(ns, seen, (size_t)seen_cap);
					seen = ns;
					seen_cap = nc;
				}
				if (seen[idx] && e->kind == N_KEYVALUE)
					diag_error(e->pos, "duplicate index %lld in array or slice literal", (long long)idx);
				seen[idx] = 1;
			}
			if (e->kind == N_KEYVALUE)
				e->u.kv.index = (int)idx;
			check_elem(vslot, u->elem);
			idx++;
			if (idx > max)
				max = idx;
		}
		if (u->kind == TY_ARRAY && u->len < 0) {
			T = ty_array(u->elem, max);
			if (tn) {
				tn->type = T;
			}
		}
		break;
	}
	case TY_MAP:
		ck_unsupported(n->pos, "maps");
		ck_invalidate(n);
		return;
	default:
		diag_error(ast_start_pos(n), "invalid composite literal type %s", ty_string(T));
		for (int i = 0; i < elts->len; i++)
			ck_use(elts->v[i]->kind == N_KEYVALUE ? elts->v[i]->u.kv.value : elts->v[i]);
		ck_invalidate(n);
		return;
	}
	n->type = T;
}


/* An array/slice literal index (the key of kv): a non-negative integer
 * constant. */
static int64_t index_const(Node *kv, int64_t max, bool *ok)
{
	int64_t v;
	Node *k = kv->u.kv.key;
	*ok = false;
	if (!ck_check_index(k, max, "index", &v))
		return 0;
	if (v < 0) {
		diag_error(kv->pos, "index %s must be integer constant", ck_expr_str(k));
		return 0;
	}
	*ok = true;
	return v;
}

/* ---- function literals ---------------------------------------------- */

static void check_funclit(Node *n)
{
	Func *parent = ck.fn;
	if (!parent) {
		if (!ck_glob_func)
			ck_glob_func = ck_new_func(NULL, "glob.");
		parent = ck_glob_func;
	}
	parent->nclosures_total++;
	const char *name;
	if (parent->outer || (parent->decl && parent->decl->kind == N_FUNCLIT))
		name = arena_sprintf(g_arena, "%s.%d", parent->name, parent->nclosures_total);
	else
		name = arena_sprintf(g_arena, "%s.func%d", parent->name, parent->nclosures_total);
	Func *fn = ck_new_func(n, name);
	fn->outer = ck.fn;
	n->u.funclit.fn = fn;
	pl_push(&parent->closures, fn);
	fn->type = ck_functype(n->u.funclit.type, fn);
	n->type = fn->type;
	ck_funcbody(fn, n->u.funclit.body);
}

/* ---- index and slice ------------------------------------------------ */

/* An index operand: integer, non-negative if constant, below max. */
bool ck_check_index(Node *x, int64_t max, const char *what, int64_t *val)
{
	*val = -1;
	ck_expr(x);
	if (IS_INVALID(x->type))
		return false;
	if (ty_is_untyped(x->type)) {
		if (!ck_convert_untyped(x, ty_basic[TY_INT]))
			return false;
	}
	if (!ty_is_integer(x->type)) {
		diag_error(ast_start_pos(x), "invalid argument: %s %s must be integer", what, ck_operand_str(x));
		return false;
	}
	if (x->cval) {
		if (cv_sign(x->cval) < 0) {
			diag_error(ast_start_pos(x), "invalid argument: %s %s must not be negative", what, ck_operand_str(x));
			return false;
		}
		uint64_t u;
		if (!cv_uint64_fits(x->cval, &u) || u > (uint64_t)INT64_MAX) {
			diag_error(ast_start_pos(x), "invalid argument: %s %s overflows int", what, ck_operand_str(x));
			return false;
		}
		if (max >= 0 && (int64_t)u >= max) {
			diag_error(ast_start_pos(x), "invalid argument: %s %s out of bounds [0:%lld]", what,
			           cv_string_repr(x->cval), (long long)max);
			return false;
		}
		*val = (int64_t)u;
	}
	return true;
}

static void check_index_expr(Node *n)
{
	Node *x = n->u.index.x;
	ck_expr(x);
	if (IS_INVALID(x->type)) {
		ck_use(n->u.index.index);
		ck_invalidate(n);
		return;
	}
	if (ty_is_untyped(x->type))
		ck_convert_untyped(x, NULL);
	Type *u = ty_under(x->type);
	int64_t v;
	switch (u->kind) {
	case TY_STRING:
		if (x->cval && cv_kind(x->cval) == CV_STRING) {
			if (!ck_check_index(n->u.index.index, (int64_t)cv_string_val(x->cval).len, "index", &v)) {
				ck_invalidate(n);
				return;
			}
			if (v >= 0 && n->u.index.index->cval) {
				n->cval = cv_int64((unsigned char)cv_string_val(x->cval).p[v]);
			}
		} else if (!ck_check_index(n->u.index.index, -1, "index", &v)) {
			ck_invalidate(n);
			return;
		}
		n->type = ty_byte_alias;
		n->cval = NULL; /* indexing a constant string is not a constant */
		return;
	case TY_ARRAY:
		ck_check_index(n->u.index.index, u->len, "index", &v);
		n->type = u->elem;
		n->addressable = x->addressable;
		return;
	case TY_POINTER:
		if (ty_under(u->elem) && ty_under(u->elem)->kind == TY_ARRAY) {
			ck_check_index(n->u.index.index, ty_under(u->elem)->len, "index", &v);
			n->type = ty_under(u->elem)->elem;
			n->addressable = true;
			return;
		}
		break;
	case TY_SLICE:
		ck_check_index(n->u.index.index, -1, "index", &v);
		n->type = u->elem;
		n->addressable = true;
		return;
	case TY_MAP:
		ck_unsupported(n->pos, "maps");
		ck_invalidate(n);
		return;
	default:
		break;
	}
	diag_error(n->pos, "invalid operation: cannot index %s", ck_operand_str(x));
	ck_use(n->u.index.index);
	ck_invalidate(n);
}

static void check_slice_expr(Node *n)
{
	Node *x = n->u.slice.x;
	ck_expr(x);
	Node *idx[3] = {n->u.slice.lo, n->u.slice.hi, n->u.slice.max};
	if (IS_INVALID(x->type)) {
		for (int i = 0; i < 3; i++)
			if (idx[i])
				ck_use(idx[i]);
		ck_invalidate(n);
		return;
	}
	if (ty_is_untyped(x->type))
		ck_convert_untyped(x, NULL);
	Type *u = ty_under(x->type);
	int64_t length = -1;
	bool valid = false;
	switch (u->kind) {
	case TY_STRING:
		if (n->u.slice.full) {
			diag_error(ast_start_pos(x), "invalid operation: 3-index slice of string");
			ck_invalidate(n);
			return;
		}
		valid = true;
		if (x->cval && cv_kind(x->cval) == CV_STRING)
			length = (int64_t)cv_string_val(x->cval).len;
		n->type = x->type->kind == TY_UNTYPED_STRING ? ty_basic[TY_STRING] : x->type;
		break;
	case TY_ARRAY:
		valid = true;
		length = u->len;
		if (!x->addressable) {
			diag_error(ast_start_pos(x), "invalid operation: %s (slice of unaddressable value)", ck_operand_str(x));
			ck_invalidate(n);
			return;
		}
		n->type = ty_slice(u->elem);
		break;
	case TY_POINTER:
		if (ty_under(u->elem) && ty_under(u->elem)->kind == TY_ARRAY) {
			valid = true;
			length = ty_under(u->elem)->len;
			n->type = ty_slice(ty_under(u->elem)->elem);
		}
		break;
	case TY_SLICE:
		valid = true;
		n->type = x->type;
		break;
	default:
		break;
	}
	if (!valid) {
		diag_error(ast_start_pos(x), "invalid operation: cannot slice %s", ck_operand_str(x));
		for (int i = 0; i < 3; i++)
			if (idx[i])
				ck_use(idx[i]);
		ck_invalidate(n);
		return;
	}
	int64_t vals[3] = {-1, -1, -1};
	for (int i = 0; i < 3; i++) {
		if (!idx[i])
			continue;
		int64_t v;
		/* for slices of arrays, indices may equal the length */
		if (ck_check_index(idx[i], length >= 0 ? length + 1 : -1, "index", &v))
			vals[i] = v;
	}
	/* constant indices must be non-decreasing */
	for (int i = 0; i < 3; i++) {
		if (vals[i] < 0)
			continue;
		for (int j = i + 1; j < 3; j++)
			if (vals[j] >= 0 && vals[j] < vals[i]) {
				diag_error(ast_start_pos(idx[j]), "invalid slice indices: %lld < %lld",
				           (long long)vals[j], (long long)vals[i]);
				return;
			}
	}
}

/* ---- unary and binary ----------------------------------------------- */

static bool op_allowed(Op op, Type *t)
{
	switch (op) {
	case OP_ADD:
		return ty_is_numeric(t) || ty_is_string(t);
	case OP_SUB: case OP_MUL: case OP_DIV:
		return ty_is_numeric(t);
	case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT:
		return ty_is_integer(t);
	case OP_LAND: case OP_LOR: case OP_NOT:
		return ty_is_boolean(t);
	default:
		return false;
	}
}

/* Constant results: typed constants must stay representable; untyped
 * integers must stay below 512 bits. */
static void check_overflow(Node *n, Pos oppos, const char *opname)
{
	if (!n->cval)
		return;
	if (!ty_is_untyped(n->type)) {
		ConstVal *out;
		CvRep r = cv_represent(n->cval, n->type, &out);
		if (r != REP_OK) {
			if (r == REP_TRUNCATED)
				diag_error(ast_start_pos(n), "%s truncated to %s", ck_operand_str(n), ty_string(ty_under(n->type)));
			else if (r == REP_OVERFLOW)
				diag_error(ast_start_pos(n), "%s overflows %s", ck_operand_str(n), ty_string(ty_under(n->type)));
			else
				diag_error(ast_start_pos(n), "cannot convert %s to %s", ck_operand_str(n), ty_string(ty_under(n->type)));
			ck_invalidate(n);
			return;
		}
		n->cval = out;
		return;
	}
	if (cv_kind(n->cval) == CV_INT && cv_bitlen(n->cval) > 512) {
		diag_error(oppos, "constant %s overflow", opname);
		ck_invalidate(n);
	}
}

static void check_unary(Node *n)
{
	Node *x = n->u.unary.x;
	Op op = n->u.unary.op;
	if (op == OP_AND) {
		Node *ux = ast_unparen(x);
		if (ux->kind == N_COMPOSITE) {
			check_composite(ux, NULL);
			if (ux != x)
				x->type = ux->type;
			if (IS_INVALID(ux->type)) {
				ck_invalidate(n);
				return;
			}
			n->type = ty_pointer(ux->type);
			return;
		}
		ck_expr(x);
		if (IS_INVALID(x->type)) {
			ck_invalidate(n);
			return;
		}
		if (!x->addressable) {
			diag_error(ast_start_pos(x), "invalid operation: cannot take address of %s", ck_operand_str(x));
			ck_invalidate(n);
			return;
		}
		n->type = ty_pointer(x->type);
		return;
	}
	if (op == OP_ARROW) {
		ck_unsupported(n->pos, "channels");
		ck_use(x);
		ck_invalidate(n);
		return;
	}
	ck_expr(x);
	if (IS_INVALID(x->type)) {
		ck_invalidate(n);
		return;
	}
	/* unary + and - need numbers (binary + also takes strings) */
	bool bad = op == OP_ADD || op == OP_SUB ? !ty_is_numeric(x->type)
	                                        : !op_allowed(op == OP_XOR ? OP_AND : op, x->type);
	if (bad || (op == OP_XOR && !ty_is_integer(x->type))) {
		diag_error(ast_start_pos(x), "invalid operation: operator %s not defined on %s", op_names[op],
		           ck_operand_str(x));
		ck_invalidate(n);
		return;
	}
	n->type = x->type;
	if (x->cval) {
		if (op == OP_XOR && !ty_is_integer(x->type)) {
			ck_invalidate(n);
			return;
		}
		n->cval = cv_unary(op, x->cval, x->type);
		check_overflow(n, n->pos, op == OP_XOR ? "bitwise complement" : op == OP_SUB ? "negation" : "");
	}
}

static const char *op_name_of(Op op)
{
	switch (op) {
	case OP_ADD: return "addition";
	case OP_SUB: return "subtraction";
	case OP_XOR: return "bitwise XOR";
	case OP_MUL: return "multiplication";
	case OP_SHL: return "shift";
	default: return "";
	}
}

static void check_shift(Node *n, Node *x, Node *y)
{
	Op op = n->u.binary.op;
	/* the left operand must be an integer (or an untyped constant
	 * representable as one) */
	if (x->cval && ty_is_untyped(x->type) && ty_is_numeric(x->type)) {
		if (!cv_is_integral(x->cval)) {
			diag_error(ast_start_pos(x), "invalid operation: shifted operand %s must be integer", ck_operand_str(x));
			ck_invalidate(n);
			return;
		}
	} else if (!ty_is_integer(x->type) && !(ty_is_untyped(x->type) && ty_is_numeric(x->type))) {
		diag_error(ast_start_pos(x), "invalid operation: shifted operand %s must be integer", ck_operand_str(x));
		ck_invalidate(n);
		return;
	}
	/* the count */
	if (y->cval) {
		bool numeric = cv_kind(y->cval) == CV_INT || cv_kind(y->cval) == CV_FLOAT;
		if (numeric && cv_is_integral(y->cval) && cv_sign(y->cval) < 0) {
			diag_error(ast_start_pos(y), "invalid operation: negative shift count %s", ck_operand_str(y));
			ck_invalidate(n);
			return;
		}
		if (ty_is_untyped(y->type)) {
			ConstVal *out;
			CvRep r = cv_represent(y->cval, ty_basic[TY_UINT], &out);
			if (r != REP_OK) {
				const char *ys = ck_operand_str(y);
				if (r == REP_TRUNCATED)
					diag_error(ast_start_pos(y), "%s truncated to uint", ys);
				else if (r == REP_OVERFLOW)
					diag_error(ast_start_pos(y), "%s overflows uint", ys);
				else
					diag_error(ast_start_pos(y), "cannot convert %s to uint", ys);
				ck_invalidate(n);
				return;
			}
			y->cval = out;
		} else if (!ty_is_integer(y->type)) {
			diag_error(ast_start_pos(y), "invalid operation: shift count %s must be integer", ck_operand_str(y));
			ck_invalidate(n);
			return;
		}
	} else {
		if (ty_is_untyped(y->type)) {
			if (!ck_convert_untyped(y, ty_basic[TY_UINT])) {
				ck_invalidate(n);
				return;
			}
		}
		if (!ty_is_integer(y->type)) {
			diag_error(ast_start_pos(y), "invalid operation: shift count %s must be integer", ck_operand_str(y));
			ck_invalidate(n);
			return;
		}
	}
	if (x->cval && y->cval) {
		uint64_t s;
		if (!cv_uint64_fits(y->cval, &s) || s > 1023 - 1 + 52) {
			diag_error(ast_start_pos(y), "invalid operation: invalid shift count %s", ck_operand_str(y));
			ck_invalidate(n);
			return;
		}
		if (ty_is_untyped(x->type) && x->type->kind == TY_UNTYPED_FLOAT)
			x->type = ty_basic[TY_UNTYPED_INT];
		if (ty_is_untyped(y->type))
			ck_set_type(y, ty_basic[TY_UINT]);
		n->type = x->type;
		n->cval = cv_shift(op, cv_to_int(x->cval), s);
		check_overflow(n, n->pos, "shift");
		return;
	}
	if (ty_is_untyped(y->type))
		ck_set_type(y, ty_basic[TY_UINT]);
	if (x->cval && ty_is_untyped(x->type)) {
		/* non-constant shift of an untyped constant: the type comes
		 * from the context (ck_set_type) */
		n->type = x->type;
		return;
	}
	n->type = x->type;
}

Node *ck_opassign_node; /* the synthesized x op y of an x op= y */

static void mismatch(Node *n, Node *x, Node *y)
{
	if (n == ck_opassign_node) {
		diag_error(ast_start_pos(x), "invalid operation: %s %s= %s (mismatched types %s and %s)",
		           ck_expr_str(x), op_names[n->u.binary.op], ck_expr_str(y), ty_string(x->type),
		           ty_string(y->type));
		return;
	}
	diag_error(ast_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", ck_expr_str(n),
	           ty_string(x->type), ty_string(y->type));
}

static bool is_nil_expr(Node *n)
{
	n = ast_unparen(n);
	return n->kind == N_IDENT && n->u.ident.sym && n->u.ident.sym->kind == SYM_NIL;
}

static const char *kind_string(Type *t)
{
	Type *u = ty_under(t);
	switch (u->kind) {
	case TY_ARRAY: return "array";
	case TY_SLICE: return "slice";
	case TY_STRUCT: return "struct";
	case TY_POINTER: return "pointer";
	case TY_FUNC: return "func";
	case TY_INTERFACE: return "interface";
	case TY_MAP: return "map";
	default: return ty_string(t);
	}
}

/* Why a type is not comparable ("" if no specific reason). */
const char *ck_incomparable_cause(Type *t)
{
	Type *u = ty_under(t);
	if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
		return arena_sprintf(g_arena, "%s can only be compared to nil", kind_string(t));
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->nfields; i++)
			if (!ty_comparable(u->fields[i].type))
				return arena_sprintf(g_arena, "struct containing %s cannot be compared",
				                     ty_string(u->fields[i].type));
	}
	if (u->kind == TY_ARRAY)
		return arena_sprintf(g_arena, "%s cannot be compared", ty_string(t));
	return "";
}

static bool all_ordered(Type *t)
{
	return ty_is_integer(t) || ty_is_float(t) || ty_is_string(t);
}

static void check_comparison(Node *n, Node *x, Node *y)
{
	Op op = n->u.binary.op;
	const char *cause = "";
	Node *errop = x;
	bool ok = ck_assignable_to(x, y->type) || ck_assignable_to(y, x->type);
	if (!ok) {
		errop = y;
		cause = arena_sprintf(g_arena, "mismatched types %s and %s", ty_string(x->type), ty_string(y->type));
	} else if (op == OP_EQL || op == OP_NEQ) {
		if (is_nil_expr(x) || is_nil_expr(y)) {
			Type *t = is_nil_expr(x) ? y->type : x->type;
			if (!ck_has_nil(t)) {
				ok = false;
				errop = y;
			}
		} else if (!ty_comparable(x->type)) {
			ok = false;
			errop = x;
			cause = ck_incomparable_cause(x->type);
		} else if (!ty_comparable(y->type)) {
			ok = false;
			errop = y;
			cause = ck_incomparable_cause(y->type);
		}
	} else if (!all_ordered(x->type)) {
		ok = false;
		errop = x;
	} else if (!all_ordered(y->type)) {
		ok = false;
		errop = y;
	}
	if (!ok) {
		if (!*cause)
			cause = arena_sprintf(g_arena, "operator %s not defined on %s", op_names[op],
			                      kind_string(errop->type));
		diag_error(ast_start_pos(errop), "invalid operation: %s %s %s (%s)", ck_expr_str(x), op_names[op],
		           ck_expr_str(y), cause);
		ck_invalidate(n);
		return;
	}
	if (x->cval && y->cval)
		n->cval = cv_bool(cv_compare(op, x->cval, y->cval));
	ck_set_type(x, ty_default(x->type));
	ck_set_type(y, ty_default(y->type));
	n->type = ty_basic[TY_UNTYPED_BOOL];
}

static bool can_mix(Node *x, Node *y)
{
	Type *a = x->type, *b = y->type;
	if (ty_under(a)->kind == TY_INTERFACE || ty_under(b)->kind == TY_INTERFACE)
		return true;
	if (ty_is_boolean(a) != ty_is_boolean(b))
		return false;
	if (ty_is_string(a) != ty_is_string(b))
		return false;
	if (is_nil_expr(x) && !ck_has_nil(b))
		return false;
	if (is_nil_expr(y) && !ck_has_nil(a))
		return false;
	return true;
}

static void check_binary(Node *n)
{
	Node *x = n->u.binary.x, *y = n->u.binary.y;
	Op op = n->u.binary.op;
	ck_expr(x);
	ck_expr(y);
	if (IS_INVALID(x->type) || IS_INVALID(y->type)) {
		ck_invalidate(n);
		return;
	}
	if (is_shift(op)) {
		check_shift(n, x, y);
		return;
	}
	if (can_mix(x, y)) {
		if (!ck_convert_untyped(x, y->type) || !ck_convert_untyped(y, x->type)) {
			ck_invalidate(n);
			return;
		}
	}
	if (is_comparison(op)) {
		check_comparison(n, x, y);
		return;
	}
	if (!ty_identical(x->type, y->type)) {
		mismatch(n, x, y);
		ck_invalidate(n);
		return;
	}
	if (!op_allowed(op, x->type)) {
		diag_error(ast_start_pos(x), "invalid operation: operator %s not defined on %s", op_names[op],
		           ck_operand_str(x));
		ck_invalidate(n);
		return;
	}
	if ((op == OP_DIV || op == OP_REM) && y->cval && (x->cval || ty_is_integer(x->type)) &&
	    cv_sign(y->cval) == 0 && cv_kind(y->cval) != CV_STRING && cv_kind(y->cval) != CV_BOOL) {
		diag_error(ast_start_pos(y), "invalid operation: division by zero");
		ck_invalidate(n);
		return;
	}
	n->type = x->type;
	if (x->cval && y->cval) {
		bool intdiv = ty_is_integer(x->type);
		ConstVal *a = x->cval, *b = y->cval;
		if (intdiv) {
			a = cv_to_int(a);
			b = cv_to_int(b);
		}
		n->cval = cv_binary(op, a, b, intdiv);
		check_overflow(n, n->pos, op_name_of(op));
	}
}

/* ---- the expression switch ------------------------------------------ */

void ck_raw(Node *n, bool allow_type)
{
	switch (n->kind) {
	case N_BAD:
		ck_invalidate(n);
		return;
	case N_IDENT:
		check_ident(n, allow_type);
		return;
	case N_BASICLIT:
		switch (n->u.lit.kind) {
		case LIT_INT:
		case LIT_FLOAT:
			n->cval = cv_from_literal(n->u.lit.kind, n->u.lit.raw);
			if (!n->cval) {
				/* the lexer validated the literal: what fails here is an
				 * exponent beyond what exact rationals can hold */
				ck_unsupported(n->pos, "float constant %s: exponent beyond +-1000000", n->u.lit.raw);
				ck_invalidate(n);
				return;
			}
			n->type = ty_basic[n->u.lit.kind == LIT_INT ? TY_UNTYPED_INT : TY_UNTYPED_FLOAT];
			return;
		case LIT_RUNE:
			n->cval = cv_int64(n->u.lit.rune);
			n->type = ty_basic[TY_UNTYPED_RUNE];
			return;
		case LIT_STRING:
			n->cval = cv_string(n->u.lit.str);
			n->type = ty_basic[TY_UNTYPED_STRING];
			return;
		case LIT_IMAG:
			ck_unsupported(n->pos, "complex numbers");
			ck_invalidate(n);
			return;
		}
		return;
	case N_COMPOSITE: {
		Type *hint = composite_hint;
		composite_hint = NULL;
		check_composite(n, n->u.composite.type ? NULL : hint);
		return;
	}
	case N_FUNCLIT:
		check_funclit(n);
		return;
	case N_PAREN: {
		Node *x = n->u.paren.x;
		ck_raw(x, allow_type);
		n->type = x->type;
		n->cval = x->cval;
		n->is_type = x->is_type;
		n->addressable = x->addressable;
		return;
	}
	case N_SELECTOR:
		check_selector(n, allow_type);
		return;
	case N_INDEX:
		check_index_expr(n);
		return;
	case N_SLICE:
		check_slice_expr(n);
		return;
	case N_CALL:
		ck_call(n);
		return;
	case N_STAR: {
		Node *x = n->u.star.x;
		ck_raw(x, true);
		if (IS_INVALID(x->type)) {
			ck_invalidate(n);
			return;
		}
		if (x->is_type) {
			n->type = ty_pointer(x->type);
			n->is_type = true;
			return;
		}
		if (x->type->kind == TY_UNTYPED_NIL) {
			diag_error(ast_start_pos(n), "invalid operation: cannot indirect nil");
			ck_invalidate(n);
			return;
		}
		ck_expr(x);
		if (IS_INVALID(x->type)) {
			ck_invalidate(n);
			return;
		}
		Type *u = ty_under(x->type);
		if (u->kind != TY_POINTER) {
			diag_error(ast_start_pos(x), "invalid operation: cannot indirect %s", ck_operand_str(x));
			ck_invalidate(n);
			return;
		}
		n->type = u->elem;
		n->addressable = true;
		return;
	}
	case N_UNARY:
		check_unary(n);
		return;
	case N_BINARY:
		check_binary(n);
		return;
	case N_KEYVALUE:
		diag_error(ast_start_pos(n), "unexpected key:value expression");
		ck_invalidate(n);
		return;
	case N_TYPEASSERT:
		ck_typeassert(n);
		return;
	case N_CONVIFACE:
		return; /* made by the checker, already typed */
	case N_ARRAYTYPE:
	case N_SLICETYPE:
	case N_STRUCTTYPE:
	case N_FUNCTYPE:
	case N_INTERFACETYPE:
	case N_ELLIPSIS:
		ck_typexpr(n);
		if (!allow_type && !IS_INVALID(n->type)) {
			diag_error(ast_start_pos(n), "%s (type) is not an expression", ck_expr_str(n));
			ck_invalidate(n);
		}
		return;
	case N_UNSUPPORTED:
		ck_unsupported(n->pos, "%s", n->u.unsup.what);
		ck_invalidate(n);
		return;
	default:
		diag_error(ast_start_pos(n), "unexpected %s", node_kind_names[n->kind]);
		ck_invalidate(n);
		return;
	}
}

/* A single value; reports types, builtins, no value and tuples. */
void ck_expr(Node *n)
{
	/* a node with a type was already checked by a caller that needed
	 * its raw form first */
	if (!n->type)
		ck_raw(n, false);
	switch (ck_mode(n)) {
	case M_INVALID:
		return;
	case M_TYPE:
		diag_error(ast_start_pos(n), "%s (type) is not an expression", ck_expr_str(n));
		ck_invalidate(n);
		return;
	case M_BUILTIN:
		diag_error(ast_start_pos(n), "%s (built-in) must be called", ck_expr_str(n));
		ck_invalidate(n);
		return;
	case M_NOVALUE:
		diag_error(ast_start_pos(n), "%s (no value) used as value", ck_expr_str(n));
		ck_invalidate(n);
		return;
	default:
		break;
	}
	if (n->type->kind == TY_TUPLE) {
		diag_error(ast_start_pos(n), "multiple-value %s in single-value context", ck_operand_str(n));
		ck_invalidate(n);
	}
}

void ck_expr_default(Node *n)
{
	ck_expr(n);
	if (!IS_INVALID(n->type) && ty_is_untyped(n->type)) {
		if (n->type->kind == TY_UNTYPED_NIL) {
			diag_error(ast_start_pos(n), "use of untyped nil in assignment");
			ck_invalidate(n);
			return;
		}
		ck_convert_untyped(n, NULL);
	}
}

void ck_multi(Node *n)
{
	if (!n->type)
		ck_raw(n, false);
	switch (ck_mode(n)) {
	case M_TYPE:
		diag_error(ast_start_pos(n), "%s (type) is not an expression", ck_expr_str(n));
		ck_invalidate(n);
		return;
	case M_BUILTIN:
		diag_error(ast_start_pos(n), "%s (built-in) must be called", ck_expr_str(n));
		ck_invalidate(n);
		return;
	default:
		break;
	}
}

/* Evaluate an expression whose value is not needed any more (after an
 * error), so that its own errors and uses are still recorded. */
void ck_reset(Node *n)
{
	if (!n)
		return;
	n->type = NULL;
	n->cval = NULL;
	n->is_type = false;
	n->addressable = false;
	switch (n->kind) {
	case N_PAREN: ck_reset(n->u.paren.x); break;
	case N_UNARY: ck_reset(n->u.unary.x); break;
	case N_STAR: ck_reset(n->u.star.x); break;
	case N_BINARY: ck_reset(n->u.binary.x); ck_reset(n->u.binary.y); break;
	case N_SELECTOR: ck_reset(n->u.sel.x); break;
	case N_INDEX: ck_reset(n->u.index.x); ck_reset(n->u.index.index); break;
	case N_CALL:
		ck_reset(n->u.call.fun);
		for (int i = 0; i < n->u.call.args.len; i++)
			ck_reset(n->u.call.args.v[i]);
		break;
	case N_ARRAYTYPE: ck_reset(n->u.arraytype.len); ck_reset(n->u.arraytype.elem); break;
	case N_SLICETYPE: ck_reset(n->u.slicetype.elem); break;
	case N_SLICE:
		ck_reset(n->u.slice.x);
		ck_reset(n->u.slice.lo);
		ck_reset(n->u.slice.hi);
		ck_reset(n->u.slice.max);
		break;
	case N_COMPOSITE:
		ck_reset(n->u.composite.type);
		for (int i = 0; i < n->u.composite.elts.len; i++)
			ck_reset(n->u.composite.elts.v[i]);
		break;
	case N_KEYVALUE: ck_reset(n->u.kv.key); ck_reset(n->u.kv.value); break;
	default: break;
	}
}

void ck_use(Node *n)
{
	if (!n)
		return;
	if (n->kind == N_KEYVALUE) {
		ck_use(n->u.kv.value);
		return;
	}
	if (!n->type)
		ck_raw(n, true);
}
