/*
 * esc_graph.c: the pieces of the escape graph.  Locations (one per
 * variable or allocation site, plus the heap and discard pseudo-
 * locations), holes (an evaluation context "dst = *..*value" as the
 * builders push values into it), and flow(), which turns a hole and a
 * source location into an edge.  Also the table that maps allocation-site
 * nodes to their locations, so code generation can ask for decisions
 * after the pass.
 */
#include "esc_internal.h"

#include <string.h>

Arena *esc_arena;

EscFunc *esc_func(Func *f)
{
	if (!f->esc)
		f->esc = arena_alloc(esc_arena, sizeof(EscFunc));
	return f->esc;
}

EscLoc *esc_new_loc(EscState *e, EscLocKind kind)
{
	EscLoc *l = arena_alloc(esc_arena, sizeof *l);
	l->kind = kind;
	l->fn = e->fn;
	l->loopdepth = e->loopdepth;
	l->akind_size = -1;
	pl_push(&e->b->locs, l);
	return l;
}

/* The location of a variable of the function being initialised. */
EscLoc *esc_var_loc(EscState *e, Symbol *s)
{
	EscLoc *l = esc_new_loc(e, LOC_VAR);
	l->sym = s;
	l->is_param = s->param;
	s->esc = l;
	return l;
}

EscLoc *esc_sym_loc(const Symbol *s)
{
	return s ? s->esc : NULL;
}

/* ---- node -> location: open addressing on the node pointer ---------- */

static struct {
	const Node **keys;
	EscLoc **vals;
	size_t cap, len;
} ntab;

static size_t hash_ptr(const void *p)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9E3779B97F4A7C15ull;
	return (size_t)(x ^ (x >> 29));
}

static void ntab_grow(void)
{
	size_t ncap = ntab.cap ? ntab.cap * 2 : 256;
	const Node **nk = arena_alloc(esc_arena, ncap * sizeof *nk);
	EscLoc **nv = arena_alloc(esc_arena, ncap * sizeof *nv);
	for (size_t i = 0; i < ntab.cap; i++) {
		if (!ntab.keys[i])
			continue;
		size_t h = hash_ptr(ntab.keys[i]) & (ncap - 1);
		while (nk[h])
			h = (h + 1) & (ncap - 1);
		nk[h] = ntab.keys[i];
		nv[h] = ntab.vals[i];
	}
	ntab.keys = nk;
	ntab.vals = nv;
	ntab.cap = ncap;
}

void esc_node_set(const Node *n, EscLoc *l)
{
	if ((ntab.len + 1) * 2 > ntab.cap)
		ntab_grow();
	size_t h = hash_ptr(n) & (ntab.cap - 1);
	while (ntab.keys[h] && ntab.keys[h] != n)
		h = (h + 1) & (ntab.cap - 1);
	if (!ntab.keys[h])
		ntab.len++;
	ntab.keys[h] = n;
	ntab.vals[h] = l;
}

EscLoc *esc_node_get(const Node *n)
{
	if (!ntab.cap || !n)
		return NULL;
	size_t h = hash_ptr(n) & (ntab.cap - 1);
	while (ntab.keys[h]) {
		if (ntab.keys[h] == n)
			return ntab.vals[h];
		h = (h + 1) & (ntab.cap - 1);
	}
	return NULL;
}

/* ---- implicit conversion -> where gc puts it ------------------------- */

/* gc makes an implicit interface conversion wherever its irgen's current
 * position is at that moment (see esc_conv_positions); the statement
 * builders record it here before they evaluate the operands. */
static struct {
	const Node **keys;
	Pos *vals;
	size_t cap, len;
} ctab;

void esc_conv_pos_set(const Node *n, Pos p)
{
	if ((ctab.len + 1) * 2 > ctab.cap) {
		size_t ncap = ctab.cap ? ctab.cap * 2 : 64;
		const Node **nk = arena_alloc(esc_arena, ncap * sizeof *nk);
		Pos *nv = arena_alloc(esc_arena, ncap * sizeof *nv);
		for (size_t i = 0; i < ctab.cap; i++) {
			if (!ctab.keys[i])
				continue;
			size_t h = hash_ptr(ctab.keys[i]) & (ncap - 1);
			while (nk[h])
				h = (h + 1) & (ncap - 1);
			nk[h] = ctab.keys[i];
			nv[h] = ctab.vals[i];
		}
		ctab.keys = nk;
		ctab.vals = nv;
		ctab.cap = ncap;
	}
	size_t h = hash_ptr(n) & (ctab.cap - 1);
	while (ctab.keys[h] && ctab.keys[h] != n)
		h = (h + 1) & (ctab.cap - 1);
	if (!ctab.keys[h])
		ctab.len++;
	ctab.keys[h] = n;
	ctab.vals[h] = p;
}

Pos esc_conv_pos(const Node *n)
{
	if (ctab.cap) {
		size_t h = hash_ptr(n) & (ctab.cap - 1);
		while (ctab.keys[h]) {
			if (ctab.keys[h] == n)
				return ctab.vals[h];
			h = (h + 1) & (ctab.cap - 1);
		}
	}
	return n->pos; /* the operand's own position */
}

/* ---- holes ------------------------------------------------------------ */

EscHole esc_hole(EscLoc *l)
{
	return (EscHole){.dst = l};
}

EscHole esc_heap_hole(EscState *e)
{
	return esc_hole(&e->b->heap);
}

EscHole esc_discard(EscState *e)
{
	return esc_hole(&e->b->blank);
}

/* Add d dereferences; an address-of of an address cannot happen in Go. */
EscHole esc_shift(EscHole k, int d)
{
	k.derefs += d;
	if (k.derefs < -1)
		ICE("escape: dereference count below -1");
	k.addrtaken = d < 0;
	return k;
}

EscHole esc_addr(EscHole k)
{
	return esc_shift(k, -1);
}

EscHole esc_deref(EscHole k)
{
	return esc_shift(k, 1);
}

/* src's address flows into a location that already escapes: src
 * escapes at once, and -m=2 says why right away, as gc does. */
static void explain_now(EscBatch *b, EscHole k, EscLoc *src)
{
	Pos pos = esc_loc_pos(src);
	const char *msg = arena_sprintf(esc_arena, "%s escapes to heap", esc_loc_string(src));
	if (b->mlevel >= 2)
		esc_msg(b, pos, "%s:", msg);
	PtrList log = {0};
	esc_explain_flow(b, pos, k.dst, src, k.derefs, k.notes, &log);
	if (esc_json_on)
		esc_log(pos, "escapes", msg, &log);
}

/* A note on k: where the flow comes from and why (only when explaining). */
EscHole esc_note_text(EscState *e, EscHole k, const char *where, Pos pos, const char *why)
{
	if (!e->b->explain)
		return k;
	EscNote *n = arena_alloc(esc_arena, sizeof *n);
	n->next = k.notes;
	n->where = where;
	n->pos = pos;
	n->why = why;
	k.notes = n;
	return k;
}

EscHole esc_note(EscState *e, EscHole k, const Node *where, const char *why)
{
	if (!e->b->explain || !where)
		return k;
	k = esc_note_text(e, k, NULL, esc_where_pos(where), why);
	k.notes->node = where;
	return k;
}

/* Record "k.dst = <k.derefs> src". */
void esc_flow(EscState *e, EscHole k, EscLoc *src)
{
	if (k.addrtaken)
		src->addrtaken = true;
	EscLoc *dst = k.dst;
	if (dst == &e->b->blank)
		return;
	if (dst == src && k.derefs >= 0)
		return;
	if (dst->escapes && k.derefs < 0) {
		if (e->b->explain)
			explain_now(e->b, k, src);
		src->escapes = true;
		return;
	}
	if (dst->nedges == dst->capedges) {
		int ncap = dst->capedges ? dst->capedges * 2 : 4;
		EscEdge *ne = arena_alloc(esc_arena, (size_t)ncap * sizeof *ne);
		if (dst->nedges)
			memcpy(ne, dst->edges, (size_t)dst->nedges * sizeof *ne);
		dst->edges = ne;
		dst->capedges = ncap;
	}
	dst->edges[dst->nedges++] = (EscEdge){src, k.derefs, k.notes};
}

/* A new allocation at n: its address flows into k; returns the hole for
 * its contents. */
EscHole esc_spill(EscState *e, EscHole k, const Node *n, Pos pos, const char *text,
                  EscAllocKind ak)
{
	EscLoc *l = esc_new_loc(e, LOC_ALLOC);
	l->n = n;
	l->pos = pos;
	l->text = text;
	l->akind = ak;
	l->transient = true;
	if (n)
		esc_node_set(n, l);
	esc_flow(e, esc_note_text(e, esc_addr(k), text, pos, "spill"), l);
	return esc_hole(l);
}

/* A hole feeding every k in ks (each without address-of). */
EscHole esc_tee(EscState *e, EscHole *ks, int n)
{
	if (n == 0)
		return esc_discard(e);
	if (n == 1)
		return ks[0];
	EscLoc *l = esc_new_loc(e, LOC_TEMP);
	l->transient = true;
	for (int i = 0; i < n; i++) {
		ICE_ASSERT(ks[i].derefs >= 0);
		esc_flow(e, ks[i], l);
	}
	return esc_hole(l);
}
