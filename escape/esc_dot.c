/*
 * esc_dot.c: -dot=FUNC, the escape graph of one function as Graphviz.
 *
 * After a batch is solved, the locations that belong to FUNC (and to the
 * closures written inside it, each in a cluster of its own) are printed
 * with every edge between them, plus the locations of other functions
 * and the heap and blank pseudo-locations they are connected to.  An
 * edge runs from the source of a flow to its destination and is
 * labelled with its weight: the dereference count, -1 for an address
 * (&), 0 for a copy, n for n dereferences (*).  Locations that must live
 * on the heap are filled red; parameters show their leak tags.  The
 * graph goes to stdout, for `goesc build -dot=F x.go | dot -Tsvg`.
 */
#include "esc_internal.h"

#include <stdio.h>
#include <string.h>

static const char *dot_func; /* -dot=FUNC, or NULL */
static bool dot_done;

void esc_dot_set(const char *func)
{
	dot_func = func;
	dot_done = false;
}

bool esc_dot_found(void)
{
	return dot_done;
}

/* fn is FUNC or a closure written inside it. */
static bool in_target(const Func *fn)
{
	for (; fn; fn = fn->outer)
		if (strcmp(fn->name, dot_func) == 0)
			return true;
	return false;
}

/* A Graphviz string literal's body. */
static void put_escaped(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
}

static const char *loc_label(EscBatch *b, EscLoc *l)
{
	if (l == &b->heap)
		return "{heap}";
	if (l == &b->blank)
		return "{blank}";
	switch (l->kind) {
	case LOC_VAR:
		return l->sym->name;
	case LOC_ALLOC:
		return arena_sprintf(esc_arena, "{storage for %s}", l->text);
	default:
		return "{temp}";
	}
}

static Pos loc_pos(EscLoc *l)
{
	return esc_loc_pos(l);
}

/* The parameter tag as text: "heap:0 ~r0:1" (derefs per sink). */
static const char *leak_text(EscLoc *l)
{
	StrBuf sb = {0};
	for (int i = 0; i < ESC_NTAG; i++) {
		if (!l->leaks[i])
			continue;
		if (sb.len)
			sb_puts(&sb, " ");
		if (i == 0)
			sb_printf(&sb, "heap:%d", l->leaks[i] - 1);
		else
			sb_printf(&sb, "~r%d:%d", i - 1, l->leaks[i] - 1);
	}
	return sb.len ? sb.p : "none";
}

static void put_node(FILE *out, EscBatch *b, EscLoc *l, int id, bool foreign)
{
	fprintf(out, "    n%d [label=\"", id);
	put_escaped(out, loc_label(b, l));
	Pos p = loc_pos(l);
	if (p.line)
		fprintf(out, "\\n%s:%d:%d", diag_path(), p.line, p.col);
	if (l->kind == LOC_VAR && l->is_param && ty_has_pointers(l->sym->type)) {
		fputs("\\nleaks: ", out);
		put_escaped(out, leak_text(l));
	}
	if (l->loopdepth > 1)
		fprintf(out, "\\nloop depth %d", l->loopdepth);
	if (l->kind == LOC_VAR || l->kind == LOC_ALLOC)
		fputs(l->escapes ? "\\nheap" : "\\nstack", out);
	fputc('"', out);
	if (l->escapes)
		fputs(", style=filled, fillcolor=\"#f4b6b6\", color=\"#b00000\"", out);
	if (foreign)
		fputs(", style=dashed", out);
	if (l->kind == LOC_TEMP)
		fputs(", shape=ellipse", out);
	fputs("];\n", out);
}

static const char *weight_label(int d)
{
	if (d < 0)
		return "-1 (&)";
	if (d == 0)
		return "0";
	return arena_sprintf(esc_arena, "%d (%.*s)", d, d > 8 ? 8 : d, "********");
}

/* Index of l in b->locs (heap and blank come after them). */
static int loc_id(EscBatch *b, EscLoc *l)
{
	if (l == &b->heap)
		return b->locs.len;
	if (l == &b->blank)
		return b->locs.len + 1;
	for (int i = 0; i < b->locs.len; i++)
		if (b->locs.v[i] == l)
			return i;
	return -1;
}

void esc_dot_batch(EscBatch *b)
{
	if (!dot_func || dot_done)
		return;
	bool found = false;
	for (int i = 0; i < b->fns.len && !found; i++)
		found = strcmp(((Func *)b->fns.v[i])->name, dot_func) == 0;
	if (!found)
		return;
	dot_done = true;

	int n = b->locs.len + 2;
	EscLoc **all = arena_alloc(esc_arena, sizeof *all * (size_t)n);
	for (int i = 0; i < b->locs.len; i++)
		all[i] = b->locs.v[i];
	all[b->locs.len] = &b->heap;
	all[b->locs.len + 1] = &b->blank;
	/* shown: 1 = FUNC's own, 2 = connected to one of them */
	char *shown = arena_alloc(esc_arena, (size_t)n);
	for (int i = 0; i < b->locs.len; i++)
		if (all[i]->fn && in_target(all[i]->fn))
			shown[i] = 1;
	for (int i = 0; i < n; i++) {
		EscLoc *l = all[i];
		for (int e = 0; e < l->nedges; e++) {
			int s = loc_id(b, l->edges[e].src);
			if (s < 0)
				continue;
			if (shown[i] == 1 && !shown[s])
				shown[s] = 2;
			if (shown[s] == 1 && !shown[i])
				shown[i] = 2;
		}
	}

	FILE *out = stdout;
	fprintf(out, "digraph \"");
	put_escaped(out, dot_func);
	fprintf(out, "\" {\n  label=\"escape graph of ");
	put_escaped(out, dot_func);
	fprintf(out, " (%s); edge weight = dereferences, -1 = address-of\";\n",
	        diag_path());
	fputs("  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n"
	      "  edge [fontname=\"monospace\"];\n", out);
	/* one cluster per function of the target, others outside */
	PtrList fns = {0};
	for (int i = 0; i < b->locs.len; i++)
		if (shown[i] == 1) {
			bool have = false;
			for (int k = 0; k < fns.len && !have; k++)
				have = fns.v[k] == all[i]->fn;
			if (!have)
				pl_push(&fns, all[i]->fn);
		}
	for (int k = 0; k < fns.len; k++) {
		Func *fn = fns.v[k];
		fprintf(out, "  subgraph cluster_%d {\n    label=\"", k);
		put_escaped(out, fn->name);
		fputs("\";\n", out);
		for (int i = 0; i < b->locs.len; i++)
			if (shown[i] == 1 && all[i]->fn == fn)
				put_node(out, b, all[i], i, false);
		fputs("  }\n", out);
	}
	for (int i = 0; i < n; i++)
		if (shown[i] == 2)
			put_node(out, b, all[i], i, all[i]->fn != NULL);
	for (int i = 0; i < n; i++) {
		EscLoc *l = all[i];
		if (!shown[i])
			continue;
		for (int e = 0; e < l->nedges; e++) {
			int s = loc_id(b, l->edges[e].src);
			if (s < 0 || !shown[s] || (shown[i] == 2 && shown[s] == 2))
				continue;
			fprintf(out, "  n%d -> n%d [label=\"%s\"%s];\n", s, i,
			        weight_label(l->edges[e].derefs),
			        l->edges[e].derefs < 0 ? ", color=\"#b00000\"" : "");
		}
	}
	fputs("}\n", out);
	fflush(out);
}
