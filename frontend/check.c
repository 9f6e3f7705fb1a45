/*
 * check.c: the type checker's driver: scopes, package-level declarations
 * and their resolution order, type expressions, function signatures and
 * bodies, invalid recursive types and the initialization order.
 *
 * check_file works as types2 does: it first collects every top-level
 * declaration into the package scope (any order is allowed), then resolves
 * the objects one by one, on demand, detecting cycles with a white / grey /
 * black colouring; function bodies are checked after all package-level
 * objects are known.  Finally the package-level variables are ordered for
 * initialization by their dependencies (functions are looked through), and
 * cycles there are reported as go1.19 reports them.  Expressions are in
 * check_expr.c, statements in check_stmt.c.
 */
#include "check_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

Checker ck;
Type *ty_invalid;

/* ---- symbols and scopes --------------------------------------------- */

Symbol *ck_new_sym(SymKind kind, const char *name, Pos pos, Type *type)
{
	Symbol *s = arena_alloc(g_arena, sizeof *s);
	s->kind = kind;
	s->name = name;
	s->pos = pos;
	s->type = type;
	s->id = ck.nsyms++;
	return s;
}

SymInfo *ck_info(Symbol *s)
{
	if (s->id >= ck.capinfo) {
		int ncap = ck.capinfo ? ck.capinfo * 2 : 1024;
		while (ncap <= s->id)
			ncap *= 2;
		SymInfo **n = arena_alloc(g_arena, (size_t)ncap * sizeof *n);
		if (ck.capinfo)
			memcpy(n, ck.info, (size_t)ck.capinfo * sizeof *n);
		ck.info = n;
		ck.capinfo = ncap;
	}
	if (!ck.info[s->id])
		ck.info[s->id] = arena_alloc(g_arena, sizeof(SymInfo));
	return ck.info[s->id];
}

Scope *ck_open_scope(Func *fn, bool is_func)
{
	Scope *s = arena_alloc(g_arena, sizeof *s);
	s->parent = ck.scope;
	s->fn = fn;
	s->is_func = is_func;
	ck.scope = s;
	return s;
}

void ck_close_scope(void) { ck.scope = ck.scope->parent; }

static size_t name_hash(const char *name, int cap)
{
	return ((uintptr_t)name >> 4) * 0x9E3779B1u & (size_t)(cap - 1);
}

Symbol *ck_lookup_local(Scope *s, const char *name)
{
	if (!s->cap)
		return NULL;
	for (size_t j = name_hash(name, s->cap); s->tab[j]; j = (j + 1) & (size_t)(s->cap - 1))
		if (s->tab[j]->name == name)
			return s->tab[j];
	return NULL;
}

static void scope_insert(Scope *s, Symbol *sym)
{
	if (s->count * 2 >= s->cap) {
		int ncap = s->cap ? s->cap * 2 : 8;
		Symbol **nt = arena_alloc(g_arena, (size_t)ncap * sizeof *nt);
		for (int i = 0; i < s->cap; i++) {
			if (!s->tab[i])
				continue;
			size_t j = name_hash(s->tab[i]->name, ncap);
			while (nt[j])
				j = (j + 1) & (size_t)(ncap - 1);
			nt[j] = s->tab[i];
		}
		s->tab = nt;
		s->cap = ncap;
	}
	size_t j = name_hash(sym->name, s->cap);
	while (s->tab[j])
		j = (j + 1) & (size_t)(s->cap - 1);
	s->tab[j] = sym;
	s->count++;
}

Symbol *ck_lookup(const char *name)
{
	for (Scope *s = ck.scope; s; s = s->parent) {
		Symbol *sym = ck_lookup_local(s, name);
		if (sym)
			return sym;
	}
	return NULL;
}

bool ck_declare(Scope *s, Symbol *sym)
{
	if (strcmp(sym->name, "_") == 0)
		return true;
	Symbol *old = ck_lookup_local(s, sym->name);
	if (old) {
		diag_error(sym->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
		           sym->name, diag_path(), old->pos.line, old->pos.col, sym->name);
		return false;
	}
	scope_insert(s, sym);
	return true;
}

/* "unsupported: ..." through diag, counted so that a function using an
 * unsupported construct gets no follow-on "declared but not used" or
 * "missing return" (its unmodelled parts may use or end things). */
void ck_unsupported(Pos pos, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	ck.nunsup++;
	diag_unsupported(pos, "%s", buf);
}

/* ---- universe ------------------------------------------------------- */

static void universe_type(const char *name, Type *t)
{
	Symbol *s = ck_new_sym(SYM_TYPE, intern(name, strlen(name)), (Pos){0, 0}, t);
	scope_insert(ck.universe, s);
}

static void init_universe(void)
{
	ck.universe = ck_open_scope(NULL, false);
	static const struct {
		const char *name;
		TypeKind k;
	} basics[] = {
		{"bool", TY_BOOL}, {"int", TY_INT}, {"int8", TY_INT8},
		{"int16", TY_INT16}, {"int32", TY_INT32}, {"int64", TY_INT64},
		{"uint", TY_UINT}, {"uint8", TY_UINT8}, {"uint16", TY_UINT16},
		{"uint32", TY_UINT32}, {"uint64", TY_UINT64},
		{"uintptr", TY_UINTPTR}, {"float32", TY_FLOAT32},
		{"float64", TY_FLOAT64}, {"complex64", TY_COMPLEX64},
		{"complex128", TY_COMPLEX128}, {"string", TY_STRING},
	};
	for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
		universe_type(basics[i].name, ty_basic[basics[i].k]);
	universe_type("byte", ty_byte_alias);
	universe_type("rune", ty_rune_alias);
	/* type error interface { Error() string }; any = interface{} */
	Type **str = arena_alloc(g_arena, sizeof *str); /* kept by ty_func */
	*str = ty_basic[TY_STRING];
	Type *errfn = ty_func(NULL, 0, str, 1, false);
	Type *iface = arena_alloc(g_arena, sizeof *iface);
	iface->kind = TY_INTERFACE;
	iface->underlying = iface;
	iface->imethods = arena_alloc(g_arena, sizeof *iface->imethods);
	iface->imethods[0] = (IMethod){intern("Error", 5), errfn, {0, 0}};
	iface->nimethods = 1;
	iface->iface_complete = true;
	Symbol *es = ck_new_sym(SYM_TYPE, intern("error", 5), (Pos){0, 0}, NULL);
	es->type = ty_named(es, iface);
	scope_insert(ck.universe, es);
	ty_any = arena_alloc(g_arena, sizeof *ty_any);
	ty_any->kind = TY_INTERFACE;
	ty_any->underlying = ty_any;
	ty_any->iface_complete = true;
	universe_type("any", ty_any);

	Symbol *t = ck_new_sym(SYM_CONST, intern("true", 4), (Pos){0, 0},
	                       ty_basic[TY_UNTYPED_BOOL]);
	t->cval = cv_bool(true);
	scope_insert(ck.universe, t);
	Symbol *f = ck_new_sym(SYM_CONST, intern("false", 5), (Pos){0, 0},
	                       ty_basic[TY_UNTYPED_BOOL]);
	f->cval = cv_bool(false);
	scope_insert(ck.universe, f);
	Symbol *io = ck_new_sym(SYM_CONST, intern("iota", 4), (Pos){0, 0},
	                        ty_basic[TY_UNTYPED_INT]);
	scope_insert(ck.universe, io);
	scope_insert(ck.universe, ck_new_sym(SYM_NIL, intern("nil", 3), (Pos){0, 0},
	                                     ty_basic[TY_UNTYPED_NIL]));
	static const struct {
		const char *name;
		Builtin b;
	} builtins[] = {
#define X(name, str) {str, BI_##name},
		BUILTIN_LIST(X)
#undef X
	};
	for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
		Builtin b = builtins[i].b;
		if (b == BI_MIN || b == BI_MAX || b == BI_CLEAR)
			continue; /* added after go1.19 */
		Symbol *s = ck_new_sym(SYM_BUILTIN, intern(builtins[i].name, strlen(builtins[i].name)),
		                       (Pos){0, 0}, ty_invalid);
		s->builtin = b;
		scope_insert(ck.universe, s);
	}
}

/* ---- dependencies --------------------------------------------------- */

void ck_record_dep(Symbol *s)
{
	if (!ck.decl || !s)
		return;
	SymInfo *in = ck_info(ck.decl);
	for (int i = 0; i < in->deps.len; i++)
		if (in->deps.v[i] == s)
			return;
	pl_push(&in->deps, s);
}

/* ---- Func ----------------------------------------------------------- */

Func *ck_new_func(Node *decl, const char *name)
{
	Func *fn = arena_alloc(g_arena, sizeof *fn);
	fn->decl = decl;
	fn->name = name;
	return fn;
}

static Symbol *new_param(Func *fn, const char *name, Pos pos, Type *t, Node *decl)
{
	Symbol *s = ck_new_sym(SYM_VAR, name, pos, t);
	s->owner = fn;
	s->param = true;
	s->decl = decl;
	if (decl && decl->kind == N_IDENT) {
		decl->u.ident.sym = s;
		decl->u.ident.defines = true;
		decl->type = t;
	}
	return s;
}

/* The signature of a func type expression.  With fn, the parameter and
 * result symbols are created too (ck_funcbody declares them); a blank or
 * unnamed result is named "~rN" as gc names it. */
Type *ck_functype(Node *ft, Func *fn)
{
	PtrList ptypes = {0}, rtypes = {0}, names = {0};
	bool variadic = false;
	bool has_result_names = false;
	NodeList *lists[2] = {&ft->u.functype.params, &ft->u.functype.results};
	for (int which = 0; which < 2; which++) {
		NodeList *l = lists[which];
		for (int i = 0; i < l->len; i++) {
			Node *f = l->v[i];
			Node *tn = f->u.field.type;
			Type *t;
			if (tn->kind == N_ELLIPSIS) {
				if (which == 1 || i != l->len - 1 || f->u.field.names.len > 1) {
					diag_error(ast_start_pos(tn), "can only use ... with final parameter in list");
					t = ty_invalid;
				} else {
					variadic = true;
					t = ty_slice(ck_typexpr(tn->u.ellipsis.elem));
				}
				tn->type = t;
				tn->is_type = true;
			} else {
				t = ck_typexpr(tn);
				ck_check_var_type(tn, t);
			}
			PtrList *pl = which ? &rtypes : &ptypes;
			if (f->u.field.names.len == 0) {
				pl_push(pl, t);
				pl_push(&names, NULL);
				if (fn) {
					const char *nm = which ? arena_sprintf(g_arena, "~r%d", pl->len - 1) : "_";
					Symbol *s = new_param(fn, intern(nm, strlen(nm)), f->pos, t, NULL);
					s->index = pl->len - 1;
					s->result = which;
					s->param = !which;
					pl_push(which ? &fn->results : &fn->params, s);
				}
				continue;
			}
			for (int k = 0; k < f->u.field.names.len; k++) {
				Node *id = f->u.field.names.v[k];
				pl_push(pl, t);
				pl_push(&names, (void *)id->u.ident.name);
				if (which)
					has_result_names = true;
				if (fn) {
					const char *nm = id->u.ident.name;
					if (which && strcmp(nm, "_") == 0) {
						const char *r = arena_sprintf(g_arena, "~r%d", pl->len - 1);
						nm = intern(r, strlen(r));
					}
					Symbol *s = new_param(fn, nm, id->pos, t, id);
					s->index = pl->len - 1;
					s->result = which;
					s->param = !which;
					pl_push(which ? &fn->results : &fn->params, s);
				}
			}
		}
	}
	Type *t = ty_func((Type **)ptypes.v, ptypes.len, (Type **)rtypes.v, rtypes.len, variadic);
	bool any_names = has_result_names;
	for (int i = 0; i < ptypes.len && !any_names; i++)
		any_names = names.v[i] != NULL;
	if (any_names)
		ty_set_param_names(t, (const char **)names.v);
	ft->type = t;
	ft->is_type = true;
	return t;
}

/* ---- type expressions ----------------------------------------------- */

static Type *struct_type(Node *n)
{
	int count = 0;
	NodeList *fields = &n->u.structtype.fields;
	for (int i = 0; i < fields->len; i++)
		count += fields->v[i]->u.field.names.len ? fields->v[i]->u.field.names.len : 1;
	Field *fs = arena_alloc(g_arena, (size_t)(count ? count : 1) * sizeof *fs);
	int k = 0;
	Scope tmp = {0};
	for (int i = 0; i < fields->len; i++) {
		Node *f = fields->v[i];
		Type *t = ck_typexpr(f->u.field.type);
		ck_check_var_type(f->u.field.type, t);
		if (f->u.field.names.len == 0) {
			/* embedded: T or *T where T is a type name */
			Node *tn = ast_unparen(f->u.field.type);
			bool ptr = false;
			if (tn->kind == N_STAR) {
				ptr = true;
				tn = ast_unparen(tn->u.star.x);
			}
			const char *name = tn->kind == N_IDENT ? tn->u.ident.name : "?";
			Pos pos = tn->pos;
			if (!IS_INVALID(t)) {
				Type *base = ptr ? t->elem : t;
				if (tn->kind != N_IDENT) {
					diag_error(ast_start_pos(f->u.field.type), "invalid embedded field type %s", ty_string(t));
					t = ty_invalid;
				} else if (ptr && base && ty_under(base) && ty_under(base)->kind == TY_POINTER) {
					diag_error(pos, "embedded field type cannot be a pointer");
					t = ty_invalid;
				}
			}
			/* as in types2, a duplicate field is reported and dropped */
			Symbol *old = ck_lookup_local(&tmp, name);
			if (old) {
				diag_error(pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s", name,
				           diag_path(), old->pos.line, old->pos.col, name);
				continue;
			}
			if (strcmp(name, "_") != 0)
				scope_insert(&tmp, ck_new_sym(SYM_VAR, name, pos, t));
			fs[k++] = (Field){.name = name, .type = t, .embedded = true, .pos = pos, .tag = f->u.field.tag};
			continue;
		}
		for (int j = 0; j < f->u.field.names.len; j++) {
			Node *id = f->u.field.names.v[j];
			Symbol *old = ck_lookup_local(&tmp, id->u.ident.name);
			if (old) {
				diag_error(id->pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s",
				           id->u.ident.name, diag_path(), old->pos.line, old->pos.col,
				           id->u.ident.name);
				continue;
			}
			if (strcmp(id->u.ident.name, "_") != 0)
				scope_insert(&tmp, ck_new_sym(SYM_VAR, id->u.ident.name, id->pos, t));
			fs[k++] = (Field){.name = id->u.ident.name, .type = t, .pos = id->pos, .tag = f->u.field.tag};
		}
	}
	return ty_struct(fs, k);
}

static Type *array_len_type(Node *n)
{
	Node *len = n->u.arraytype.len;
	int64_t count = -1;
	if (len->kind == N_IDENT) {
		Symbol *s = ck_lookup(len->u.ident.name);
		if (!s) {
			diag_error(len->pos, "undeclared name %s for array length", len->u.ident.name);
			len->type = ty_invalid;
		} else if (s->kind != SYM_CONST) {
			diag_error(len->pos, "invalid array length %s", len->u.ident.name);
			len->type = ty_invalid;
		}
	}
	if (!len->type)
		ck_expr(len);
	if (IS_INVALID(len->type)) {
		/* reported */
	} else if (!len->cval) {
		diag_error(ast_start_pos(len), "array length %s must be constant", ck_operand_str(len));
	} else if ((ty_is_untyped(len->type) || ty_is_integer(len->type)) &&
	           (cv_kind(len->cval) == CV_INT || cv_kind(len->cval) == CV_FLOAT) && cv_is_integral(len->cval)) {
		ConstVal *iv;
		/* go1.19's words: a negative length is invalid, one that does
		 * not fit in int "must be integer" */
		if (cv_represent(len->cval, ty_basic[TY_INT], &iv) != REP_OK)
			diag_error(ast_start_pos(len), "array length %s must be integer", ck_operand_str(len));
		else if (cv_sign(iv) < 0)
			diag_error(ast_start_pos(len), "invalid array length %s", ck_operand_str(len));
		else {
			count = cv_int64_val(iv);
			if (ty_is_untyped(len->type))
				ck_set_type(len, ty_basic[TY_INT]);
		}
	} else {
		diag_error(ast_start_pos(len), "array length %s must be integer", ck_operand_str(len));
	}
	Type *elem = ck_typexpr(n->u.arraytype.elem);
	if (count < 0 || IS_INVALID(elem))
		return ty_invalid;
	return ty_array(elem, count);
}

static void report_unsupported_type(Node *n, Type *t)
{
	if (!t)
		return;
	if (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128)
		ck_unsupported(n->pos, "complex numbers");
}

Type *ck_typexpr(Node *n)
{
	Type *t = ty_invalid;
	switch (n->kind) {
	case N_IDENT:
	case N_SELECTOR:
		ck_raw(n, true);
		if (IS_INVALID(n->type) && ck_mode(n) != M_BUILTIN) {
			t = ty_invalid;
		} else if (!n->is_type) {
			Mode m = ck_mode(n);
			if (m == M_NOVALUE)
				diag_error(ast_start_pos(n), "%s used as type", ck_operand_str(n));
			else
				diag_error(ast_start_pos(n), "%s is not a type", ck_operand_str(n));
			t = ty_invalid;
		} else {
			t = n->type;
			if (n->kind == N_IDENT)
				report_unsupported_type(n, t);
		}
		break;
	case N_PAREN:
		t = ck_typexpr(n->u.paren.x);
		break;
	case N_STAR: {
		Type *e = ck_typexpr(n->u.star.x);
		t = IS_INVALID(e) ? ty_invalid : ty_pointer(e);
		break;
	}
	case N_ARRAYTYPE:
		if (!n->u.arraytype.len) {
			diag_error(ast_start_pos(n), "invalid use of [...] array (outside a composite literal)");
			ck_typexpr(n->u.arraytype.elem);
			t = ty_invalid;
		} else {
			t = array_len_type(n);
		}
		break;
	case N_SLICETYPE: {
		Type *e = ck_typexpr(n->u.slicetype.elem);
		t = IS_INVALID(e) ? ty_invalid : ty_slice(e);
		break;
	}
	case N_STRUCTTYPE:
		t = struct_type(n);
		break;
	case N_FUNCTYPE:
		t = ck_functype(n, NULL);
		break;
	case N_INTERFACETYPE:
		t = ck_interface_type(n);
		break;
	case N_ELLIPSIS:
		diag_error(ast_start_pos(n), "invalid use of '...'");
		ck_typexpr(n->u.ellipsis.elem);
		break;
	case N_UNSUPPORTED:
		ck_unsupported(n->pos, "%s", n->u.unsup.what);
		break;
	case N_BAD:
		break;
	default:
		diag_error(ast_start_pos(n), "%s is not a type", ck_expr_str(n));
		t = ty_invalid;
		break;
	}
	n->type = t;
	n->is_type = true;
	return t;
}

/* ---- package-level objects ------------------------------------------ */

static bool is_const_type(Type *t)
{
	Type *u = ty_under(t);
	return u && u->kind >= TY_BOOL && u->kind <= TY_STRING &&
	       u->kind != TY_COMPLEX64 && u->kind != TY_COMPLEX128;
}

/* Check one const spec name (package-level or local). */
void ck_const_name(Node *spec, int idx, Symbol *sym)
{
	Node *tn = spec->u.vspec.type;
	Type *T = NULL;
	ConstVal *saved_iota = ck.iota;
	ck.iota = cv_int64(spec->u.vspec.iota);
	if (tn) {
		T = ck_typexpr(tn);
		if (!IS_INVALID(T) && !is_const_type(T)) {
			diag_error(ast_start_pos(tn), "invalid constant type %s", ty_string(T));
			T = ty_invalid;
		}
	}
	sym->type = ty_invalid;
	NodeList *vals = &spec->u.vspec.values;
	if (idx >= vals->len) {
		if (vals->len == 0 && idx == 0)
			diag_error(sym->pos, "missing init expr for %s", sym->name);
		else if (idx == vals->len)
			diag_error(sym->pos, "missing init expr for %s", sym->name);
		ck.iota = saved_iota;
		return;
	}
	Node *x = vals->v[idx];
	if (spec->u.vspec.implicit) {
		/* errors in inherited values are reported at this name */
		ck_reset(x);
		diag_set_override(sym->pos);
	}
	ck_raw(x, false);
	if (IS_INVALID(x->type) || (T && IS_INVALID(T))) {
		diag_set_override((Pos){0, 0});
		ck.iota = saved_iota;
		return;
	}
	if (x->is_type) {
		diag_error(ast_start_pos(x), "%s is not an expression", ck_operand_str(x));
	} else if (!x->cval) {
		Mode m = ck_mode(x);
		if (m == M_NOVALUE)
			diag_error(ast_start_pos(x), "%s used as value", ck_operand_str(x));
		else
			diag_error(ast_start_pos(x), "%s is not constant", ck_operand_str(x));
	} else if (T) {
		if (ck_assignable(x, T, "constant declaration")) {
			sym->type = T;
			sym->cval = x->cval;
		}
	} else {
		sym->type = x->type;
		sym->cval = x->cval;
		if (ty_is_untyped(x->type))
			ck_set_type(x, ty_default(x->type));
	}
	diag_set_override((Pos){0, 0});
	ck.iota = saved_iota;
	Node *id = spec->u.vspec.names.v[idx];
	id->type = ty_is_untyped(sym->type) ? ty_default(sym->type) : sym->type;
	if (sym->cval) {
		ConstVal *cv;
		id->cval = cv_represent(sym->cval, id->type, &cv) == REP_OK ? cv : sym->cval;
	}
}

/* Check the extra-values rule of a const spec once. */
void ck_const_spec_extra(Node *spec)
{
	NodeList *vals = &spec->u.vspec.values;
	int nn = spec->u.vspec.names.len;
	if (vals->len > nn && !spec->u.vspec.implicit)
		diag_error(ast_start_pos(vals->v[nn]), "extra init expr");
}

static void var_spec(Node *spec);

/* After an error in an assignment or declaration, go1.19 counts its
 * variables as used, so no "declared but not used" follows it. */
void ck_use_lhs_after_error(NodeList *lhs, int errors_before)
{
	if (diag_count() == errors_before)
		return;
	for (int i = 0; i < lhs->len; i++) {
		Node *id = ast_unparen(lhs->v[i]);
		if (id->kind == N_IDENT && id->u.ident.sym && id->u.ident.sym->kind == SYM_VAR)
			id->u.ident.sym->used = true;
	}
}

/* Check a var spec (package-level or local): types of the names, then
 * the values.  Symbols are already created (id->u.ident.sym). */
void ck_var_spec(Node *spec)
{
	int before = diag_count();
	var_spec(spec);
	ck_use_lhs_after_error(&spec->u.vspec.names, before);
}

static void var_spec(Node *spec)
{
	NodeList *names = &spec->u.vspec.names, *vals = &spec->u.vspec.values;
	Type *T = NULL;
	if (spec->u.vspec.type) {
		T = ck_typexpr(spec->u.vspec.type);
		ck_check_var_type(spec->u.vspec.type, T);
	}
	int nn = names->len, nv = vals->len;
	for (int i = 0; i < nn; i++) {
		Symbol *s = names->v[i]->u.ident.sym;
		if (s)
			s->type = T ? T : NULL;
	}
	if (nv == 0) {
		if (!T)
			ICE("var spec without type and values");
		for (int i = 0; i < nn; i++)
			names->v[i]->type = T;
		return;
	}
	if (nn == nv) {
		for (int i = 0; i < nn; i++) {
			Node *x = vals->v[i];
			Symbol *s = names->v[i]->u.ident.sym;
			if (!x->type)
				ck_raw(x, false);
			Type *vt = ty_invalid;
			if (IS_INVALID(x->type)) {
				vt = ty_invalid;
			} else if (x->is_type) {
				diag_error(ast_start_pos(x), "%s (type) is not an expression", ck_expr_str(x));
			} else if (T) {
				ck_expr(x);
				if (!IS_INVALID(x->type))
					ck_assignable(x, T, "variable declaration");
				vt = T;
			} else {
				ck_expr(x);
				if (!IS_INVALID(x->type)) {
					if (x->type->kind == TY_UNTYPED_NIL) {
						diag_error(ast_start_pos(x), "use of untyped nil in variable declaration");
					} else if (ck_assignable(x, ty_default(x->type), "variable declaration")) {
						vt = x->type;
					}
				}
			}
			if (s)
				s->type = T ? T : vt;
			names->v[i]->type = s ? s->type : vt;
		}
		return;
	}
	/* n names, one multi-valued value */
	if (nv == 1) {
		Node *x = vals->v[0];
		ck_commaok(x, nn);
		ck_multi(x);
		Type *xt = x->type;
		if (!IS_INVALID(xt) && xt->kind == TY_TUPLE && xt->nresults == nn) {
			for (int i = 0; i < nn; i++) {
				Symbol *s = names->v[i]->u.ident.sym;
				Type *et = xt->results[i];
				if (T) {
					/* assignability of a tuple element */
					Node tmp = {.kind = N_BAD, .type = et, .pos = x->pos};
					if (!ck_assignable_to(&tmp, T))
						diag_error(ast_start_pos(x),
						           "cannot use %s value as %s value in assignment", ty_string(et),
						           ty_string(T));
				}
				if (s)
					s->type = T ? T : et;
				names->v[i]->type = s ? s->type : et;
			}
			return;
		}
		if (!IS_INVALID(xt)) {
			int have = xt->kind == TY_TUPLE ? xt->nresults : 1;
			Node *call = ast_unparen(x);
			if (call->kind == N_CALL) /* any call, as go1.19 words it */
				diag_error(ast_start_pos(x), "assignment mismatch: %d variable%s but %s returns %d value%s",
				           nn, nn == 1 ? "" : "s", ck_expr_str(call->u.call.fun), have,
				           have == 1 ? "" : "s");
			else
				diag_error(ast_start_pos(x), "assignment mismatch: %d variable%s but %d value%s", nn,
				           nn == 1 ? "" : "s", have, have == 1 ? "" : "s");
		}
	} else {
		for (int i = 0; i < nv; i++)
			ck_use(vals->v[i]);
		diag_error(ast_start_pos(vals->v[0]), "assignment mismatch: %d variable%s but %d value%s", nn,
		           nn == 1 ? "" : "s", nv, nv == 1 ? "" : "s");
	}
	for (int i = 0; i < nn; i++) {
		Symbol *s = names->v[i]->u.ident.sym;
		if (s && !s->type)
			s->type = T ? T : ty_invalid;
		names->v[i]->type = s ? s->type : ty_invalid;
	}
}

/* Report a cycle of package-level objects: path[start..] */
void ck_report_type_cycle(int start)
{
	int n = ck.path.len - start;
	Symbol **cyc = (Symbol **)ck.path.v + start;
	/* start the report at the object declared first */
	int first = 0;
	for (int i = 1; i < n; i++)
		if (cyc[i]->pos.line < cyc[first]->pos.line ||
		    (cyc[i]->pos.line == cyc[first]->pos.line && cyc[i]->pos.col < cyc[first]->pos.col))
			first = i;
	Symbol *o = cyc[first];
	StrBuf b = {0};
	if (o->kind == SYM_TYPE)
		sb_printf(&b, "invalid recursive type %s", o->name);
	else
		sb_printf(&b, "illegal cycle in declaration of %s", o->name);
	for (int i = 0; i < n; i++) {
		Symbol *s = cyc[(first + i) % n];
		sb_printf(&b, "\n\t%s:%d:%d: %s refers to", diag_path(), s->pos.line, s->pos.col, s->name);
	}
	sb_printf(&b, "\n\t%s:%d:%d: %s", diag_path(), o->pos.line, o->pos.col, o->name);
	diag_error(o->pos, "%s", b.p);
}

static void resolve_type(Symbol *s, SymInfo *in)
{
	Node *spec = in->spec;
	Type *named = s->type;
	if (spec->u.tspec.alias) {
		Type *t = ck_typexpr(spec->u.tspec.type);
		s->type = t;
		return;
	}
	named->underlying = ty_invalid;
	Type *rhs = ck_typexpr(spec->u.tspec.type);
	if (rhs->kind == TY_NAMED) {
		if (rhs->underlying == ty_invalid && rhs->obj && ck_info(rhs->obj)->color == GREY) {
			/* type T U; type U T */
			for (int i = 0; i < ck.path.len; i++)
				if (ck.path.v[i] == rhs->obj) {
					ck_report_type_cycle(i);
					break;
				}
			named->underlying = ty_invalid;
			return;
		}
		named->underlying = ty_under(rhs);
	} else {
		named->underlying = rhs;
	}
	if (!named->underlying)
		named->underlying = ty_invalid;
}

void ck_resolve(Symbol *s)
{
	SymInfo *in = ck_info(s);
	if (!in->spec || in->color == BLACK)
		return;
	if (in->color == GREY) {
		/* a cycle: types are handled by the validity check and by
		 * resolve_type; consts and vars by the initialization order */
		if (s->kind == SYM_CONST || s->kind == SYM_VAR) {
			if (!s->type)
				s->type = ty_invalid;
		} else if (s->kind == SYM_TYPE && in->spec->u.tspec.alias) {
			for (int i = 0; i < ck.path.len; i++)
				if (ck.path.v[i] == s) {
					ck_report_type_cycle(i);
					break;
				}
			s->type = ty_invalid;
		}
		return;
	}
	in->color = GREY;
	pl_push(&ck.path, s);
	Scope *saved_scope = ck.scope;
	Func *saved_fn = ck.fn;
	Symbol *saved_decl = ck.decl;
	ck.scope = ck.pkg;
	ck.fn = NULL;
	ck.decl = s;
	switch (s->kind) {
	case SYM_CONST:
		ck_const_name(in->spec, in->index, s);
		break;
	case SYM_VAR: {
		/* all names of the spec are resolved together */
		Node *spec = in->spec;
		for (int i = 0; i < spec->u.vspec.names.len; i++) {
			Symbol *o = spec->u.vspec.names.v[i]->u.ident.sym;
			if (o && o != s)
				ck_info(o)->color = GREY;
		}
		ck_var_spec(spec);
		for (int i = 0; i < spec->u.vspec.names.len; i++) {
			Symbol *o = spec->u.vspec.names.v[i]->u.ident.sym;
			if (o) {
				ck_info(o)->color = BLACK;
				if (o != s && ck_info(o) != in) {
					/* share dependencies for the init order */
					ck_info(o)->deps = in->deps;
				}
			}
		}
		break;
	}
	case SYM_TYPE:
		resolve_type(s, in);
		break;
	case SYM_FUNC: {
		Func *fn = s->func;
		Node *d = in->spec;
		ck_open_scope(fn, true);
		if (d->u.funcdecl.recv) {
			Node *r = d->u.funcdecl.recv;
			Type *rt = ck_typexpr(r->u.field.type);
			Node *rid = r->u.field.names.len ? r->u.field.names.v[0] : NULL;
			Symbol *rs = new_param(fn, rid ? rid->u.ident.name : intern("_", 1),
			                       rid ? rid->pos : r->pos, rt, rid);
			fn->recv = rs;
		}
		fn->type = ck_functype(d->u.funcdecl.type, fn);
		s->type = fn->type;
		ck_close_scope();
		break;
	}
	default:
		break;
	}
	ck.scope = saved_scope;
	ck.fn = saved_fn;
	ck.decl = saved_decl;
	ck.path.len--;
	in->color = BLACK;
}

/* ---- invalid recursive types ---------------------------------------- */

/* Does t contain (by value) the named type currently on the path?
 * Reports a cycle once per type. */
static bool valid_type(Type *t, PtrList *path)
{
	if (!t)
		return true;
	switch (t->kind) {
	case TY_ARRAY:
		return valid_type(t->elem, path);
	case TY_STRUCT:
		for (int i = 0; i < t->nfields; i++)
			if (!valid_type(t->fields[i].type, path))
				return false;
		return true;
	case TY_NAMED: {
		if (!t->obj)
			return true;
		SymInfo *in = ck_info(t->obj);
		if (in->index == 2) /* known valid */
			return true;
		if (in->index == 3) /* known invalid */
			return false;
		for (int i = 0; i < path->len; i++) {
			if (path->v[i] == t->obj) {
				PtrList saved = ck.path;
				ck.path = *path;
				ck_report_type_cycle(i);
				ck.path = saved;
				for (int k = i; k < path->len; k++) {
					Symbol *o = path->v[k];
					ck_info(o)->index = 3;
					o->type->underlying = ty_invalid;
				}
				return false;
			}
		}
		pl_push(path, t->obj);
		bool ok = valid_type(t->underlying, path);
		path->len--;
		if (in->index != 3)
			in->index = ok ? 2 : 3;
		return ok;
	}
	default:
		return true;
	}
}

/* ---- function bodies ------------------------------------------------ */

void ck_funcbody(Func *fn, Node *body)
{
	Func *saved_fn = ck.fn;
	Scope *saved = ck.scope;
	ck.fn = fn;
	Scope *fs = ck_open_scope(fn, true);
	if (fn->recv)
		ck_declare(fs, fn->recv);
	for (int i = 0; i < fn->params.len; i++)
		ck_declare(fs, fn->params.v[i]);
	for (int i = 0; i < fn->results.len; i++) {
		Symbol *r = fn->results.v[i];
		if (r->name[0] != '~')
			ck_declare(fs, r);
	}
	ck_labels(fn, body);
	int nunsup = ck.nunsup;
	/* the body's block shares the function scope, as in Go */
	ck_stmts(&body->u.block.stmts);
	if (ck.nunsup == nunsup) {
		if (fn->type && fn->type->nresults > 0 && !ck_is_terminating(body, NULL))
			diag_error(body->u.block.rbrace, "missing return");
		ck_report_unused(fn);
	}
	ck.scope = saved;
	ck.fn = saved_fn;
}

/* ---- methods -------------------------------------------------------- */

static void collect_method(Node *d, Symbol *fs)
{
	Node *r = d->u.funcdecl.recv;
	Node *tn = ast_unparen(r->u.field.type);
	bool ptr = false;
	if (tn->kind == N_STAR) {
		ptr = true;
		tn = ast_unparen(tn->u.star.x);
	}
	if (tn->kind != N_IDENT)
		return; /* reported when the receiver type is checked */
	Symbol *ts = ck_lookup_local(ck.pkg, tn->u.ident.name);
	if (!ts || ts->kind != SYM_TYPE || !ck_info(ts)->spec)
		return;
	if (ck_info(ts)->spec->u.tspec.alias) {
		/* func (A) m() with type A = T declares T.m */
		ck_resolve(ts);
		Type *at = ts->type;
		if (!at || at->kind != TY_NAMED || !at->obj || !ck_info(at->obj)->spec)
			return; /* not a local defined type: reported with the receiver */
		ts = at->obj;
	}
	Type *T = ts->type;
	const char *mname = d->u.funcdecl.name->u.ident.name;
	if (strcmp(mname, "_") == 0)
		return;
	for (int i = 0; i < T->nmethods; i++) {
		if (T->methods[i].name == mname) {
			Symbol *old = T->methods[i].func;
			diag_error(d->u.funcdecl.name->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
			           ts->name, mname, diag_path(), old->pos.line, old->pos.col, mname);
			return;
		}
	}
	Method *nm = arena_alloc(g_arena, (size_t)(T->nmethods + 1) * sizeof *nm);
	if (T->nmethods)
		memcpy(nm, T->methods, (size_t)T->nmethods * sizeof *nm);
	nm[T->nmethods] = (Method){mname, fs, ptr};
	T->methods = nm;
	T->nmethods++;
	fs->func->name = ptr ? arena_sprintf(g_arena, "(*%s).%s", ts->name, mname)
	                     : arena_sprintf(g_arena, "%s.%s", ts->name, mname);
}

/* Check the receiver once the signature is known. */
static void check_receiver(Func *fn)
{
	Node *r = fn->decl->u.funcdecl.recv;
	Type *rt = fn->recv->type;
	if (IS_INVALID(rt))
		return;
	Type *base = rt->kind == TY_POINTER ? rt->elem : rt;
	Pos rpos = r->u.field.names.len ? r->u.field.names.v[0]->pos : ast_start_pos(r->u.field.type);
	if (base->kind != TY_NAMED) {
		if (base->kind == TY_INVALID)
			return;
		if (rt->kind == TY_POINTER && base->kind == TY_POINTER)
			diag_error(rpos, "invalid receiver type %s", ty_string(rt));
		else if (base->kind < TY_POINTER)
			diag_error(rpos, "cannot define new methods on non-local type %s", ty_string(base));
		else
			diag_error(rpos, "invalid receiver type %s", ty_string(rt));
		return;
	}
	Type *u = ty_under(base);
	if (u && (u->kind == TY_POINTER || u->kind == TY_INTERFACE))
		diag_error(rpos, "invalid receiver type %s (pointer or interface type)",
		           ty_string(base));
	/* a field and a method with the same name */
	const char *mname = fn->decl->u.funcdecl.name->u.ident.name;
	if (u && u->kind == TY_STRUCT && strcmp(mname, "_") != 0) {
		for (int i = 0; i < u->nfields; i++)
			if (u->fields[i].name == mname)
				diag_error(fn->decl->u.funcdecl.name->pos, "field and method with the same name %s\n\t%s:%d:%d: other declaration of %s",
				           mname, diag_path(), u->fields[i].pos.line, u->fields[i].pos.col, mname);
	}
}

/* ---- initialization order ------------------------------------------- */

typedef struct InitNode {
	Symbol *obj;
	int ndeps;
	PtrList succ, pred; /* InitNode* */
	bool done;
} InitNode;

static bool find_path(Symbol *from, Symbol *to, PtrList *out, char *seen)
{
	if (seen[from->id])
		return false;
	seen[from->id] = 1;
	SymInfo *in = ck_info(from);
	for (int i = 0; i < in->deps.len; i++) {
		if (in->deps.v[i] == to) {
			pl_push(out, to);
			return true;
		}
	}
	for (int i = 0; i < in->deps.len; i++) {
		Symbol *d = in->deps.v[i];
		if (find_path(d, to, out, seen)) {
			pl_push(out, d);
			return true;
		}
	}
	return false;
}

static void report_init_cycle(Symbol *obj)
{
	PtrList cyc = {0};
	char *seen = arena_alloc(g_arena, (size_t)ck.nsyms + 1);
	if (!find_path(obj, obj, &cyc, seen))
		return;
	StrBuf b = {0};
	sb_printf(&b, "initialization loop for %s", obj->name);
	Symbol *o = obj;
	for (int i = cyc.len - 1; i >= 0; i--) {
		sb_printf(&b, "\n\t%s:%d:%d: %s refers to", diag_path(), o->pos.line, o->pos.col, o->name);
		o = cyc.v[i];
	}
	sb_printf(&b, "\n\t%s:%d:%d: %s", diag_path(), o->pos.line, o->pos.col, o->name);
	diag_error(obj->pos, "%s", b.p);
}

static void init_order(PtrList *objs, Package *pkg)
{
	int n = objs->len;
	InitNode *nodes = arena_alloc(g_arena, (size_t)(n ? n : 1) * sizeof *nodes);
	int *idx = arena_alloc(g_arena, (size_t)(ck.nsyms + 1) * sizeof *idx);
	for (int i = 0; i <= ck.nsyms; i++)
		idx[i] = -1;
	for (int i = 0; i < n; i++) {
		nodes[i].obj = objs->v[i];
		idx[nodes[i].obj->id] = i;
	}
	/* successors of a var/const: vars/consts reached through funcs */
	char *mark = arena_alloc(g_arena, (size_t)n + 1);
	int *stack = arena_alloc(g_arena, (size_t)(n + 1) * sizeof *stack * 4 + 16);
	for (int i = 0; i < n; i++) {
		if (nodes[i].obj->kind == SYM_FUNC)
			continue;
		memset(mark, 0, (size_t)n + 1);
		SymInfo *in = ck_info(nodes[i].obj);
		PtrList work = {0};
		for (int k = 0; k < in->deps.len; k++)
			pl_push(&work, in->deps.v[k]);
		while (work.len) {
			Symbol *d = work.v[--work.len];
			int j = d->id <= ck.nsyms ? idx[d->id] : -1;
			if (j < 0 || mark[j])
				continue;
			mark[j] = 1;
			if (d->kind == SYM_FUNC) {
				SymInfo *di = ck_info(d);
				for (int k = 0; k < di->deps.len; k++)
					pl_push(&work, di->deps.v[k]);
			} else {
				pl_push(&nodes[i].succ, &nodes[j]);
				pl_push(&nodes[j].pred, &nodes[i]);
			}
		}
		nodes[i].ndeps = nodes[i].succ.len;
	}
	char *emitted = arena_alloc(g_arena, (size_t)ck.nsyms + 1);
	for (;;) {
		int best = -1;
		for (int i = 0; i < n; i++) {
			if (nodes[i].done || nodes[i].obj->kind == SYM_FUNC)
				continue;
			if (best < 0 || nodes[i].ndeps < nodes[best].ndeps)
				best = i;
		}
		if (best < 0)
			break;
		InitNode *nd = &nodes[best];
		nd->done = true;
		if (nd->ndeps > 0)
			report_init_cycle(nd->obj);
		for (int k = 0; k < nd->pred.len; k++)
			((InitNode *)nd->pred.v[k])->ndeps--;
		Symbol *v = nd->obj;
		if (v->kind != SYM_VAR)
			continue;
		pl_push(&pkg->globals, v);
		Node *spec = ck_info(v)->spec;
		if (spec->u.vspec.values.len == 0)
			continue;
		int sid = spec->u.vspec.names.v[0]->u.ident.sym ? spec->u.vspec.names.v[0]->u.ident.sym->id : v->id;
		if (emitted[sid])
			continue;
		emitted[sid] = 1;
		pl_push(&pkg->inits, spec);
	}
}

/* ---- sizes ---------------------------------------------------------- */

/* gc's limit on the size of a type on amd64. */
#define MAX_WIDTH ((int64_t)1 << 50)

/* The first array type contained by value in t that is larger than gc
 * allows, or NULL. */
static Type *too_large(Type *t, int depth)
{
	if (!t || depth > 100)
		return NULL;
	Type *u = ty_under(t);
	if (!u)
		return NULL;
	if (u->kind == TY_ARRAY) {
		Type *e = too_large(u->elem, depth + 1);
		if (e)
			return e;
		ty_layout(u->elem);
		if (u->elem->size != 0 && u->len > (MAX_WIDTH - 1) / u->elem->size)
			return u;
		return NULL;
	}
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->nfields; i++) {
			Type *e = too_large(u->fields[i].type, depth + 1);
			if (e)
				return e;
		}
	}
	return NULL;
}

static bool check_size(Type *t, Pos pos)
{
	Type *big = too_large(t, 0);
	if (!big)
		return true;
	diag_error(pos, "type %s larger than address space", ty_string(big));
	return false;
}

/* As gc: named types first; if they are fine, variables. */
static void check_sizes(Package *pkg, PtrList *funcs)
{
	bool ok = true;
	for (int i = 0; i < pkg->types.len; i++) {
		Type *t = pkg->types.v[i];
		if (t->obj && !check_size(t, t->obj->pos))
			ok = false;
	}
	if (!ok)
		return;
	for (int i = 0; i < pkg->globals.len; i++) {
		Symbol *s = pkg->globals.v[i];
		check_size(s->type, s->pos);
	}
	for (int i = 0; i < funcs->len; i++) {
		Func *fn = funcs->v[i];
		for (int k = 0; k < fn->params.len; k++)
			check_size(((Symbol *)fn->params.v[k])->type, ((Symbol *)fn->params.v[k])->pos);
		for (int k = 0; k < fn->locals.len; k++)
			check_size(((Symbol *)fn->locals.v[k])->type, ((Symbol *)fn->locals.v[k])->pos);
	}
}

/* ---- the file ------------------------------------------------------- */

static void add_closures(PtrList *out, Func *fn)
{
	for (int i = 0; i < fn->closures.len; i++) {
		Func *c = fn->closures.v[i];
		pl_push(out, c);
		add_closures(out, c);
	}
}

extern Func *ck_glob_func; /* check_expr.c: pseudo-parent of closures in
                              package-level initializers */

Package *check_file(Node *file)
{
	types_init();
	ty_invalid = ty_basic[TY_INVALID];
	memset(&ck, 0, sizeof ck);
	init_universe();
	ck.pkg = ck_open_scope(NULL, false);
	Package *pkg = arena_alloc(g_arena, sizeof *pkg);
	pkg->file = file;
	ck.pkgout = pkg;

	Node *pn = file->u.file.pkgname;
	if (pn && strcmp(pn->u.ident.name, "main") != 0)
		ck_unsupported(pn->pos, "package %s (only package main)", pn->u.ident.name);
	for (int i = 0; i < file->u.file.imports.len; i++) {
		Node *im = file->u.file.imports.v[i];
		ck_unsupported(im->pos, "imports");
		/* the package name resolves to an invalid operand, which
		 * silences follow-on errors about its uses */
		const char *name = NULL;
		if (im->u.import.name)
			name = im->u.import.name->u.ident.name;
		else {
			Str p = im->u.import.path;
			size_t k = p.len;
			while (k > 0 && p.p[k - 1] != '/')
				k--;
			name = intern(p.p + k, p.len - k);
		}
		if (strcmp(name, "_") != 0 && strcmp(name, ".") != 0 && !ck_lookup_local(ck.pkg, name)) {
			Symbol *ps = ck_new_sym(SYM_CONST, name, im->pos, ty_invalid);
			ps->used = true;
			scope_insert(ck.pkg, ps);
		}
	}

	PtrList objs = {0};   /* package-level consts, vars, funcs in order */
	PtrList funcs = {0};  /* Func* of FUNCDECLs in order */
	PtrList methods = {0};
	PtrList typesyms = {0};
	NodeList *decls = &file->u.file.decls;
	/* collect */
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->v[i];
		if (d->kind == N_FUNCDECL) {
			Node *id = d->u.funcdecl.name;
			const char *name = id->u.ident.name;
			Func *fn = ck_new_func(d, name);
			d->u.funcdecl.fn = fn;
			Symbol *s = ck_new_sym(SYM_FUNC, name, id->pos, NULL);
			s->decl = d;
			s->func = fn;
			fn->sym = s;
			id->u.ident.sym = s;
			id->u.ident.defines = true;
			ck_info(s)->spec = d;
			pl_push(&funcs, fn);
			pl_push(&objs, s);
			if (d->u.funcdecl.recv) {
				pl_push(&methods, d);
				continue;
			}
			if (strcmp(name, "init") == 0) {
				Node *ft = d->u.funcdecl.type;
				if (ft->u.functype.params.len || ft->u.functype.results.len)
					diag_error(id->pos, "func init must have no arguments and no return values");
				continue;
			}
			if (strcmp(name, "main") == 0) {
				Node *ft = d->u.funcdecl.type;
				if (ft->u.functype.params.len || ft->u.functype.results.len)
					diag_error(id->pos, "func main must have no arguments and no return values");
			}
			ck_declare(ck.pkg, s);
			continue;
		}
		if (d->kind == N_IMPORT)
			continue;
		if (d->kind != N_GENDECL) {
			if (d->kind == N_UNSUPPORTED)
				ck_unsupported(d->pos, "%s", d->u.unsup.what);
			continue;
		}
		for (int j = 0; j < d->u.gendecl.specs.len; j++) {
			Node *sp = d->u.gendecl.specs.v[j];
			if (sp->kind == N_UNSUPPORTED) {
				ck_unsupported(sp->pos, "%s", sp->u.unsup.what);
				continue;
			}
			if (sp->kind == N_TYPESPEC) {
				Node *id = sp->u.tspec.name;
				Symbol *s = ck_new_sym(SYM_TYPE, id->u.ident.name, id->pos, NULL);
				s->decl = sp;
				id->u.ident.sym = s;
				id->u.ident.defines = true;
				ck_info(s)->spec = sp;
				if (!sp->u.tspec.alias) {
					s->type = ty_named(s, ty_invalid);
					pl_push(&pkg->types, s->type);
				}
				pl_push(&typesyms, s);
				if (strcmp(s->name, "main") == 0 || strcmp(s->name, "init") == 0)
					diag_error(id->pos, "cannot declare %s - must be func", s->name);
				else
					ck_declare(ck.pkg, s);
				continue;
			}
			bool isconst = d->u.gendecl.tok == TOK_CONST;
			NodeList *names = &sp->u.vspec.names;
			for (int k = 0; k < names->len; k++) {
				Node *id = names->v[k];
				Symbol *s = ck_new_sym(isconst ? SYM_CONST : SYM_VAR, id->u.ident.name, id->pos, NULL);
				s->decl = id;
				s->global = !isconst;
				id->u.ident.sym = s;
				id->u.ident.defines = true;
				SymInfo *in = ck_info(s);
				in->spec = sp;
				in->index = k;
				pl_push(&objs, s);
				if (strcmp(s->name, "main") == 0 || strcmp(s->name, "init") == 0)
					diag_error(id->pos, "cannot declare %s - must be func", s->name);
				else
					ck_declare(ck.pkg, s);
			}
			if (!isconst && !sp->u.vspec.type && sp->u.vspec.values.len == 0)
				ICE("var spec without type or values");
		}
	}
	for (int i = 0; i < methods.len; i++) {
		Node *d = methods.v[i];
		collect_method(d, d->u.funcdecl.name->u.ident.sym);
	}
	/* resolve: types first, then everything else, in source order */
	for (int i = 0; i < typesyms.len; i++)
		ck_resolve(typesyms.v[i]);
	PtrList vpath = {0};
	for (int i = 0; i < typesyms.len; i++) {
		Symbol *s = typesyms.v[i];
		if (s->type && s->type->kind == TY_NAMED && s->type->obj == s)
			valid_type(s->type, &vpath);
	}
	for (int i = 0; i < objs.len; i++) {
		Symbol *s = objs.v[i];
		ck_resolve(s);
		if (s->kind == SYM_CONST || s->kind == SYM_VAR) {
			SymInfo *in = ck_info(s);
			if (in->index == 0 && s->kind == SYM_CONST)
				ck_const_spec_extra(in->spec);
		}
	}
	/* function bodies */
	for (int i = 0; i < funcs.len; i++) {
		Func *fn = funcs.v[i];
		Node *d = fn->decl;
		if (fn->recv)
			check_receiver(fn);
		if (!d->u.funcdecl.body)
			continue;
		ck.decl = fn->sym;
		ck_funcbody(fn, d->u.funcdecl.body);
		ck.decl = NULL;
	}
	init_order(&objs, pkg);
	for (int i = 0; i < funcs.len; i++) {
		Func *fn = funcs.v[i];
		pl_push(&pkg->funcs, fn);
		add_closures(&pkg->funcs, fn);
	}
	if (ck_glob_func)
		add_closures(&pkg->funcs, ck_glob_func);
	if (!diag_count())
		check_sizes(pkg, &pkg->funcs);
	/* gc reports bodiless functions only when all else is well */
	bool clean = !diag_count();
	for (int i = 0; clean && i < funcs.len; i++) {
		Func *fn = funcs.v[i];
		if (!fn->decl->u.funcdecl.body)
			diag_error(fn->recv ? (Pos){fn->recv->pos.line, fn->recv->pos.col - 1}
			                    : fn->decl->u.funcdecl.name->pos,
			           "missing function body");
	}
	/* main */
	Symbol *m = ck_lookup_local(ck.pkg, intern("main", 4));
	if (m && m->kind == SYM_FUNC)
		pkg->main = m->func;
	else if (!m && pn && strcmp(pn->u.ident.name, "main") == 0 && !diag_count())
		diag_error(pn->pos, "function main is undeclared in the main package"); /* the linker's message */
	if (diag_count())
		return NULL;
	/* layouts for the back end */
	for (int i = 0; i < pkg->types.len; i++)
		ty_layout(pkg->types.v[i]);
	return pkg;
}
