/*
 * diag.c: user diagnostics, collected and printed as go1.19 prints them.
 *
 * Errors are recorded with a position and printed sorted by position as
 * PATH:LINE:COL: message.  As in gc, a line gets at most one syntax
 * error, an identical message at the same position is printed once, and
 * after 10 errors the list ends with "too many errors".
 */
#include "frontend.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Diag {
	Pos pos;
	const char *msg;
	int seq; /* order of report, to keep the sort stable */
} Diag;

static Diag *diags;
static int ndiags, capdiags;
static const char *path = "<input>";
static bool syntax_seen;
static Pos override; /* see diag_set_override */
static int last_syntax_line = -1;

void diag_set_path(const char *p) { path = p; }
const char *diag_path(void) { return path; }
int diag_count(void) { return ndiags; }
bool diag_has_syntax_error(void) { return syntax_seen; }

void diag_set_override(Pos pos) { override = pos; }

static void add(Pos pos, const char *msg)
{
	if (override.line)
		pos = override;
	if (strncmp(msg, "syntax error", 12) == 0) {
		if (pos.line == last_syntax_line)
			return;
		last_syntax_line = pos.line;
		syntax_seen = true;
	}
	for (int i = ndiags - 1; i >= 0 && i >= ndiags - 8; i--)
		if (diags[i].pos.line == pos.line && diags[i].pos.col == pos.col &&
		    strcmp(diags[i].msg, msg) == 0)
			return;
	if (ndiags == capdiags) {
		capdiags = capdiags ? capdiags * 2 : 16;
		diags = realloc(diags, (size_t)capdiags * sizeof *diags);
		if (!diags)
			ICE("out of memory");
	}
	diags[ndiags] = (Diag){pos, msg, ndiags};
	ndiags++;
}

void diag_error(Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = arena_vsprintf(g_arena, fmt, ap);
	va_end(ap);
	add(pos, msg);
}

void diag_unsupported(Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *what = arena_vsprintf(g_arena, fmt, ap);
	va_end(ap);
	add(pos, arena_sprintf(g_arena, "unsupported: %s", what));
}

static int cmp(const void *a, const void *b)
{
	const Diag *x = a, *y = b;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.col != y->pos.col)
		return x->pos.col < y->pos.col ? -1 : 1;
	return x->seq - y->seq;
}

int diag_flush(void)
{
	int n = ndiags;
	if (n == 0)
		return 0;
	qsort(diags, (size_t)ndiags, sizeof *diags, cmp);
	for (int i = 0; i < ndiags; i++) {
		if (i == 10) {
			fprintf(stderr, "%s:%d:%d: too many errors\n", path,
			        diags[i].pos.line, diags[i].pos.col);
			break;
		}
		fprintf(stderr, "%s:%d:%d: %s\n", path, diags[i].pos.line,
		        diags[i].pos.col, diags[i].msg);
	}
	ndiags = 0;
	return n;
}
