/*
 * frontend.h: the interface of goesc's front end.
 *
 * The front end turns one Go source file into a checked AST:
 *
 *   util.c      arenas, growable pointer lists, string interning
 *   diag.c      collected, sorted diagnostics in go1.19's shape
 *   lexer.re    re2c scanner: Go tokens, literals, automatic semicolons
 *   parser.y    Bison grammar (pure, with locations) building the AST
 *   ast.c       node constructors, start positions, the -d=ast dump
 *   const.c     exact constant arithmetic (GMP integers and rationals)
 *   types.c     type construction, identity, layout, method sets
 *   check*.c    the type checker: scopes, untyped constants,
 *               assignability, conversions, statements, "declared but
 *               not used", missing returns, labels
 *
 * Everything the front end allocates lives in one arena (g_arena) that is
 * freed at exit.  Nothing here knows about LLVM; the escape pass and the
 * code generator read the AST, the types and the symbols defined below.
 *
 * Positions: every node has `pos`, the position go1.19's syntax package
 * gives that node (the operator of a binary expression, the '(' of a call,
 * the '.' of a selector, the '{' of a composite literal, the '[' of an
 * index or slice expression, the keyword of a statement, the operator of
 * an assignment).  Error messages of the type checker are reported at
 * ast_start_pos(n), the leftmost position of the node, as types2 does.
 * Lines and columns are 1-based; columns count bytes, as Go's do.
 */
#ifndef GOESC_FRONTEND_H
#define GOESC_FRONTEND_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Pos {
	int line, col; /* 1-based; {0,0} means "no position" */
} Pos;

typedef struct Node Node;
typedef struct Type Type;
typedef struct Symbol Symbol;
typedef struct Func Func;
typedef struct ConstVal ConstVal;

/* ------------------------------------------------------------------ */
/* util.c                                                              */
/* ------------------------------------------------------------------ */

typedef struct Arena Arena;

Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size); /* zeroed, 8-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_sprintf(Arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *arena_vsprintf(Arena *a, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* The arena for the AST, types, symbols and strings of this compilation. */
extern Arena *g_arena;

/* Interned, NUL-terminated identifier strings: equal names are equal
 * pointers. */
const char *intern(const char *s, size_t n);

/* A byte string that may contain NULs (Go string constant contents). */
typedef struct Str {
	const char *p;
	size_t len;
} Str;

/* A growable list of node pointers; storage comes from g_arena. */
typedef struct NodeList {
	Node **v;
	int len, cap;
} NodeList;

void nl_push(NodeList *l, Node *n);

/* The same for any pointer (symbols, functions, types). */
typedef struct PtrList {
	void **v;
	int len, cap;
} PtrList;

void pl_push(PtrList *l, void *p);

/* A growable NUL-terminated string in g_arena (old storage is simply
 * abandoned when it grows). */
typedef struct StrBuf {
	char *p;
	size_t len, cap;
} StrBuf;

void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Internal compiler errors: never for the user's mistakes. */
_Noreturn void ice_at(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define ICE(...) ice_at(__FILE__, __LINE__, __VA_ARGS__)
#define ICE_ASSERT(c) \
	((c) ? (void)0 : ice_at(__FILE__, __LINE__, "assertion failed: %s", #c))

/* ------------------------------------------------------------------ */
/* diag.c                                                              */
/* ------------------------------------------------------------------ */

/* The path printed in front of every message, spelled as Go spells it
 * ("./x.go" for a file named x.go in the current folder). */
void diag_set_path(const char *display_path);
const char *diag_path(void);

/* Record an error at pos.  Messages are collected, deduplicated (one
 * syntax error per line, identical messages at one position once) and
 * printed sorted by diag_flush. */
void diag_error(Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "unsupported: WHAT": a construct of Go that goesc does not handle yet. */
void diag_unsupported(Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int diag_count(void);
bool diag_has_syntax_error(void);
/* While pos is set (line != 0), report every error there instead: the
 * checker's errors in a constant spec's inherited values belong to the
 * spec that repeats them, as in types2.  {0,0} ends it. */
void diag_set_override(Pos pos);
/* Print the collected errors to stderr as PATH:LINE:COL: message, sorted
 * by position; after 10 errors print "too many errors" and stop.  Returns
 * the number of errors and clears the list. */
int diag_flush(void);

/* ------------------------------------------------------------------ */
/* The AST                                                             */
/* ------------------------------------------------------------------ */

/* Operators, in one X-macro: enum OP_x and the printed spelling. */
#define OP_LIST(X)                                                       \
	X(NONE, "")                                                      \
	X(ADD, "+")                                                      \
	X(SUB, "-")                                                      \
	X(MUL, "*")                                                      \
	X(DIV, "/")                                                      \
	X(REM, "%")                                                      \
	X(AND, "&")                                                      \
	X(OR, "|")                                                       \
	X(XOR, "^")                                                      \
	X(SHL, "<<")                                                     \
	X(SHR, ">>")                                                     \
	X(ANDNOT, "&^")                                                  \
	X(LAND, "&&")                                                    \
	X(LOR, "||")                                                     \
	X(EQL, "==")                                                     \
	X(NEQ, "!=")                                                     \
	X(LSS, "<")                                                      \
	X(LEQ, "<=")                                                     \
	X(GTR, ">")                                                      \
	X(GEQ, ">=")                                                     \
	X(NOT, "!")                                                      \
	X(ARROW, "<-")                                                   \
	X(TILDE, "~")

typedef enum Op {
#define X(name, str) OP_##name,
	OP_LIST(X)
#undef X
	OP__COUNT
} Op;

extern const char *const op_names[OP__COUNT];

/* Statement-level tokens stored in nodes (assignment kinds, branch kinds,
 * declaration kinds). */
typedef enum Tok {
	TOK_NONE,
	TOK_ASSIGN,      /* =  */
	TOK_DEFINE,      /* := */
	TOK_OPASSIGN,    /* op= ; the operator is in .op */
	TOK_INC,         /* ++ */
	TOK_DEC,         /* -- */
	TOK_BREAK,
	TOK_CONTINUE,
	TOK_GOTO,
	TOK_FALLTHROUGH,
	TOK_VAR,
	TOK_CONST,
	TOK_TYPE,
} Tok;

/* Literal kinds of N_BASICLIT. */
typedef enum LitKind {
	LIT_INT,
	LIT_FLOAT,
	LIT_IMAG,
	LIT_RUNE,
	LIT_STRING,
} LitKind;

/*
 * Node kinds: X(NAME, "description").  The comment after each says which
 * payload fields are valid; `pos` is always valid.
 */
#define NODE_LIST(X)                                                       \
	/* expressions */                                                    \
	X(BAD, "bad expression")           /* placeholder after an error */  \
	X(IDENT, "identifier")             /* ident */                       \
	X(BASICLIT, "literal")             /* lit */                         \
	X(COMPOSITE, "composite literal")  /* composite; pos = '{' */        \
	X(KEYVALUE, "key:value")           /* kv; pos = ':' */               \
	X(FUNCLIT, "func literal")         /* funclit; pos = 'func' */       \
	X(PAREN, "parenthesized expr")     /* paren */                       \
	X(SELECTOR, "selector")            /* sel; pos = '.' */              \
	X(INDEX, "index expression")       /* index; pos = '[' */            \
	X(SLICE, "slice expression")       /* slice; pos = '[' */            \
	X(CALL, "call")                    /* call; pos = '(' */             \
	X(STAR, "star expression")         /* star; deref or pointer type */ \
	X(UNARY, "unary expression")       /* unary; pos = operator */       \
	X(BINARY, "binary expression")     /* binary; pos = operator */      \
	/* type expressions (also usable where an expression may be a type) */ \
	X(ARRAYTYPE, "array type")         /* arraytype; len NULL = [...] */ \
	X(SLICETYPE, "slice type")         /* slicetype */                   \
	X(STRUCTTYPE, "struct type")       /* structtype */                  \
	X(FUNCTYPE, "func type")           /* functype */                    \
	X(ELLIPSIS, "...T")                /* ellipsis; variadic param type */ \
	X(FIELD, "field")                  /* field; struct field or param */ \
	X(INTERFACETYPE, "interface type") /* ifacetype; pos = 'interface' */ \
	X(TYPEASSERT, "type assertion")    /* assert; pos = '.' */           \
	X(CONVIFACE, "implicit interface conversion") /* conv; see below */ \
	/* unsupported constructs, parsed so the checker can name them */     \
	X(UNSUPPORTED, "unsupported")      /* unsup */                       \
	/* statements */                                                     \
	X(EMPTY, "empty statement")                                          \
	X(DECLSTMT, "declaration")         /* declstmt */                    \
	X(LABELED, "labeled statement")    /* labeled; pos = label */        \
	X(EXPRSTMT, "expression statement") /* exprstmt */                   \
	X(INCDEC, "inc/dec")               /* assign (tok INC/DEC, lhs[0]) */ \
	X(ASSIGN, "assignment")            /* assign; pos = operator */      \
	X(RETURN, "return")                /* ret; pos = 'return' */         \
	X(BRANCH, "branch")                /* branch; pos = keyword */       \
	X(BLOCK, "block")                  /* block; pos = '{' */            \
	X(IF, "if")                        /* ifs; pos = 'if' */             \
	X(SWITCH, "switch")                /* sw; pos = 'switch' */          \
	X(CASECLAUSE, "case clause")       /* cc; pos = 'case'/'default' */  \
	X(FOR, "for")                      /* fors; pos = 'for' */           \
	X(RANGE, "for range")              /* range; pos = 'for' */          \
	/* declarations */                                                   \
	X(GENDECL, "declaration group")    /* gendecl; pos = keyword */      \
	X(VALUESPEC, "var/const spec")     /* vspec; pos = first name */     \
	X(TYPESPEC, "type spec")           /* tspec; pos = name */           \
	X(FUNCDECL, "func declaration")    /* funcdecl; pos = name */        \
	X(IMPORT, "import")                /* import; pos = path */          \
	X(FILE, "file")                    /* file */

typedef enum NodeKind {
#define X(name, str) N_##name,
	NODE_LIST(X)
#undef X
	N__COUNT
} NodeKind;

extern const char *const node_kind_names[N__COUNT];

/* What a selector denotes, decided by the checker. */
typedef enum SelKind {
	SEL_NONE,
	SEL_FIELD,      /* x.f: a (possibly promoted) struct field */
	SEL_METHOD,     /* x.m: a method value or the callee of a method call */
	SEL_METHODEXPR, /* T.m or (*T).m: a method expression */
	SEL_IMETHOD,    /* x.m with m a method of an interface: x itself, or
	                   the embedded interface field that path leads to;
	                   a method value or the callee of a CALL_IFACE.
	                   sel.field is m's index in the interface's
	                   imethods, sel.method is NULL */
	SEL_IMETHODEXPR, /* I.m: a method expression of an interface type
	                    (sel.field as for SEL_IMETHOD) */
} SelKind;

/* How a method's receiver is obtained from the selector's operand after
 * following the embedded-field path. */
typedef enum RecvAdjust {
	RECV_SAME,  /* operand already has the receiver's type */
	RECV_ADDR,  /* take its address (pointer method on addressable value) */
	RECV_DEREF, /* dereference it (value method through a pointer) */
} RecvAdjust;

/* One step through an embedded field on the way to a promoted field or
 * method: which field of which struct, and whether the value reached so
 * far is a pointer that must be dereferenced first. */
typedef struct SelStep {
	int field;  /* index into the struct type's fields */
	bool deref; /* the value before this step is a pointer to the struct */
} SelStep;

/* What a call is, decided by the checker. */
typedef enum CallKind {
	CALL_NONE,
	CALL_FUNC,    /* fun is an IDENT naming a declared func (static call) */
	CALL_METHOD,  /* fun is a SELECTOR with sel.kind == SEL_METHOD */
	CALL_IFACE,   /* fun is a SELECTOR with sel.kind == SEL_IMETHOD: a
	                 dynamic call through the interface's method table */
	CALL_VALUE,   /* call of a func value (variable, closure, result...) */
	CALL_CONV,    /* conversion to node->type; args[0] is the operand */
	CALL_BUILTIN, /* builtin; see .builtin */
} CallKind;

/* Builtin functions. */
#define BUILTIN_LIST(X) \
	X(APPEND, "append") \
	X(CAP, "cap")       \
	X(CLEAR, "clear")   \
	X(CLOSE, "close")   \
	X(COMPLEX, "complex") \
	X(COPY, "copy")     \
	X(DELETE, "delete") \
	X(IMAG, "imag")     \
	X(LEN, "len")       \
	X(MAKE, "make")     \
	X(MAX, "max")       \
	X(MIN, "min")       \
	X(NEW, "new")       \
	X(PANIC, "panic")   \
	X(PRINT, "print")   \
	X(PRINTLN, "println") \
	X(REAL, "real")     \
	X(RECOVER, "recover")

typedef enum Builtin {
	BI_NONE,
#define X(name, str) BI_##name,
	BUILTIN_LIST(X)
#undef X
	BI__COUNT
} Builtin;

/* The fields are ordered so that no padding is wasted: a million-line
 * program has millions of nodes (88 bytes each). */
struct Node {
	NodeKind kind;
	Pos pos;       /* go1.19's position for this node (see top) */
	bool is_type;  /* checker: this expression denotes a type */
	bool addressable; /* checker: operand is addressable */
	bool hasparens;   /* parser: this expression was parenthesized
	                     (kept for composite-literal-in-header checks) */
	Type *type;    /* checker: type of an expression, or the type a type
	                  expression denotes (then is_type is set) */
	ConstVal *cval;/* checker: value of a constant expression, already
	                  converted to `type` (never untyped after checking) */
	union {
		struct { /* N_IDENT */
			const char *name; /* interned; "_" is the blank identifier */
			Symbol *sym;      /* checker: what it refers to (or defines) */
			bool defines;     /* checker: this occurrence declares sym
			                     (:= lhs, var/const names, params...) */
		} ident;
		struct { /* N_BASICLIT */
			LitKind kind;
			const char *raw; /* source text of the literal */
			Str str;         /* LIT_STRING: decoded bytes */
			int64_t rune;    /* LIT_RUNE: the code point */
		} lit;
		struct {            /* N_COMPOSITE */
			Node *type;     /* NULL when elided inside another literal */
			NodeList elts;  /* N_KEYVALUE or expressions */
			Pos rbrace;
		} composite;
		struct { /* N_KEYVALUE */
			Node *key, *value;
			int index; /* checker: field index (struct) or element index */
		} kv;
		struct {                /* N_FUNCLIT */
			Node *type;     /* N_FUNCTYPE */
			Node *body;     /* N_BLOCK */
			Func *fn;       /* checker */
		} funclit;
		struct { /* N_PAREN */
			Node *x;
		} paren;
		struct { /* N_SELECTOR */
			Node *x;
			Node *name;      /* N_IDENT (not resolved in any scope) */
			SelStep *path;   /* checker: embedded fields crossed */
			Symbol *method;  /* checker: SEL_METHOD/SEL_METHODEXPR */
			SelKind kind;    /* checker */
			int npath;
			int field;       /* checker: SEL_FIELD: index in the final struct */
			RecvAdjust adjust; /* checker: SEL_METHOD */
			bool deref;      /* checker: SEL_FIELD: final struct reached
			                    through a pointer (auto-dereference) */
		} sel;
		struct { /* N_INDEX */
			Node *x, *index;
		} index;
		struct { /* N_SLICE */
			Node *x, *lo, *hi, *max; /* each may be NULL */
			bool full;               /* x[lo:hi:max] */
		} slice;
		struct {                  /* N_CALL */
			Node *fun;
			NodeList args;
			bool dots;        /* f(xs...) */
			Pos rparen;
			CallKind kind;    /* checker */
			Builtin builtin;  /* checker: CALL_BUILTIN */
			bool spread;      /* checker: f(g()) with g multi-valued */
		} call;
		struct { /* N_STAR */
			Node *x;
		} star;
		struct { /* N_UNARY: + - ! ^ & <- */
			Op op;
			Node *x;
		} unary;
		struct { /* N_BINARY */
			Op op;
			Node *x, *y;
		} binary;
		struct { /* N_ARRAYTYPE */
			Node *len; /* NULL for [...]T */
			Node *elem;
		} arraytype;
		struct { /* N_SLICETYPE */
			Node *elem;
		} slicetype;
		struct { /* N_STRUCTTYPE */
			NodeList fields; /* N_FIELD */
		} structtype;
		struct {                  /* N_FUNCTYPE */
			NodeList params;  /* N_FIELD */
			NodeList results; /* N_FIELD */
		} functype;
		struct { /* N_ELLIPSIS */
			Node *elem;
		} ellipsis;
		struct {                /* N_FIELD */
			NodeList names; /* N_IDENT; empty for embedded fields and
			                   unnamed parameters */
			Node *type;
			bool embedded;
			Str tag;        /* struct tag (ignored) */
		} field;
		struct {                /* N_INTERFACETYPE */
			NodeList elems; /* N_FIELD: a method (names[0] the
			                   method's name, type an N_FUNCTYPE) or
			                   an embedded interface (embedded set,
			                   no names, type the type expression) */
		} ifacetype;
		struct {                /* N_TYPEASSERT */
			Node *x;
			Node *type;     /* the asserted type expression; NULL
			                   for the x.(type) guard of a type
			                   switch (then the switch's tag) */
			bool commaok;   /* checker: v, ok := x.(T) */
		} assert;
		struct {                /* N_CONVIFACE */
			/* Inserted by the checker where a value is implicitly
			 * converted to an interface type (assignment, argument,
			 * return, composite literal element, comparison with an
			 * interface...): node->type is the interface type, x the
			 * operand, pos the operand's position.  Explicit
			 * conversions `I(x)` stay N_CALL with CALL_CONV.  Use
			 * ast_iface_conv() to recognise both. */
			Node *x;
		} conv;
		struct {                  /* N_UNSUPPORTED */
			const char *what; /* e.g. "map types", "goroutines" */
		} unsup;
		struct { /* N_DECLSTMT */
			Node *decl; /* N_GENDECL */
		} declstmt;
		struct { /* N_LABELED */
			Node *label; /* N_IDENT */
			Node *stmt;
		} labeled;
		struct { /* N_EXPRSTMT */
			Node *x;
		} exprstmt;
		struct {                  /* N_ASSIGN, N_INCDEC */
			Tok tok;          /* ASSIGN, DEFINE, OPASSIGN, INC, DEC */
			Op op;            /* OPASSIGN: the operator */
			NodeList lhs, rhs;
		} assign;
		struct { /* N_RETURN */
			NodeList results;
			Func *fn; /* checker: the function returned from */
		} ret;
		struct {                /* N_BRANCH */
			Tok tok;        /* BREAK, CONTINUE, GOTO, FALLTHROUGH */
			Node *label;    /* N_IDENT or NULL */
			Node *target;   /* checker: the FOR/RANGE/SWITCH broken out
			                   of or continued, or the LABELED stmt of a
			                   goto */
		} branch;
		struct { /* N_BLOCK */
			NodeList stmts;
			Pos rbrace;
		} block;
		struct { /* N_IF */
			Node *init, *cond;
			Node *then; /* N_BLOCK */
			Node *els;  /* N_IF, N_BLOCK or NULL */
		} ifs;
		struct {                 /* N_SWITCH */
			Node *init, *tag; /* tag NULL for a tagless switch; an
			                     N_TYPEASSERT with type NULL for a
			                     type switch (see ast_is_typeswitch) */
			Node *bind;       /* type switch: the N_IDENT of
			                     `switch v := x.(type)`, or NULL */
			NodeList clauses; /* N_CASECLAUSE */
			Pos rbrace;
		} sw;
		struct {                /* N_CASECLAUSE */
			NodeList exprs; /* empty for default; in a type switch
			                   type expressions or the nil ident */
			Symbol *bound;  /* checker, type switch with a binding:
			                   this clause's variable (typed as the
			                   clause's single type, else as x) */
			bool is_default;
			NodeList body;
			Pos colon;
		} cc;
		struct {                        /* N_FOR */
			Node *init, *cond, *post; /* each may be NULL */
			Node *body;               /* N_BLOCK */
		} fors;
		struct {                  /* N_RANGE */
			Node *key, *value; /* each may be NULL */
			bool define;       /* := rather than = */
			Node *x;
			Node *body;        /* N_BLOCK */
			Pos assign;        /* position of := or = (or of 'range') */
		} range;
		struct {                /* N_GENDECL */
			Tok tok;        /* VAR, CONST, TYPE */
			NodeList specs; /* N_VALUESPEC or N_TYPESPEC */
			bool grouped;   /* var ( ... ) */
		} gendecl;
		struct {                 /* N_VALUESPEC */
			NodeList names;  /* N_IDENT */
			Node *type;      /* may be NULL */
			NodeList values; /* may be empty */
			int iota;        /* const: index in its group */
			bool implicit;   /* const: values repeated from an earlier
			                    spec (the parser copies the pointers) */
		} vspec;
		struct { /* N_TYPESPEC */
			Node *name; /* N_IDENT */
			Node *type;
			bool alias; /* type A = B */
		} tspec;
		struct {              /* N_FUNCDECL */
			Node *recv;   /* N_FIELD or NULL */
			Node *name;   /* N_IDENT */
			Node *type;   /* N_FUNCTYPE */
			Node *body;   /* N_BLOCK or NULL */
			Func *fn;     /* checker */
		} funcdecl;
		struct { /* N_IMPORT */
			Node *name; /* N_IDENT or NULL */
			Str path;
		} import;
		struct {                  /* N_FILE */
			Node *pkgname;    /* N_IDENT */
			NodeList imports; /* N_IMPORT */
			NodeList decls;   /* N_GENDECL, N_FUNCDECL */
		} file;
	} u;
};

/* ast.c */
Node *ast_new(NodeKind kind, Pos pos);
/* The leftmost source position of n (types2 reports errors there). */
Pos ast_start_pos(const Node *n);
/* Strip parentheses. */
Node *ast_unparen(Node *n);

/* The children of n that hold code, in source order: ast_children calls
 * f(slot, ctx) on each non-NULL child slot (so f may replace the child)
 * and does not recurse; a walker recurses from f, handles the kinds it
 * has something special to do with itself and leaves the rest to
 * ast_children.  A new node kind is added here, in one place.  The
 * conventions:
 *  - expressions and statements are children; names that only declare
 *    or label (selector names, labels, spec names, params, imports) are
 *    not, nor are type expressions in type positions (composite and
 *    func literal types, var types); a type in an expression position
 *    (the callee of a conversion, make's first argument) is a child, but
 *    type nodes themselves have no children: nothing in a type runs.
 *  - N_KEYVALUE: the value only.  A key is a struct field name or a
 *    constant index (there are no map literals yet).
 *  - N_FUNCLIT: its body (not its signature); walkers that treat a
 *    closure as a function of its own stop at N_FUNCLIT themselves.
 *  - N_GENDECL: the specs of var declarations only; const and type
 *    declarations hold no code (constants are folded).  N_VALUESPEC:
 *    the values, not the names or the type.
 *  - N_ASSIGN, N_INCDEC: lhs then rhs (source order, not evaluation
 *    order); N_RANGE: key, value, x, body; N_FOR: init, cond, post, body.
 *  - N_FUNCDECL: the body; N_FILE: the declarations. */
typedef void (*AstChildFn)(Node **slot, void *ctx);
void ast_children(Node *n, AstChildFn f, void *ctx);

/* Print n as Go source text into the arena, for messages.  gc's syntax
 * spelling ("T{...}", "func literal", "struct { x int }") is used by
 * syntax errors and by the escape pass's printer for what it does not
 * spell itself; types2's (syntax.String's short form: "T{…}",
 * "func(x int) {…}", "struct{x int}", "…" below depth 200) by the type
 * checker's messages. */
typedef enum ExprStyle {
	EXPR_STYLE_GC,
	EXPR_STYLE_TYPES2,
} ExprStyle;
const char *ast_expr_string_style(const Node *n, ExprStyle style);
const char *ast_expr_string(const Node *n); /* EXPR_STYLE_GC */
/* Is n `switch [v :=] x.(type)`? */
bool ast_is_typeswitch(const Node *n);
/* If n converts a value of non-interface or other interface type to an
 * interface type (N_CONVIFACE, or an explicit conversion I(x) with I an
 * interface type and x not of identical type), the operand; else NULL. */
Node *ast_iface_conv(const Node *n);
/* -d=ast: dump the tree to stderr. */
void ast_dump(const Node *n);

/* ------------------------------------------------------------------ */
/* lexer.re + parser.y                                                 */
/* ------------------------------------------------------------------ */

/* Parse `len` bytes of source.  Returns the N_FILE node, or NULL when a
 * syntax error was reported (errors are in diag).  Invalid UTF-8 and NUL
 * bytes are reported with their position. */
Node *parse_file(const char *src, size_t len);

/* ------------------------------------------------------------------ */
/* Types (types.c)                                                     */
/* ------------------------------------------------------------------ */

#define TYPE_LIST(X)                                   \
	X(INVALID, "invalid type")                     \
	X(BOOL, "bool")                                \
	X(INT, "int")                                  \
	X(INT8, "int8")                                \
	X(INT16, "int16")                              \
	X(INT32, "int32")                              \
	X(INT64, "int64")                              \
	X(UINT, "uint")                                \
	X(UINT8, "uint8")                              \
	X(UINT16, "uint16")                            \
	X(UINT32, "uint32")                            \
	X(UINT64, "uint64")                            \
	X(UINTPTR, "uintptr")                          \
	X(FLOAT32, "float32")                          \
	X(FLOAT64, "float64")                          \
	X(COMPLEX64, "complex64")                      \
	X(COMPLEX128, "complex128")                    \
	X(STRING, "string")                            \
	X(UNSAFEPTR, "unsafe.Pointer")                 \
	X(UNTYPED_BOOL, "untyped bool")                \
	X(UNTYPED_INT, "untyped int")                  \
	X(UNTYPED_RUNE, "untyped rune")                \
	X(UNTYPED_FLOAT, "untyped float")              \
	X(UNTYPED_STRING, "untyped string")            \
	X(UNTYPED_NIL, "untyped nil")                  \
	X(POINTER, "pointer")                          \
	X(ARRAY, "array")                              \
	X(SLICE, "slice")                              \
	X(STRUCT, "struct")                            \
	X(FUNC, "func")                                \
	X(TUPLE, "tuple")                              \
	X(NAMED, "named")                              \
	X(INTERFACE, "interface")                      \
	X(MAP, "map")

typedef enum TypeKind {
#define X(name, str) TY_##name,
	TYPE_LIST(X)
#undef X
	TY__COUNT
} TypeKind;

typedef struct Field {
	const char *name; /* interned; for embedded fields the type's name */
	Type *type;
	bool embedded;
	int64_t offset;   /* byte offset, set by ty_layout */
	Pos pos;
	Str tag;          /* struct tag (part of type identity) */
} Field;

/* A method of an interface type (declared or embedded). */
typedef struct IMethod {
	const char *name;
	Type *type;     /* TY_FUNC signature */
	Pos pos;
} IMethod;

typedef struct Method {
	const char *name;
	Symbol *func;   /* the method's SYM_FUNC (its Func has recv set) */
	bool ptr_recv;  /* declared on *T */
} Method;

struct Type {
	TypeKind kind;
	int64_t size;  /* bytes; valid once ty_layout(t) ran */
	int64_t align;
	bool laid_out;
	Type *elem;    /* POINTER, ARRAY, SLICE; MAP value */
	Type *key;     /* MAP key */
	int64_t len;   /* ARRAY length */
	Field *fields; /* STRUCT */
	int nfields;
	Type **params; /* FUNC: parameter types (the last is []T when
	                  variadic), without the receiver */
	int nparams;
	Type **results; /* FUNC results; TUPLE elements */
	int nresults;
	bool variadic;  /* FUNC */
	Symbol *obj;    /* NAMED: its SYM_TYPE */
	Type *underlying; /* NAMED: the underlying type; other kinds: itself */
	Method *methods;  /* NAMED: declared methods, in declaration order */
	int nmethods;
	IMethod *imethods; /* INTERFACE: the complete method set, embedded
	                      interfaces' methods included, sorted by name */
	int nimethods;
	bool iface_complete; /* INTERFACE: imethods computed */
	bool constraint;     /* INTERFACE: has type terms (a union, ~T or a
	                        non-interface element): generics only */
	void *cg;       /* code generator's cache (e.g. LLVMTypeRef) */
	void *rt;       /* code generator's runtime type descriptor */
};

/* Predeclared types: types_init() fills them. */
extern Type *ty_basic[TY__COUNT]; /* indexed by basic kind, untyped kinds
                                     included */
void types_init(void);

Type *ty_pointer(Type *elem);
Type *ty_slice(Type *elem);
Type *ty_array(Type *elem, int64_t len);
Type *ty_struct(Field *fields, int nfields);
Type *ty_func(Type **params, int nparams, Type **results, int nresults,
              bool variadic);
Type *ty_tuple(Type **elems, int n);
Type *ty_named(Symbol *obj, Type *underlying);

/* Underlying type (itself for everything but NAMED). */
Type *ty_under(Type *t);
bool ty_identical(Type *a, Type *b);
/* Layout as gc lays out amd64 values: size and alignment of every type,
 * offsets of struct fields (trailing zero-size fields get padding as gc
 * gives them). */
void ty_layout(Type *t);
/* Go's spelling of a type in messages: "int", "[]byte", "*main.T" is
 * spelled "*T" as types2 prints types of package main, "struct{x int}". */
const char *ty_string(Type *t);
/* The other spellings Go uses: gc's in -m messages ("struct { x int }",
 * "func(int) string", no parameter names) and the runtime's, which is
 * gc's with named types qualified ("*main.T"). */
typedef enum TyStyle {
	TY_STYLE_TYPES2, /* ty_string */
	TY_STYLE_GC,
	TY_STYLE_RUNTIME,
} TyStyle;
const char *ty_string_style(Type *t, TyStyle style);
/* Classification. */
bool ty_is_integer(Type *t);
bool ty_is_unsigned(Type *t);
bool ty_is_float(Type *t);
bool ty_is_numeric(Type *t);
bool ty_is_string(Type *t);
bool ty_is_boolean(Type *t);
bool ty_is_untyped(Type *t);
bool ty_has_pointers(Type *t); /* contains pointers the GC must see */
bool ty_comparable(Type *t);  /* == is defined (may still panic at run
                                 time for interfaces) */
bool ty_is_interface(Type *t);
bool ty_is_exported(const char *name);
/* Go's IsDirectIface: values of t are stored in an interface's data word
 * itself (pointer-shaped), not boxed. */
bool ty_is_direct_iface(Type *t);
/* The method `name` of interface type iface and its index in imethods. */
const IMethod *ty_iface_method(Type *iface, const char *name, int *index);
/* The predeclared `any` (an empty interface types2 spells "any"). */
extern Type *ty_any;
/* The default type of an untyped type (untyped int -> int ...). */
Type *ty_default(Type *t);

/* ------------------------------------------------------------------ */
/* Constants (const.c): exact arithmetic on untyped constants          */
/* ------------------------------------------------------------------ */

typedef enum ConstKind {
	CV_BOOL,
	CV_INT,    /* arbitrary-precision integer */
	CV_FLOAT,  /* exact rational, or a float too large for a rational */
	CV_STRING,
} ConstKind;

ConstKind cv_kind(const ConstVal *v);
ConstVal *cv_bool(bool b);
ConstVal *cv_int64(int64_t i);
ConstVal *cv_uint64(uint64_t u);
ConstVal *cv_string(Str s);
/* From a literal's source text (LIT_INT / LIT_FLOAT); NULL if malformed. */
ConstVal *cv_from_literal(LitKind kind, const char *raw);

bool cv_bool_val(const ConstVal *v);
Str cv_string_val(const ConstVal *v);
/* Values for code generation, once the checker made them representable
 * in the node's type. */
int64_t cv_int64_val(const ConstVal *v);   /* two's complement for
                                               unsigned values */
uint64_t cv_uint64_val(const ConstVal *v);
double cv_float64_val(const ConstVal *v);
/* Go's printing of a constant value in messages ("1180591620717411303424",
 * "1.5", "\"s\""). */
const char *cv_string_repr(const ConstVal *v);

/* ------------------------------------------------------------------ */
/* Symbols and functions (checker output)                              */
/* ------------------------------------------------------------------ */

typedef enum SymKind {
	SYM_VAR,
	SYM_CONST,
	SYM_TYPE,
	SYM_FUNC,
	SYM_BUILTIN,
	SYM_NIL,
	SYM_LABEL,
} SymKind;

struct Symbol {
	SymKind kind;
	const char *name; /* interned */
	Pos pos;          /* where declared ({0,0} for universe symbols) */
	Type *type;
	ConstVal *cval;   /* SYM_CONST */
	Builtin builtin;  /* SYM_BUILTIN */
	Node *decl;       /* declaring node: the N_IDENT that defines it, the
	                     N_FUNCDECL of a func, N_TYPESPEC of a type */
	Func *owner;      /* SYM_VAR: function whose local or parameter it is;
	                     NULL for package-level variables */
	Func *func;       /* SYM_FUNC: its Func */
	bool global;      /* package-level var */
	bool param;       /* parameter or receiver */
	bool result;      /* result parameter (named or synthesized ~rN) */
	bool used;        /* checker: referenced (for "declared but not used") */
	int index;        /* params/results: position in the list */
	int id;           /* unique id, in order of creation */
	void *cg;         /* code generator's slot */
	void *esc;        /* escape analysis' location */
};

struct Func {
	Node *decl;        /* N_FUNCDECL or N_FUNCLIT */
	const char *name;  /* as Go names it in -m=2 output: "main", "T.M",
	                      "(*T).M", "main.func1", "main.func1.1" */
	Symbol *sym;       /* SYM_FUNC for declared functions, NULL for
	                      literals */
	Type *type;        /* TY_FUNC signature (no receiver) */
	Symbol *recv;      /* receiver variable, or NULL */
	PtrList params;    /* Symbol*: parameters in order (blank and unnamed
	                      ones get symbols named "_" too) */
	PtrList results;   /* Symbol*: results; unnamed ones are "~r0".. */
	PtrList locals;    /* Symbol*: every variable declared in the body */
	Func *outer;       /* enclosing function of a closure */
	PtrList captures;  /* Symbol*: variables of enclosing functions used
	                      by this closure (or its nested closures), in
	                      order of first use */
	PtrList closures;  /* Func*: closures directly inside this body */
	int nclosures_total; /* numbering of closures for names */
	void *cg;          /* code generator's slot */
	void *esc;         /* escape analysis' slot */
};

/* The result of checking one file. */
typedef struct Package {
	Node *file;     /* N_FILE */
	PtrList funcs;  /* Func*: every declared function and method, in
	                   source order, closures after their parents */
	PtrList globals;/* Symbol*: package-level variables, in
	                   initialization order */
	PtrList inits;  /* Node*: N_VALUESPEC of package-level vars, in
	                   initialization order */
	PtrList types;  /* Type*: named types declared in the file */
	Func *main;     /* func main */
} Package;

/* How a type provides a method of an interface it implements. */
typedef struct MethodImpl {
	Type *type;        /* the method's signature */
	Method *method;    /* a declared (possibly promoted) method, or NULL */
	bool via_iface;    /* the method of an interface: V itself, or an
	                      embedded interface field at the end of path */
	int iface_index;   /* via_iface: index in that interface's imethods */
	SelStep *path;     /* embedded fields crossed */
	int npath;
	bool final_deref;  /* the last struct on the path is reached through
	                      a pointer */
	bool needs_addr;   /* a pointer method reached without a pointer:
	                      only in the method set of *V */
} MethodImpl;
/* check_iface.c: the method `name` of V's method set (V may be an
 * interface); false if there is none.  Used for itabs by codegen. */
bool ck_find_method(Type *V, const char *name, MethodImpl *out);

/* check.c: type-check a parsed file.  Returns NULL after reporting
 * errors through diag. */
Package *check_file(Node *file);

#endif
