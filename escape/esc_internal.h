/*
 * esc_internal.h: the data structures shared by the files of the escape
 * pass (graph, builders, solver, reports).  Nothing outside escape/
 * includes it; the public interface is escape.h.
 *
 *   escape.c      design comment, driver, SCC batches, decision queries
 *   esc_graph.c   locations, holes, flows, the node -> location table
 *   esc_expr.c    expressions and calls -> flows
 *   esc_stmt.c    statements, assignments, closures -> flows
 *   esc_solve.c   walks, outlives, parameter leaks
 *   esc_report.c  -m messages and go1.19's expression printing
 */
#ifndef GOESC_ESC_INTERNAL_H
#define GOESC_ESC_INTERNAL_H

#include "escape.h"

#include <stdint.h>

/* Tags: index 0 is the heap, 1..ESC_NRESULTS the results; each byte holds
 * derefs+1 (0 = no flow), saturated at 255. */
enum { ESC_NRESULTS = 7, ESC_NTAG = 1 + ESC_NRESULTS };

typedef struct EscLoc EscLoc;

/* One incoming edge: dst = src with `derefs` dereferences (-1 = &src). */
typedef struct EscEdge {
	EscLoc *src;
	int derefs;
} EscEdge;

/* Kinds of locations (what the message for it looks like). */
typedef enum EscLocKind {
	LOC_VAR,   /* a variable, parameter or result (sym) */
	LOC_ALLOC, /* an allocation site (node; text and pos for messages) */
	LOC_TEMP,  /* a temporary: no message */
	LOC_HEAP,  /* the heap pseudo-location */
	LOC_BLANK, /* the discard pseudo-location */
} EscLocKind;

/* Allocation-site kinds; they decide the size rules. */
typedef enum EscAllocKind {
	ALLOC_OTHER,
	ALLOC_NEW,     /* new(T), &T{...}: implicit, size of T */
	ALLOC_MAKE,    /* make([]T, n[, c]) */
	ALLOC_CLOSURE, /* func literal: size of the closure record */
	ALLOC_METHVAL, /* method value: receiver plus code pointer */
} EscAllocKind;

struct EscLoc {
	EscLocKind kind;
	EscAllocKind akind;
	Symbol *sym;        /* LOC_VAR */
	const Node *n;      /* LOC_ALLOC: the node the decision is keyed on */
	Pos pos;            /* LOC_ALLOC: where its message goes */
	const char *text;   /* LOC_ALLOC: how its message names it */
	Func *fn;           /* owning function (NULL for heap and blank) */
	EscEdge *edges;     /* incoming edges */
	int nedges, capedges;
	int loopdepth;      /* loop nesting where declared (1 = body) */
	int result_index;   /* 1-based for result parameters, else 0 */
	int derefs;         /* walk scratch: best dereference count */
	unsigned walkgen;   /* walk scratch: which walk set derefs */
	uint8_t leaks[ESC_NTAG]; /* parameters: the leak summary (tag) */
	bool is_param;      /* parameter or receiver */
	bool queued;        /* on the solver's work stack */
	bool escapes;       /* must live on the heap */
	bool transient;     /* allocation whose address never persists */
	bool addrtaken;     /* its address flowed somewhere */
	bool captured;      /* captured by some closure */
	bool reassigned;    /* assigned after its definition */
	bool byval;         /* captured variable: copied into closures */
	Node *static_rhs;   /* local var: the value of its only definition */
	bool static_bad;    /* local var: reassigned or address-taken */
	int64_t akind_size; /* ALLOC_MAKE: constant size, -1 if none;
	                       ALLOC_CLOSURE/METHVAL: record size */
};

/* An evaluation context: "dst = <derefs> of the value". */
typedef struct EscHole {
	EscLoc *dst;
	int derefs;
	bool addrtaken; /* the last shift was an address-of */
} EscHole;

/* Per-function state, in Func.esc. */
typedef enum EscFuncState {
	FN_UNKNOWN,
	FN_PLANNED, /* in the current batch */
	FN_TAGGED,  /* analysed; its parameters' leaks are final */
} EscFuncState;

typedef struct EscFunc {
	EscFuncState state;
	bool closure_called; /* closure called directly where written */
	unsigned scc_id;     /* Tarjan numbering (0 = unvisited) */
	PtrList labels;      /* walk scratch: labels seen (Symbol* of LABELED
	                        nodes' idents) */
	PtrList looping;     /* labels that are targets of backward gotos */
} EscFunc;

/* A closure seen while walking, whose captures are wired at the end. */
typedef struct EscClosure {
	EscHole k;
	Func *fn;
} EscClosure;

/* One batch: a strongly connected group of functions with their
 * closures, analysed as one graph. */
typedef struct EscBatch {
	Arena *arena;
	int mlevel;
	EscLoc heap, blank;
	PtrList locs;     /* EscLoc*: every location, in creation order */
	PtrList fns;      /* Func*: the batch */
	EscClosure *closures;
	int nclosures, capclosures;
	PtrList msgs;     /* char*: messages in emission order */
	PtrList msgpos;   /* Pos* for msgs */
} EscBatch;

/* The walking state of one function body. */
typedef struct EscState {
	EscBatch *b;
	Func *fn;
	int loopdepth;
} EscState;

/* esc_graph.c */
extern Arena *esc_arena;
EscLoc *esc_new_loc(EscState *e, EscLocKind kind);
EscLoc *esc_var_loc(EscState *e, Symbol *s);
EscLoc *esc_sym_loc(const Symbol *s); /* NULL if none */
void esc_node_set(const Node *n, EscLoc *l);
EscLoc *esc_node_get(const Node *n);
EscHole esc_hole(EscLoc *l);
EscHole esc_heap_hole(EscState *e);
EscHole esc_discard(EscState *e);
EscHole esc_shift(EscHole k, int d);
EscHole esc_addr(EscHole k);
EscHole esc_deref(EscHole k);
void esc_flow(EscState *e, EscHole k, EscLoc *src);
EscHole esc_spill(EscState *e, EscHole k, const Node *n, Pos pos, const char *text, EscAllocKind ak);
EscHole esc_tee(EscState *e, EscHole *ks, int n);
EscFunc *esc_func(Func *f);

/* esc_expr.c */
void esc_expr(EscState *e, EscHole k, Node *n);
void esc_discard_expr(EscState *e, Node *n);
/* ks: holes for the results (NULL: a call statement). */
void esc_call(EscState *e, EscHole *ks, int nks, Node *call);
EscHole esc_addr_of(EscState *e, Node *n); /* where a store to n goes */
Func *esc_static_callee(Node *fun, bool *method_expr);

/* esc_stmt.c */
void esc_walk_func(EscState *e, Func *fn);
void esc_block(EscState *e, Node *blk);
void esc_stmts(EscState *e, NodeList *l);
void esc_flow_closures(EscBatch *b);
void esc_note_capture(EscState *e, Func *clo);

/* esc_solve.c */
void esc_solve(EscBatch *b);
int esc_leak_get(const uint8_t *leaks, int i);

/* esc_report.c */
void esc_msg(EscBatch *b, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void esc_report(EscBatch *b);
const char *esc_type_string(Type *t);
const char *esc_expr_string(const Node *n);
void esc_flush_msgs(EscBatch *b);

#endif
