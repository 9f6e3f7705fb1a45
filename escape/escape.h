/*
 * escape.h: the interface of goesc's escape analysis.
 *
 * (Filled by the escape-analysis issue.)  esc_analyze runs after the type
 * checker and before code generation; it records, for every variable and
 * allocation site, whether it lives on the heap, and prints go1.19's -m
 * diagnostics when asked to.
 */
#ifndef GOESC_ESCAPE_H
#define GOESC_ESCAPE_H

#include "../frontend/frontend.h"

typedef struct EscOptions {
	int m;          /* -m level: 0 none, 1 decisions, 2 flow explanations */
} EscOptions;

/* Analyse pkg.  Messages go to stderr, prefixed with diag_path(). */
void esc_analyze(Package *pkg, const EscOptions *opts);

#endif
