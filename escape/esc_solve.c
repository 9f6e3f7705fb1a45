/*
 * esc_solve.c: the solver.  Every location is walked once as a root
 * (LIFO work stack, the heap first), and again whenever it newly
 * escapes or stops being transient.  A walk computes, for each location
 * that reaches the root, the least number of dereferences along any
 * path (a label-correcting search; address-of edges may make counts
 * negative, clamped at 0 once a location's address has been seen).  When
 * the root outlives a location whose address reaches it, that location
 * escapes; when a parameter's value reaches a root that outlives it, the
 * parameter's leak summary records it.
 */
#include "esc_internal.h"

#include <string.h>

static bool has_closure_prefix(const char *outer, const char *inner)
{
	size_t lo = strlen(outer), li = strlen(inner);
	return li > lo && strncmp(outer, inner, lo) == 0 && inner[lo] == '.';
}

/* c is a closure nested (at any depth) inside f. */
static bool contains_closure(Func *f, Func *c)
{
	if (!f || !c || f == c || c->decl->kind != N_FUNCLIT)
		return false;
	for (Func *o = c->outer; o; o = o->outer)
		if (o == f)
			return true;
	/* gc compares names ("f.func1" lies in f); for closures nested in
	 * functions the chain above says the same, but package-level
	 * literals ("glob..func1") keep gc's rule */
	return !c->outer && has_closure_prefix(f->name, c->name);
}

/* Whether l lives longer than other (so other's address must not be
 * stored in l). */
static bool outlives(EscLoc *l, EscLoc *other)
{
	if (l->escapes)
		return true;
	if (l->kind == LOC_VAR && l->sym && l->sym->result) {
		/* a directly called closure's results stay in its caller */
		if (contains_closure(other->fn, l->fn) && esc_func(l->fn)->closure_called)
			return false;
		return true;
	}
	if (l->fn == other->fn && l->loopdepth < other->loopdepth)
		return true;
	if (contains_closure(l->fn, other->fn))
		return true;
	return false;
}

static void leak_add(uint8_t *leaks, int i, int derefs)
{
	int old = esc_leak_get(leaks, i);
	if (old < 0 || derefs < old) {
		int v = derefs + 1;
		leaks[i] = (uint8_t)(v > 255 ? 255 : v);
	}
}

/* Parameter l's value reaches sink with derefs dereferences. */
static void leak_to(EscLoc *l, EscLoc *sink, int derefs)
{
	if (!sink->escapes && sink->kind == LOC_VAR && sink->sym && sink->sym->result &&
	    sink->fn == l->fn) {
		int ri = sink->result_index - 1;
		if (ri >= 0 && ri < ESC_NRESULTS) {
			leak_add(l->leaks, 1 + ri, derefs);
			return;
		}
	}
	leak_add(l->leaks, 0, derefs);
}

typedef struct Stack {
	EscLoc **v;
	int len, cap;
} Stack;

static void push(Stack *s, EscLoc *l)
{
	if (s->len == s->cap) {
		int nc = s->cap ? s->cap * 2 : 64;
		EscLoc **nv = arena_alloc(esc_arena, (size_t)nc * sizeof *nv);
		if (s->len)
			memcpy(nv, s->v, (size_t)s->len * sizeof *nv);
		s->v = nv;
		s->cap = nc;
	}
	s->v[s->len++] = l;
}

static void enqueue(Stack *todo, EscLoc *l)
{
	if (!l->queued) {
		push(todo, l);
		l->queued = true;
	}
}

/* -m=2 / -json: parameter l's value reaches root. */
static void explain_leak(EscBatch *b, EscLoc *root, EscLoc *l, int derefs)
{
	const char *msg = arena_sprintf(esc_arena, "parameter %s leaks to %s with derefs=%d",
	                                l->sym->name, esc_loc_name(b, root), derefs);
	if (b->mlevel >= 2)
		esc_msg(b, l->sym->pos, "%s:", msg);
	PtrList log = {0};
	esc_explain_path(b, root, l, &log);
	if (esc_json_on)
		esc_log(l->sym->pos, "leak", msg, &log);
}

/* -m=2 / -json: l's address reaches root, which outlives it. */
static void explain_escape(EscBatch *b, EscLoc *root, EscLoc *l)
{
	const char *msg = arena_sprintf(esc_arena, "%s escapes to heap", esc_loc_string(l));
	if (b->mlevel >= 2)
		esc_msg(b, esc_loc_pos(l), "%s:", msg);
	PtrList log = {0};
	esc_explain_path(b, root, l, &log);
	if (esc_json_on)
		esc_log(esc_loc_pos(l), "escape", msg, &log);
}

static void walk_one(EscBatch *b, EscLoc *root, unsigned gen, Stack *todo, Stack *work)
{
	root->walkgen = gen;
	root->derefs = 0;
	root->dst = NULL;
	work->len = 0;
	push(work, root);
	while (work->len) {
		EscLoc *l = work->v[--work->len];
		int derefs = l->derefs;
		bool address_of = derefs < 0;
		if (address_of) {
			/* root = &l; l = x: x's address does not reach root */
			derefs = 0;
			if (!root->transient && l->transient) {
				l->transient = false;
				enqueue(todo, l);
			}
		}
		if (outlives(root, l)) {
			if (l->is_param) {
				if (b->explain && !l->escapes)
					explain_leak(b, root, l, derefs);
				leak_to(l, root, derefs);
			}
			if (address_of && !l->escapes) {
				if (b->explain)
					explain_escape(b, root, l);
				l->escapes = true;
				enqueue(todo, l);
				continue;
			}
		}
		for (int i = 0; i < l->nedges; i++) {
			EscEdge *ed = &l->edges[i];
			if (ed->src->escapes)
				continue;
			int d = derefs + ed->derefs;
			if (ed->src->walkgen != gen || ed->src->derefs > d) {
				ed->src->walkgen = gen;
				ed->src->derefs = d;
				ed->src->dst = l;
				ed->src->dst_edge = i;
				push(work, ed->src);
			}
		}
	}
}

void esc_solve(EscBatch *b)
{
	static unsigned walkgen;
	Stack todo = {0}, work = {0};
	for (int i = 0; i < b->locs.len; i++)
		enqueue(&todo, b->locs.v[i]);
	enqueue(&todo, &b->heap);
	while (todo.len) {
		EscLoc *root = todo.v[--todo.len];
		root->queued = false;
		walk_one(b, root, ++walkgen, &todo, &work);
	}
}
