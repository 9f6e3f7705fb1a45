/*
 * check_call.c: type checking of calls: function and method calls
 * (argument counts, spreading a multi-valued call over the parameters,
 * variadic calls), conversions (constant and non-constant) and the
 * builtins of tier 1 (len, cap, new, make, append, copy, print, println,
 * panic); the other builtins of go1.19 are reported as unsupported.
 */
#include "check_internal.h"

#include <stdio.h>
#include <string.h>

/* ---- conversions ---------------------------------------------------- */

static bool convertible(Node *x, Type *T)
{
	Type *V = x->type;
	if (ck_assignable_to(x, T))
		return true;
	Type *Vu = ty_under(V), *Tu = ty_under(T);
	if (ty_identical_notags(Vu, Tu))
		return true;
	if (Vu->kind == TY_POINTER && Tu->kind == TY_POINTER && V->kind != TY_NAMED && T->kind != TY_NAMED &&
	    ty_identical_notags(ty_under(Vu->elem), ty_under(Tu->elem)))
		return true;
	if ((ty_is_integer(Vu) || ty_is_float(Vu)) && (ty_is_integer(Tu) || ty_is_float(Tu)))
		return true;
	if (Tu->kind == TY_STRING) {
		if (ty_is_integer(Vu))
			return true;
		if (Vu->kind == TY_SLICE) {
			Type *e = ty_under(Vu->elem);
			if (e->kind == TY_UINT8 || e->kind == TY_INT32)
				return true;
		}
	}
	if (ty_is_string(Vu) && Tu->kind == TY_SLICE) {
		Type *e = ty_under(Tu->elem);
		if (e->kind == TY_UINT8 || e->kind == TY_INT32)
			return true;
	}
	return false;
}

static void check_conversion(Node *n, Type *T)
{
	NodeList *args = &n->u.call.args;
	n->u.call.kind = CALL_CONV;
	if (args->len != 1) {
		if (args->len == 0)
			diag_error(n->u.call.rparen, "missing argument in conversion to %s", ty_string(T));
		else
			diag_error(ast_start_pos(args->v[args->len - 1]), "too many arguments in conversion to %s", ty_string(T));
		for (int i = 0; i < args->len; i++)
			ck_use(args->v[i]);
		n->type = IS_INVALID(T) ? ty_invalid : T;
		ck_invalidate(n);
		return;
	}
	Node *x = args->v[0];
	if (n->u.call.dots) {
		diag_error(ast_start_pos(x), "invalid use of ... in conversion to %s", ty_string(T));
		ck_use(x);
		ck_invalidate(n);
		return;
	}
	ck_expr(x);
	if (IS_INVALID(x->type) || IS_INVALID(T)) {
		ck_invalidate(n);
		return;
	}
	Type *Tu = ty_under(T);
	if (Tu->kind == TY_COMPLEX64 || Tu->kind == TY_COMPLEX128) {
		ck_invalidate(n);
		return;
	}
	if (Tu->kind == TY_INTERFACE) {
		/* I(x): x must be assignable to I */
		if (ty_is_untyped(x->type) && x->type->kind != TY_UNTYPED_NIL &&
		    !ck_convert_untyped(x, NULL)) {
			ck_invalidate(n);
			return;
		}
		if (x->type->kind == TY_UNTYPED_NIL) {
			x->type = T;
		} else if (!ck_assignable_to(x, T)) {
			const char *why = ty_is_interface(x->type) ? "" :
				arena_sprintf(g_arena, ":\n\t%s", ck_implements_error(x->type, T));
			diag_error(ast_start_pos(x), "cannot convert %s to type %s%s", ck_operand_str(x),
			           ty_string(T), why);
			ck_invalidate(n);
			return;
		}
		n->type = T;
		return;
	}
	bool ok;
	ConstVal *val = NULL;
	bool const_result = false;
	if (x->cval && Tu->kind >= TY_BOOL && Tu->kind <= TY_STRING) {
		/* constant conversion */
		ConstVal *out;
		if (cv_represent(x->cval, T, &out) == REP_OK && !(ty_is_string(x->type) != ty_is_string(Tu)) &&
		    !(ty_is_boolean(x->type) != ty_is_boolean(Tu))) {
			ok = true;
			val = out;
		} else if (ty_is_integer(x->type) && Tu->kind == TY_STRING) {
			/* string(rune constant) */
			ok = true;
			ConstVal *iv = cv_to_int(x->cval);
			uint64_t u;
			int64_t r = 0xFFFD;
			if (cv_sign(iv) >= 0 && cv_uint64_fits(iv, &u) && u <= 0x10FFFF && !(u >= 0xD800 && u <= 0xDFFF))
				r = (int64_t)u;
			char buf[4];
			size_t len;
			if (r < 0x80) {
				buf[0] = (char)r;
				len = 1;
			} else if (r < 0x800) {
				buf[0] = (char)(0xC0 | (r >> 6));
				buf[1] = (char)(0x80 | (r & 0x3F));
				len = 2;
			} else if (r < 0x10000) {
				buf[0] = (char)(0xE0 | (r >> 12));
				buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
				buf[2] = (char)(0x80 | (r & 0x3F));
				len = 3;
			} else {
				buf[0] = (char)(0xF0 | (r >> 18));
				buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
				buf[2] = (char)(0x80 | ((r >> 6) & 0x3F));
				buf[3] = (char)(0x80 | (r & 0x3F));
				len = 4;
			}
			val = cv_string((Str){arena_strndup(g_arena, buf, len), len});
			if (ty_is_untyped(x->type))
				ck_set_type(x, ty_default(x->type));
		} else {
			ok = false;
		}
		const_result = ok;
	} else {
		ok = convertible(x, T);
	}
	if (!ok && !x->cval && ty_under(x->type)->kind == TY_SLICE &&
	    ty_under(T)->kind == TY_POINTER &&
	    ty_under(ty_under(T)->elem)->kind == TY_ARRAY &&
	    ty_identical(ty_under(x->type)->elem, ty_under(ty_under(T)->elem)->elem)) {
		/* valid since Go 1.17; goesc does not generate it yet */
		ck_unsupported(n->pos, "conversion of a slice to an array pointer");
		ck_invalidate(n);
		return;
	}
	if (!ok) {
		diag_error(ast_start_pos(x), "cannot convert %s to type %s", ck_operand_str(x), ty_string(T));
		ck_invalidate(n);
		return;
	}
	if (ty_is_untyped(x->type)) {
		/* As types2 does: the operand takes T, except that a constant
		 * converted to a non-constant type (e.g. []byte("s")), or an
		 * integer constant converted to a string, takes its default
		 * type.  A non-constant untyped shift thus gets T, and is
		 * rejected if T is not an integer type. */
		if (x->type->kind == TY_UNTYPED_NIL) {
			x->type = T;
		} else {
			bool const_type = Tu->kind >= TY_BOOL && Tu->kind <= TY_STRING;
			Type *final = T;
			if (x->cval && (!const_type || (ty_is_integer(x->type) && Tu->kind == TY_STRING)))
				final = ty_default(x->type);
			ck_set_type(x, final);
		}
	}
	n->type = T;
	if (const_result)
		n->cval = val;
}

/* ---- calls ---------------------------------------------------------- */

static const char *types_summary(Type **ts, int n, bool variadic)
{
	StrBuf b = {0};
	sb_puts(&b, "(");
	for (int i = 0; i < n; i++) {
		if (i)
			sb_puts(&b, ", ");
		Type *t = ts[i];
		if (IS_INVALID(t))
			sb_puts(&b, "<T>");
		else if (ty_is_untyped(t))
			sb_puts(&b, ty_is_numeric(t) ? "number" : ty_string(t) + strlen("untyped "));
		else if (variadic && i == n - 1 && t->kind == TY_SLICE) {
			sb_puts(&b, "...");
			sb_puts(&b, ty_string(t->elem));
		} else
			sb_puts(&b, ty_string(t));
	}
	sb_puts(&b, ")");
	return b.p;
}

/* Evaluate the arguments: a list of single values, or one multi-valued
 * call spread over the parameters.  Returns the argument types. */
static Type **eval_args(Node *n, int *nargs, bool *ok)
{
	NodeList *args = &n->u.call.args;
	*ok = true;
	if (args->len == 1 && !n->u.call.dots) {
		Node *a = args->v[0];
		ck_multi(a);
		if (IS_INVALID(a->type)) {
			*ok = false;
			*nargs = 1;
			return NULL;
		}
		if (a->type->kind == TY_TUPLE && a->type->nresults >= 2) {
			n->u.call.spread = true;
			*nargs = a->type->nresults;
			return a->type->results;
		}
		if (a->type->kind == TY_TUPLE && ck_mode(a) == M_NOVALUE) {
			diag_error(ast_start_pos(a), "%s used as value", ck_operand_str(a));
			*ok = false;
			return NULL;
		}
		if (a->is_type) {
			diag_error(ast_start_pos(a), "%s used as value", ck_operand_str(a));
			*ok = false;
			return NULL;
		}
		*nargs = 1;
		Type **ts = arena_alloc(g_arena, sizeof *ts);
		ts[0] = a->type;
		return ts;
	}
	Type **ts = arena_alloc(g_arena, (size_t)(args->len + 1) * sizeof *ts);
	for (int i = 0; i < args->len; i++) {
		Node *a = args->v[i];
		ck_expr(a);
		ts[i] = a->type;
		if (IS_INVALID(a->type))
			*ok = false;
	}
	*nargs = args->len;
	return ts;
}

static void check_args(Node *n, Type *sig)
{
	int nargs;
	bool ok;
	Type **ats = eval_args(n, &nargs, &ok);
	if (!ok)
		return;
	NodeList *args = &n->u.call.args;
	int npars = sig->nparams;
	bool ddd = n->u.call.dots;
	if (sig->variadic) {
		if (ddd) {
			if (n->u.call.spread) {
				diag_error(ast_start_pos(n), "cannot use ... with %d-valued %s", nargs,
				           ck_expr_str(args->v[0]));
				return;
			}
		}
	} else if (ddd) {
		diag_error(ast_start_pos(n), "cannot use ... in call to non-variadic %s", ck_expr_str(n->u.call.fun));
		return;
	}
	bool count_ok;
	if (sig->variadic && !ddd)
		count_ok = nargs >= npars - 1;
	else
		count_ok = nargs == npars;
	if (!count_ok) {
		int want = sig->variadic && !ddd ? npars - 1 : npars;
		bool too_many = nargs > want;
		Pos at;
		if (too_many)
			at = n->u.call.spread ? ast_start_pos(args->v[0]) : ast_start_pos(args->v[want]);
		else if (nargs > 0)
			at = n->u.call.spread ? ast_start_pos(args->v[0]) : ast_start_pos(args->v[nargs - 1]);
		else
			at = ast_start_pos(n);
		diag_error(at, "%s arguments in call to %s\n\thave %s\n\twant %s", too_many ? "too many" : "not enough",
		           ck_expr_str(n->u.call.fun), types_summary(ats, nargs, false),
		           types_summary(sig->params, sig->nparams, sig->variadic));
		return;
	}
	if (n->u.call.spread) {
		Node *a = args->v[0];
		for (int i = 0; i < nargs; i++) {
			Type *pt = sig->variadic && i >= npars - 1 ? sig->params[npars - 1]->elem : sig->params[i];
			Node tmp = {.kind = N_BAD, .type = ats[i], .pos = a->pos};
			if (!ck_assignable_to(&tmp, pt))
				diag_error(ast_start_pos(a), "cannot use %s (value of type %s) as type %s in argument to %s",
				           ck_expr_str(a), ty_string(ats[i]), ty_string(pt), ck_expr_str(n->u.call.fun));
		}
		return;
	}
	for (int i = 0; i < nargs; i++) {
		Type *pt;
		if (sig->variadic && i >= npars - 1)
			pt = ddd ? sig->params[npars - 1] : sig->params[npars - 1]->elem;
		else
			pt = sig->params[i];
		ck_assignable(args->v[i], pt, arena_sprintf(g_arena, "argument to %s", ck_expr_str(n->u.call.fun)));
	}
}

static void set_call_result(Node *n, Type *sig)
{
	if (sig->nresults == 0)
		n->type = ck_novalue();
	else if (sig->nresults == 1)
		n->type = sig->results[0];
	else
		n->type = ty_tuple(sig->results, sig->nresults);
}

static void ck_builtin_call(Node *n, Builtin b);

void ck_call(Node *n)
{
	Node *fun = n->u.call.fun;
	ck_raw(fun, true);
	if (IS_INVALID(fun->type) && ck_mode(fun) != M_BUILTIN) {
		for (int i = 0; i < n->u.call.args.len; i++)
			ck_use(n->u.call.args.v[i]);
		ck_invalidate(n);
		return;
	}
	if (fun->is_type) {
		check_conversion(n, fun->type);
		return;
	}
	if (ck_mode(fun) == M_BUILTIN) {
		Node *id = ast_unparen(fun);
		n->u.call.kind = CALL_BUILTIN;
		n->u.call.builtin = id->u.ident.sym->builtin;
		ck_builtin_call(n, n->u.call.builtin);
		return;
	}
	Type *ft = ty_under(fun->type);
	if (fun->type->kind == TY_TUPLE || ft->kind != TY_FUNC) {
		if (fun->type->kind == TY_TUPLE && fun->type->nresults > 0)
			diag_error(ast_start_pos(fun), "multiple-value %s in single-value context", ck_operand_str(fun));
		else
			diag_error(ast_start_pos(fun), "invalid operation: cannot call non-function %s", ck_operand_str(fun));
		for (int i = 0; i < n->u.call.args.len; i++)
			ck_use(n->u.call.args.v[i]);
		ck_invalidate(n);
		return;
	}
	Node *uf = ast_unparen(fun);
	if (uf->kind == N_IDENT && uf->u.ident.sym && uf->u.ident.sym->kind == SYM_FUNC)
		n->u.call.kind = CALL_FUNC;
	else if (uf->kind == N_SELECTOR && uf->u.sel.kind == SEL_METHOD)
		n->u.call.kind = CALL_METHOD;
	else if (uf->kind == N_SELECTOR && uf->u.sel.kind == SEL_IMETHOD)
		n->u.call.kind = CALL_IFACE;
	else
		n->u.call.kind = CALL_VALUE;
	check_args(n, ft);
	set_call_result(n, ft);
}

/* ---- builtins ------------------------------------------------------- */

static bool nargs_ok(Node *n, const char *name, int min, int max)
{
	int na = n->u.call.args.len;
	if (na < min || (max >= 0 && na > max)) {
		const char *msg = na < min ? "not enough" : "too many";
		diag_error(ast_start_pos(n), "invalid operation: %s arguments for %s (expected %d, found %d)", msg, ck_expr_str(n), min, na);
		for (int i = 0; i < na; i++)
			ck_use(n->u.call.args.v[i]);
		ck_invalidate(n);
		return false;
	}
	return true;
}

/* Does an (already checked) expression contain a function call or a
 * channel receive?  len and cap of arrays are constant otherwise. */
static bool expr_has_call(Node *n)
{
	while (n) {
		switch (n->kind) {
		case N_CALL:
			if (n->u.call.kind != CALL_CONV && !n->cval)
				return true;
			for (int i = 0; i < n->u.call.args.len; i++)
				if (expr_has_call(n->u.call.args.v[i]))
					return true;
			if (n->u.call.kind == CALL_CONV || n->u.call.kind == CALL_BUILTIN)
				return false;
			n = n->u.call.fun;
			continue;
		case N_PAREN: n = n->u.paren.x; continue;
		case N_SELECTOR: n = n->u.sel.x; continue;
		case N_STAR: n = n->u.star.x; continue;
		case N_UNARY:
			if (n->u.unary.op == OP_ARROW)
				return true;
			n = n->u.unary.x;
			continue;
		case N_INDEX:
			if (expr_has_call(n->u.index.index))
				return true;
			n = n->u.index.x;
			continue;
		case N_SLICE:
			if (expr_has_call(n->u.slice.lo) || expr_has_call(n->u.slice.hi) || expr_has_call(n->u.slice.max))
				return true;
			n = n->u.slice.x;
			continue;
		case N_BINARY:
			if (expr_has_call(n->u.binary.y))
				return true;
			n = n->u.binary.x;
			continue;
		case N_COMPOSITE:
			for (int i = 0; i < n->u.composite.elts.len; i++)
				if (expr_has_call(n->u.composite.elts.v[i]))
					return true;
			return false;
		case N_KEYVALUE:
			n = n->u.kv.value;
			continue;
		default:
			return false;
		}
	}
	return false;
}

static bool printable(Type *t)
{
	Type *u = ty_under(t);
	if (!u)
		return false;
	switch (u->kind) {
	case TY_BOOL: case TY_STRING: case TY_POINTER: case TY_SLICE: case TY_FUNC:
	case TY_UNSAFEPTR: case TY_INTERFACE:
		return true;
	default:
		return ty_is_integer(u) || ty_is_float(u);
	}
}

static void ck_builtin_call(Node *n, Builtin b)
{
	NodeList *args = &n->u.call.args;
	const char *name = ast_unparen(n->u.call.fun)->u.ident.name;
	if (n->u.call.dots && b != BI_APPEND) {
		diag_error(ast_start_pos(n), "invalid operation: invalid use of ... with built-in %s", name);
		for (int i = 0; i < args->len; i++)
			ck_use(args->v[i]);
		ck_invalidate(n);
		return;
	}
	switch (b) {
	case BI_LEN:
	case BI_CAP: {
		if (!nargs_ok(n, name, 1, 1))
			return;
		Node *x = args->v[0];
		ck_expr(x);
		if (IS_INVALID(x->type)) {
			ck_invalidate(n);
			return;
		}
		if (ty_is_untyped(x->type) && x->type->kind == TY_UNTYPED_STRING && b == BI_LEN) {
			n->cval = cv_int64((int64_t)cv_string_val(x->cval).len);
			n->type = ty_basic[TY_INT];
			ck_set_type(x, ty_basic[TY_STRING]);
			return;
		}
		Type *u = ty_under(x->type);
		Type *arr = NULL;
		if (u->kind == TY_ARRAY)
			arr = u;
		else if (u->kind == TY_POINTER && ty_under(u->elem)->kind == TY_ARRAY)
			arr = ty_under(u->elem);
		bool ok = arr || u->kind == TY_SLICE || (b == BI_LEN && u->kind == TY_STRING);
		if (u->kind == TY_MAP) {
			ck_unsupported(n->pos, "maps");
			ck_invalidate(n);
			return;
		}
		if (!ok) {
			diag_error(ast_start_pos(x), "invalid argument: %s for %s", ck_operand_str(x), name);
			ck_invalidate(n);
			return;
		}
		n->type = ty_basic[TY_INT];
		if (b == BI_LEN && x->cval && cv_kind(x->cval) == CV_STRING)
			n->cval = cv_int64((int64_t)cv_string_val(x->cval).len);
		else if (arr) {
			/* constant if x contains no function calls or receives */
			bool has_call = expr_has_call(x);
			if (!has_call)
				n->cval = cv_int64(arr->len);
		}
		return;
	}
	case BI_NEW: {
		if (!nargs_ok(n, name, 1, 1))
			return;
		Type *t = ck_typexpr(args->v[0]);
		if (IS_INVALID(t)) {
			ck_invalidate(n);
			return;
		}
		n->type = ty_pointer(t);
		return;
	}
	case BI_MAKE: {
		if (args->len == 0) {
			diag_error(ast_start_pos(n), "invalid operation: not enough arguments for %s (expected 1, found 0)", ck_expr_str(n));
			ck_invalidate(n);
			return;
		}
		Type *t = ck_typexpr(args->v[0]);
		if (IS_INVALID(t)) {
			for (int i = 1; i < args->len; i++)
				ck_use(args->v[i]);
			ck_invalidate(n);
			return;
		}
		Type *u = ty_under(t);
		if (u->kind == TY_MAP) {
			ck_unsupported(n->pos, "maps");
			ck_invalidate(n);
			return;
		}
		if (u->kind != TY_SLICE) {
			diag_error(ast_start_pos(args->v[0]), "invalid argument: cannot make %s; type must be slice, map, or channel",
			           ck_expr_str(args->v[0]));
			for (int i = 1; i < args->len; i++)
				ck_use(args->v[i]);
			ck_invalidate(n);
			return;
		}
		if (args->len < 2 || args->len > 3) {
			diag_error(ast_start_pos(n), "invalid operation: %s expects %d or %d arguments; found %d", ck_expr_str(n), 2, 3,
			           args->len);
			for (int i = 1; i < args->len; i++)
				ck_use(args->v[i]);
			ck_invalidate(n);
			return;
		}
		int64_t vals[2] = {-1, -1};
		bool ok = true;
		for (int i = 1; i < args->len; i++) {
			if (!ck_check_index(args->v[i], -1, i == 1 ? "index" : "index", &vals[i - 1]))
				ok = false;
		}
		if (ok && vals[0] >= 0 && vals[1] >= 0 && vals[0] > vals[1]) {
			diag_error(ast_start_pos(args->v[1]), "invalid argument: length and capacity swapped");
		}
		n->type = t;
		return;
	}
	case BI_APPEND: {
		if (args->len == 0) {
			diag_error(ast_start_pos(n), "invalid operation: not enough arguments for %s (expected 1, found 0)", ck_expr_str(n));
			ck_invalidate(n);
			return;
		}
		Node *s = args->v[0];
		ck_expr(s);
		if (IS_INVALID(s->type)) {
			for (int i = 1; i < args->len; i++)
				ck_use(args->v[i]);
			ck_invalidate(n);
			return;
		}
		Type *S = s->type;
		if (S->kind == TY_UNTYPED_NIL) {
			diag_error(ast_start_pos(s), "first argument to append must be a typed slice; found untyped nil");
			ck_invalidate(n);
			return;
		}
		Type *u = ty_under(S);
		if (u->kind != TY_SLICE) {
			diag_error(ast_start_pos(s), "first argument to append must be a slice; have %s", ck_operand_str(s));
			for (int i = 1; i < args->len; i++)
				ck_use(args->v[i]);
			ck_invalidate(n);
			return;
		}
		n->type = S;
		if (n->u.call.dots) {
			if (args->len != 2) {
				/* as a call of func([]T, ...T) []T */
				for (int i = 1; i < args->len; i++)
					ck_expr(args->v[i]);
				Type **have = arena_alloc(g_arena, (size_t)args->len * sizeof *have);
				for (int i = 0; i < args->len; i++)
					have[i] = args->v[i]->type;
				Type *want[2] = {S, S};
				bool many = args->len > 2;
				Pos at = ast_start_pos(args->v[many ? 2 : args->len - 1]);
				diag_error(at, "%s arguments in call to append\n\thave %s\n\twant %s", many ? "too many" : "not enough",
				           types_summary(have, args->len, false), types_summary(want, 2, true));
				ck_invalidate(n);
				return;
			}
			Node *y = args->v[1];
			ck_expr(y);
			if (IS_INVALID(y->type))
				return;
			Type *eu = ty_under(u->elem);
			if (eu->kind == TY_UINT8 && ty_is_string(y->type)) {
				if (ty_is_untyped(y->type))
					ck_set_type(y, ty_basic[TY_STRING]);
				return;
			}
			ck_assignable(y, S, "argument to append");
			return;
		}
		for (int i = 1; i < args->len; i++) {
			Node *y = args->v[i];
			ck_expr(y);
			if (!IS_INVALID(y->type))
				ck_assignable(y, u->elem, "argument to append");
		}
		return;
	}
	case BI_COPY: {
		if (!nargs_ok(n, name, 2, 2))
			return;
		Node *x = args->v[0], *y = args->v[1];
		ck_expr(x);
		ck_expr(y);
		if (IS_INVALID(x->type) || IS_INVALID(y->type)) {
			ck_invalidate(n);
			return;
		}
		Type *dst = ty_under(x->type);
		Type *src = ty_under(y->type);
		if (ty_is_string(src) && dst->kind == TY_SLICE) {
			if (ty_under(dst->elem)->kind != TY_UINT8) {
				diag_error(ast_start_pos(x), "invalid argument: arguments to copy %s and %s have different element types %s and byte",
				           ck_operand_str(x), ck_operand_str(y), ty_string(dst->elem));
				ck_invalidate(n);
				return;
			}
			if (ty_is_untyped(y->type))
				ck_set_type(y, ty_basic[TY_STRING]);
		} else if (dst->kind != TY_SLICE || src->kind != TY_SLICE) {
			diag_error(ast_start_pos(x), "invalid argument: copy expects slice arguments; found %s and %s",
			           ck_operand_str(x), ck_operand_str(y));
			ck_invalidate(n);
			return;
		} else if (!ty_identical(dst->elem, src->elem)) {
			diag_error(ast_start_pos(x), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
			           ck_operand_str(x), ck_operand_str(y), ty_string(dst->elem), ty_string(src->elem));
			ck_invalidate(n);
			return;
		}
		n->type = ty_basic[TY_INT];
		return;
	}
	case BI_PRINT:
	case BI_PRINTLN:
		if (args->len == 1) {
			/* println(f()) with a multi-valued f */
			Node *x = args->v[0];
			ck_multi(x);
			if (!IS_INVALID(x->type) && x->type->kind == TY_TUPLE && x->type->nresults >= 2) {
				n->u.call.spread = true;
				for (int i = 0; i < x->type->nresults; i++)
					if (!printable(x->type->results[i]))
						diag_error(ast_start_pos(x), "illegal types for operand: %s\n\t%s", name,
						           ty_string(x->type->results[i]));
				n->type = ck_novalue();
				return;
			}
		}
		for (int i = 0; i < args->len; i++) {
			Node *x = args->v[i];
			ck_expr(x);
			if (IS_INVALID(x->type))
				continue;
			if (x->type->kind == TY_UNTYPED_NIL) {
				diag_error(ast_start_pos(x), "use of untyped nil in argument to %s", name);
				continue;
			}
			ck_convert_untyped(x, NULL);
			if (!IS_INVALID(x->type) && !printable(x->type))
				diag_error(ast_start_pos(x), "illegal types for operand: %s\n\t%s", name, ty_string(x->type));
		}
		n->type = ck_novalue();
		return;
	case BI_PANIC: {
		if (!nargs_ok(n, name, 1, 1))
			return;
		Node *x = args->v[0];
		ck_expr(x);
		n->type = ck_novalue();
		if (IS_INVALID(x->type))
			return;
		if (x->type->kind == TY_UNTYPED_NIL) {
			ck_unsupported(n->pos, "panic(nil)");
			return;
		}
		ck_convert_untyped(x, NULL);
		Type *u = ty_under(x->type);
		if (IS_INVALID(u))
			return;
		if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128)
			ck_unsupported(n->pos, "panic with a value of type %s", ty_string(x->type));
		return;
	}
	case BI_COMPLEX: case BI_REAL: case BI_IMAG:
		ck_unsupported(n->pos, "complex numbers");
		ck_invalidate(n);
		return;
	case BI_RECOVER:
		ck_unsupported(n->pos, "recover");
		ck_invalidate(n);
		return;
	case BI_DELETE:
		ck_unsupported(n->pos, "maps");
		ck_invalidate(n);
		return;
	case BI_CLOSE:
		ck_unsupported(n->pos, "channels");
		ck_invalidate(n);
		return;
	default:
		diag_error(ast_start_pos(n), "undefined: %s", name);
		ck_invalidate(n);
		return;
	}
}

