/*
 * escape.h: the interface of goesc's escape analysis.
 *
 * esc_analyze runs after the type checker and before code generation.  It
 * decides, as go1.19's gc does, which variables and allocation sites must
 * live on the heap, how closures capture their free variables, and prints
 * go1.19's -m diagnostics when asked to.  The queries below read the
 * decisions afterwards; they are valid until the program exits.
 */
#ifndef GOESC_ESCAPE_H
#define GOESC_ESCAPE_H

#include "../frontend/frontend.h"

typedef struct EscOptions {
	int m;          /* -m level: 0 none, 1 decisions, 2 flow explanations */
	const char *json_dir; /* -json=DIR: LSP diagnostics as go1.19's
	                         -json=0,DIR writes them (NULL: none) */
	const char *version;  /* the compiler version -json records */
	const char *src;      /* the source text (for positions the AST
	                         does not keep); may be NULL */
	size_t src_len;
	const char *dot_func; /* -dot=FUNC: print FUNC's escape graph as
	                         Graphviz on stdout (NULL: none) */
} EscOptions;

/* Analyse pkg.  Messages go to stderr, prefixed with diag_path(). */
void esc_analyze(Package *pkg, const EscOptions *opts);

/* Whether -dot=FUNC found a function of that name and printed it. */
bool esc_dot_found(void);

/* A local variable, parameter or result that must be heap-allocated
 * ("moved to heap").  False for globals; true for a local the pass did
 * not analyse, so that code generation stays safe where it has no
 * decision. */
bool esc_sym_on_heap(const Symbol *s);

/* An allocation site that must be heap-allocated.  Sites are keyed by
 * these nodes: new(T) and make(...) calls (N_CALL), &T{...} (the N_UNARY
 * '&', also the one the checker inserts for elided &T in literals), slice
 * literals (N_COMPOSITE), func literals (N_FUNCLIT), method values
 * (N_SELECTOR), string concatenations (the outermost N_BINARY '+'),
 * string<->[]byte/[]rune and integer->string conversions (N_CALL), the
 * implicit slice of a variadic call (the N_CALL), panic's boxed
 * argument (the argument node), and the box of an interface conversion
 * whose operand is neither an interface nor pointer-shaped (the
 * N_CONVIFACE node, or the N_CALL of an explicit I(x)).  Unknown nodes
 * answer true. */
bool esc_node_on_heap(const Node *n);

/* A variable captured by closure: true when closures hold its address
 * (by reference), false when they hold a copy (by value). */
bool esc_capture_by_ref(const Func *closure, const Symbol *s);

/* Where -m reports allocation site n and how it names it ("&T{...}",
 * "make([]int, 10)"); false when n is no allocation site the pass saw. */
bool esc_site_describe(const Node *n, Pos *pos, const char **text);

#endif
