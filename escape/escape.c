/*
 * escape.c: goesc's escape analysis, the driver.  It orders the package's
 * functions bottom-up by strongly connected component of the call graph,
 * builds one escape graph per component, solves it, reports, and keeps
 * the decisions for code generation.
 *
 * Design
 * ------
 * Goal: reproduce go1.19's decisions and -m messages exactly, with our
 * own data structures.  Two invariants must hold for the result to be
 * sound:
 *   (1) a heap object never points to a stack object, and
 *   (2) a stack object never outlives its frame: no pointer to it
 *       survives the function return, nor an iteration of the loop it was
 *       declared in when it is reachable from outside that loop.
 *
 * The graph.  A location stands for a storage area: a variable (local,
 * parameter, result), an allocation site (new, &T{...}, slice literal,
 * make, func literal, method value, string concatenation or conversion,
 * the implicit slice of a variadic call, panic's boxed argument), a
 * temporary, and two pseudo-locations: the heap (escapes from the start)
 * and "blank" (values thrown away).  An edge dst <- src with weight d
 * says "dst = (d dereferences of) src":
 *
 *      statement          weight
 *      p = &q               -1
 *      p = q                 0
 *      p = *q, p = q.f(*)   +1     (*) through a pointer; x.f on a value
 *      p = **q              +2         keeps the weight of x
 *
 * The analysis is insensitive to flow, paths, contexts and fields: x.f =
 * y is x = y; a store through any pointer (*p = v, p.f = v, s[i] = v) is
 * a store to the heap.  Values whose type holds no pointers flow to
 * blank, so scalars create no edges.  The builders use holes, an
 * evaluation context "dst with d derefs", shifted by & and *.
 *
 * Batches.  Functions are visited bottom-up by Tarjan's algorithm over
 * references to functions, methods and closures; a closure is never the
 * root of a component, so it joins its enclosing function.  Calls to a
 * function of an earlier batch read that function's parameter tags; calls
 * inside the batch connect arguments and results to the callee's own
 * locations; calls through unknown function values send every argument
 * to the heap.
 *
 * Solving (esc_solve.c).  Each location is walked as a root: a
 * label-correcting search over incoming edges computes the least
 * dereference count from each reachable location to the root (negative
 * when the location's address reaches it; counts are clamped at 0 below
 * an address).  If the root outlives a location whose address reaches
 * it, that location escapes and is walked again as a root.  Outlives:
 * the heap outlives everything; results outlive everything (except for
 * directly called closures); within a function an outer loop outlives an
 * inner one; an enclosing function outlives its closures.  A parameter
 * reached from the heap or a result records a leak (tag: heap or result
 * i, with its least dereference count).
 *
 * Known imprecision (as in gc): no field sensitivity, no flow
 * sensitivity, every store through a pointer escapes, closures called
 * through variables that may change are unknown calls, results of
 * function values are assumed to reach the heap.
 *
 * Cost.  Each location is re-rooted at most twice (it can become
 * escaping and non-transient once each), so there are Theta(L) walks;
 * each walk is O(E) in practice and O(L*E) at worst.  Graph building is
 * linear in the size of the function bodies.
 */
#include "esc_internal.h"

#include <string.h>

enum {
	MAX_STACK_VAR = 10 * 1024 * 1024, /* explicit variables */
	MAX_IMPLICIT_STACK_VAR = 64 * 1024, /* new, &T{}, make, closures */
};

/* ---- walking every node (for the call graph) --------------------------- */

typedef void (*VisitFn)(Node *n, void *ctx);

static void visit_all(Node *n, VisitFn f, void *ctx);

static void visit_list(NodeList *l, VisitFn f, void *ctx)
{
	for (int i = 0; i < l->len; i++)
		visit_all(l->v[i], f, ctx);
}

/* Call f on n and every node below it, except inside func literals. */
static void visit_all(Node *n, VisitFn f, void *ctx)
{
	if (!n)
		return;
	f(n, ctx);
	switch (n->kind) {
	case N_COMPOSITE: visit_list(&n->u.composite.elts, f, ctx); break;
	case N_KEYVALUE: visit_all(n->u.kv.value, f, ctx); break;
	case N_PAREN: visit_all(n->u.paren.x, f, ctx); break;
	case N_SELECTOR: visit_all(n->u.sel.x, f, ctx); break;
	case N_INDEX:
		visit_all(n->u.index.x, f, ctx);
		visit_all(n->u.index.index, f, ctx);
		break;
	case N_SLICE:
		visit_all(n->u.slice.x, f, ctx);
		visit_all(n->u.slice.lo, f, ctx);
		visit_all(n->u.slice.hi, f, ctx);
		visit_all(n->u.slice.max, f, ctx);
		break;
	case N_CALL:
		visit_all(n->u.call.fun, f, ctx);
		visit_list(&n->u.call.args, f, ctx);
		break;
	case N_STAR: visit_all(n->u.star.x, f, ctx); break;
	case N_UNARY: visit_all(n->u.unary.x, f, ctx); break;
	case N_BINARY:
		visit_all(n->u.binary.x, f, ctx);
		visit_all(n->u.binary.y, f, ctx);
		break;
	case N_DECLSTMT: visit_all(n->u.declstmt.decl, f, ctx); break;
	case N_GENDECL:
		if (n->u.gendecl.tok == TOK_VAR)
			visit_list(&n->u.gendecl.specs, f, ctx);
		break;
	case N_VALUESPEC: visit_list(&n->u.vspec.values, f, ctx); break;
	case N_LABELED: visit_all(n->u.labeled.stmt, f, ctx); break;
	case N_EXPRSTMT: visit_all(n->u.exprstmt.x, f, ctx); break;
	case N_INCDEC:
	case N_ASSIGN:
		visit_list(&n->u.assign.lhs, f, ctx);
		visit_list(&n->u.assign.rhs, f, ctx);
		break;
	case N_RETURN: visit_list(&n->u.ret.results, f, ctx); break;
	case N_BLOCK: visit_list(&n->u.block.stmts, f, ctx); break;
	case N_IF:
		visit_all(n->u.ifs.init, f, ctx);
		visit_all(n->u.ifs.cond, f, ctx);
		visit_all(n->u.ifs.then, f, ctx);
		visit_all(n->u.ifs.els, f, ctx);
		break;
	case N_SWITCH:
		visit_all(n->u.sw.init, f, ctx);
		visit_all(n->u.sw.tag, f, ctx);
		visit_list(&n->u.sw.clauses, f, ctx);
		break;
	case N_CASECLAUSE:
		visit_list(&n->u.cc.exprs, f, ctx);
		visit_list(&n->u.cc.body, f, ctx);
		break;
	case N_FOR:
		visit_all(n->u.fors.init, f, ctx);
		visit_all(n->u.fors.cond, f, ctx);
		visit_all(n->u.fors.post, f, ctx);
		visit_all(n->u.fors.body, f, ctx);
		break;
	case N_RANGE:
		visit_all(n->u.range.key, f, ctx);
		visit_all(n->u.range.value, f, ctx);
		visit_all(n->u.range.x, f, ctx);
		visit_all(n->u.range.body, f, ctx);
		break;
	default:
		break;
	}
}

static Node *func_body(Func *fn)
{
	Node *d = fn->decl;
	if (!d)
		return NULL;
	return d->kind == N_FUNCDECL ? d->u.funcdecl.body : d->u.funclit.body;
}

/* ---- batches ------------------------------------------------------------ */

void esc_scan_func(Func *fn); /* esc_stmt.c */

static void init_func(EscState *e, Func *fn)
{
	e->fn = fn;
	e->loopdepth = 1;
	esc_func(fn)->state = FN_PLANNED;
	if (fn->recv && strcmp(fn->recv->name, "_") != 0)
		esc_var_loc(e, fn->recv);
	for (int i = 0; i < fn->params.len; i++) {
		Symbol *s = fn->params.v[i];
		if (strcmp(s->name, "_") != 0)
			esc_var_loc(e, s);
	}
	for (int i = 0; i < fn->results.len; i++) {
		Symbol *s = fn->results.v[i];
		if (strcmp(s->name, "_") != 0)
			esc_var_loc(e, s)->result_index = i + 1;
	}
	for (int i = 0; i < fn->locals.len; i++) {
		Symbol *s = fn->locals.v[i];
		if (s->kind == SYM_VAR && strcmp(s->name, "_") != 0 && !s->esc)
			esc_var_loc(e, s);
	}
}

static bool small_int_const(const Node *n, int64_t *v)
{
	if (!n || !n->cval || cv_kind(n->cval) != CV_INT)
		return false;
	Type *t = n->type ? ty_under(n->type) : NULL;
	if (t && ty_is_unsigned(t)) {
		uint64_t u = cv_uint64_val(n->cval);
		if (u > INT32_MAX)
			return false;
		*v = (int64_t)u;
		return true;
	}
	int64_t x = cv_int64_val(n->cval);
	if (x < INT32_MIN || x > INT32_MAX)
		return false;
	*v = x;
	return true;
}

/* gc's HeapAllocReason: allocations that are on the heap whatever flows. */
static bool must_heap(EscLoc *l)
{
	if (l->kind == LOC_VAR) {
		Symbol *s = l->sym;
		if (s->param || s->result)
			return false;
		ty_layout(s->type);
		return s->type->size > MAX_STACK_VAR;
	}
	if (l->kind != LOC_ALLOC || !l->n)
		return false;
	const Node *n = l->n;
	Type *t = n->type;
	if (l->akind == ALLOC_OTHER && t && n->kind != N_CALL) {
		ty_layout(t);
		if (t->size > MAX_STACK_VAR)
			return true;
	}
	switch (l->akind) {
	case ALLOC_NEW: {
		Type *u = t ? ty_under(t) : NULL;
		if (u && u->kind == TY_POINTER && u->elem) {
			ty_layout(u->elem);
			return u->elem->size > MAX_IMPLICIT_STACK_VAR;
		}
		return false;
	}
	case ALLOC_MAKE: {
		const NodeList *a = &n->u.call.args;
		const Node *r = a->len > 2 ? a->v[2] : a->len > 1 ? a->v[1] : NULL;
		int64_t v;
		if (!small_int_const(r, &v))
			return true;
		Type *u = t ? ty_under(t) : NULL;
		if (u && u->kind == TY_SLICE && u->elem) {
			ty_layout(u->elem);
			int64_t es = u->elem->size;
			if (es != 0 && v > MAX_IMPLICIT_STACK_VAR / es)
				return true;
		}
		return false;
	}
	case ALLOC_CLOSURE:
		return l->akind_size > MAX_IMPLICIT_STACK_VAR;
	default:
		return false;
	}
}

static void run_batch(Func **fns, int n, int mlevel)
{
	EscBatch *b = arena_alloc(esc_arena, sizeof *b);
	b->mlevel = mlevel;
	b->heap.kind = LOC_HEAP;
	b->heap.escapes = true;
	b->blank.kind = LOC_BLANK;
	EscState e = {.b = b};
	for (int i = 0; i < n; i++) {
		pl_push(&b->fns, fns[i]);
		init_func(&e, fns[i]);
	}
	for (int i = 0; i < n; i++)
		esc_scan_func(fns[i]);
	for (int i = 0; i < n; i++) {
		if (fns[i]->outer)
			continue; /* walked where it is written */
		EscState st = {.b = b};
		esc_walk_func(&st, fns[i]);
	}
	esc_flow_closures(b);
	for (int i = 0; i < b->locs.len; i++) {
		EscLoc *l = b->locs.v[i];
		if (must_heap(l)) {
			EscState st = {.b = b, .fn = l->fn, .loopdepth = 1};
			esc_flow(&st, esc_addr(esc_heap_hole(&st)), l);
		}
	}
	esc_solve(b);
	esc_report(b);
	esc_flush_msgs(b);
}

/* ---- Tarjan's SCC over references to functions -------------------------- */

typedef struct Scc {
	unsigned gen;
	PtrList stack;
	int mlevel;
} Scc;

static unsigned scc_visit(Scc *v, Func *fn);

typedef struct VisitCtx {
	Scc *v;
	unsigned min;
} VisitCtx;

static void scc_ref(VisitCtx *c, Func *callee)
{
	if (!callee)
		return;
	unsigned m = scc_visit(c->v, callee);
	if (m < c->min)
		c->min = m;
}

static void scc_node(Node *n, void *ctx)
{
	VisitCtx *c = ctx;
	switch (n->kind) {
	case N_IDENT:
		if (n->u.ident.sym && n->u.ident.sym->kind == SYM_FUNC)
			scc_ref(c, n->u.ident.sym->func);
		break;
	case N_SELECTOR:
		if ((n->u.sel.kind == SEL_METHOD || n->u.sel.kind == SEL_METHODEXPR) &&
		    n->u.sel.method)
			scc_ref(c, n->u.sel.method->func);
		break;
	case N_FUNCLIT:
		scc_ref(c, n->u.funclit.fn);
		break;
	default:
		break;
	}
}

static unsigned scc_visit(Scc *v, Func *fn)
{
	EscFunc *ef = esc_func(fn);
	if (ef->scc_id)
		return ef->scc_id;
	if (!func_body(fn))
		return ~0u;
	unsigned id = ++v->gen;
	ef->scc_id = id;
	unsigned min = ++v->gen;
	pl_push(&v->stack, fn);
	VisitCtx c = {v, min};
	visit_all(func_body(fn), scc_node, &c);
	min = c.min;
	if ((min == id || min == id + 1) && !fn->outer) {
		int i = v->stack.len - 1;
		for (; i >= 0; i--) {
			Func *x = v->stack.v[i];
			esc_func(x)->scc_id = ~0u;
			if (x == fn)
				break;
		}
		int n = v->stack.len - i;
		Func **block = arena_alloc(esc_arena, (size_t)n * sizeof *block);
		memcpy(block, v->stack.v + i, (size_t)n * sizeof *block);
		v->stack.len = i;
		run_batch(block, n, v->mlevel);
	}
	return min;
}

void esc_analyze(Package *pkg, const EscOptions *opts)
{
	if (!esc_arena)
		esc_arena = arena_new();
	Scc v = {.mlevel = opts ? opts->m : 0};
	for (int i = 0; i < pkg->funcs.len; i++) {
		Func *fn = pkg->funcs.v[i];
		if (fn->outer || !fn->decl || fn->decl->kind != N_FUNCDECL)
			continue;
		scc_visit(&v, fn);
	}
}

/* ---- decisions for code generation ----------------------------------------- */

bool esc_sym_on_heap(const Symbol *s)
{
	if (s->global)
		return false;
	EscLoc *l = esc_sym_loc(s);
	return !l || (l->kind == LOC_VAR && l->escapes);
}

bool esc_node_on_heap(const Node *n)
{
	EscLoc *l = esc_node_get(n);
	return !l || l->escapes;
}

bool esc_capture_by_ref(const Func *closure, const Symbol *s)
{
	(void)closure;
	EscLoc *l = esc_sym_loc(s);
	return !l || !l->byval;
}

bool esc_site_describe(const Node *n, Pos *pos, const char **text)
{
	EscLoc *l = esc_node_get(n);
	if (!l || l->kind != LOC_ALLOC)
		return false;
	*pos = l->pos;
	*text = l->text;
	return true;
}
