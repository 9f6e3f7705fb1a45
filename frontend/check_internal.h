/*
 * check_internal.h: private interface between types.c, const.c and the
 * type checker (check.c, check_expr.c, check_stmt.c).
 *
 * The checker keeps the state of one file in the global `ck`: the scopes,
 * the function being checked, the package-level object being checked (for
 * initialization-order dependencies) and per-symbol bookkeeping indexed by
 * Symbol.id.  An expression's "mode" (types2's operand mode) is not stored
 * in the node; it is derived from the fields the checker fills in: see
 * ck_mode().
 */
#ifndef GOESC_CHECK_INTERNAL_H
#define GOESC_CHECK_INTERNAL_H

#include "frontend.h"

#include <gmp.h>

/* ---- types.c extras ------------------------------------------------- */

/* check.c: mark the variables of a failed assignment as used. */
void ck_use_lhs_after_error(NodeList *lhs, int errors_before);

/* byte and rune: identical to uint8 and int32, printed by their names. */
extern Type *ty_byte_alias, *ty_rune_alias;
#define TY_SIZE_MAX ((int64_t)1 << 62)

/* Parameter names of a func type, for messages ("func(x int) int"). */
void ty_set_param_names(Type *fn, const char **names);
bool ty_identical_notags(Type *a, Type *b);

/* ---- const.c extras ------------------------------------------------- */

typedef enum CvRep {
	REP_OK,
	REP_OVERFLOW,  /* numeric value out of range */
	REP_TRUNCATED, /* non-integral value for an integer type */
	REP_INVALID,   /* wrong kind (string for int...) */
} CvRep;

/* Can v be represented in t (basic type, possibly untyped)?  On success
 * *out is v converted (rounded for floats, integer for integer types). */
CvRep cv_represent(const ConstVal *v, Type *t, ConstVal **out);
ConstVal *cv_unary(Op op, const ConstVal *x, Type *t);
ConstVal *cv_binary(Op op, const ConstVal *x, const ConstVal *y, bool intdiv);
ConstVal *cv_shift(Op op, const ConstVal *x, uint64_t s);
bool cv_compare(Op op, const ConstVal *x, const ConstVal *y);
bool cv_equal(const ConstVal *x, const ConstVal *y);
ConstVal *cv_to_float(const ConstVal *v);
ConstVal *cv_to_int(const ConstVal *v);
bool cv_is_integral(const ConstVal *v);
int cv_sign(const ConstVal *v);
long cv_bitlen(const ConstVal *v);
bool cv_uint64_fits(const ConstVal *v, uint64_t *out);

/* ---- checker state -------------------------------------------------- */

typedef struct Scope Scope;
struct Scope {
	Scope *parent;
	Symbol **tab; /* open addressing on the interned name pointer */
	int cap, count;
	Func *fn;     /* function whose body this scope belongs to */
	bool is_func; /* a function's outermost scope (parameters) */
};

/* Operand modes, as types2 names them in messages. */
typedef enum Mode {
	M_INVALID,
	M_NOVALUE,
	M_BUILTIN,
	M_TYPE,
	M_CONST,
	M_VAR,
	M_VALUE,
	M_NIL,
} Mode;

/* Resolution state of package-level objects (for cycle detection). */
typedef enum Color { WHITE, GREY, BLACK } Color;

typedef struct SymInfo {
	Color color;
	Node *spec;      /* package level: N_VALUESPEC / N_TYPESPEC / N_FUNCDECL */
	int index;       /* position of the name in its VALUESPEC */
	PtrList deps;    /* package-level objects this one refers to */
	Scope *scope;    /* scope where declared (for locals) */
	bool is_local;
} SymInfo;

typedef struct Checker {
	Scope *universe, *pkg;
	Scope *scope;       /* current scope */
	Func *fn;           /* function being checked (NULL at package level) */
	Symbol *decl;       /* package-level object whose definition is being
	                       checked (dependency recording) */
	PtrList path;       /* objects being resolved (cycle reporting) */
	SymInfo **info;     /* by Symbol.id */
	int ninfo, capinfo;
	int nsyms;
	Package *pkgout;
	ConstVal *iota;     /* value of iota inside a const spec, or NULL */
	int nunsup;         /* "unsupported" reports so far */
} Checker;

extern Checker ck;

/* check.c */
void ck_unsupported(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Symbol *ck_new_sym(SymKind kind, const char *name, Pos pos, Type *type);
SymInfo *ck_info(Symbol *s);
Scope *ck_open_scope(Func *fn, bool is_func);
void ck_close_scope(void);
Symbol *ck_lookup(const char *name);
Symbol *ck_lookup_local(Scope *s, const char *name);
/* Declare in the current scope; reports redeclaration. */
bool ck_declare(Scope *s, Symbol *sym);
void ck_resolve(Symbol *s);  /* package-level objects on demand */
/* "invalid recursive type": the cycle is ck.path from index start. */
void ck_report_type_cycle(int start);
void ck_record_dep(Symbol *s);
Type *ck_typexpr(Node *n);    /* check a type expression */
Type *ck_functype(Node *ft, Func *fn);
void ck_funcbody(Func *fn, Node *body);
void ck_const_name(Node *spec, int idx, Symbol *sym);
void ck_var_spec(Node *spec);
Func *ck_new_func(Node *decl, const char *name);
extern Type *ty_invalid;
#define IS_INVALID(t) (!(t) || (t)->kind == TY_INVALID)

/* check_expr.c */
Mode ck_mode(Node *n);
const char *ck_expr_str(const Node *n);
const char *ck_operand_str(Node *n);
/* Check n: any single value, a tuple (call), no value, or (if allow_type)
 * a type.  Untyped results stay untyped. */
void ck_raw(Node *n, bool allow_type);
/* Check n as a single value (reports types, no value, tuples). */
void ck_expr(Node *n);
/* Check n and give an untyped result its default type. */
void ck_expr_default(Node *n);
/* Single value, possibly multi-valued: used by assignments and calls. */
void ck_multi(Node *n);
/* Convert an untyped expression to T (or its default if T is NULL);
 * reports errors in the shape of convertUntyped. */
bool ck_convert_untyped(Node *n, Type *T);
/* Set the final type of an untyped expression tree. */
void ck_set_type(Node *n, Type *T);
/* Assignability of n to T in `context` ("assignment", "argument"...);
 * converts untyped operands.  Reports and returns false on failure. */
bool ck_assignable(Node *n, Type *T, const char *context);
bool ck_assignable_to(Node *n, Type *T);
void ck_use(Node *n);
void ck_reset(Node *n);
void ck_invalidate(Node *n);
Type *ck_novalue(void); /* the empty tuple: calls without results */
CvRep ck_implicit_type(Node *x, Type *target, Type **out);
bool ck_check_index(Node *x, int64_t max, const char *what, int64_t *val);

/* check_call.c */
void ck_call(Node *n);
bool ck_has_nil(Type *t);
const char *ck_incomparable_cause(Type *t);
extern Node *ck_opassign_node; /* forget the results of checking n */        /* evaluate for "use" after an error */
bool ck_is_blank(Node *n);
/* Selector lookup: field or method of T, following embedded fields. */
typedef struct Lookup {
	int found;        /* 0 none, 1 field, 2 method, 3 interface method,
	                     -1 ambiguous */
	Field *field;
	int field_index;
	Method *method;
	Type *recv_named; /* named type declaring the method */
	Type *iface;      /* found == 3: the interface (embedded field's
	                     type, or T itself) whose method was found */
	int iface_index;  /* found == 3: index in iface->imethods */
	SelStep path[64];
	int npath;
	bool indirect;    /* a pointer was crossed along the path */
	bool final_deref; /* last struct reached through a pointer */
} Lookup;
void ck_lookup_field_or_method(Type *T, const char *name, Lookup *out);
bool ck_is_terminating(Node *s, const char *label);

/* check_iface.c */
Type *ck_interface_type(Node *n);

/* Does V implement interface T?  Else *cause is types2's reason. */
bool ck_implements(Type *V, Type *T, const char **cause);
/* "V does not implement T (reason)", or NULL when it does. */
const char *ck_implements_error(Type *V, Type *T);
void ck_wrap_iface(Node *x, Type *T);
void ck_typeassert(Node *n);
void ck_typeswitch(Node *s);
void ck_commaok(Node *x, int nl);
void ck_check_var_type(Node *tn, Type *T);

/* check_stmt.c */
Symbol *ck_new_local(Node *id, Type *t);
void ck_stmt(Node *s);
void ck_stmts(NodeList *l);
void ck_labels(Func *fn, Node *body);
void ck_report_unused(Func *fn);
void ck_valuespec_local(Node *spec, Tok tok);
bool ck_single_call_mismatch(Node *x, int nl);

#endif
