/*
 * compare.h: running the two builds of `goesc compare` and printing the
 * table (compare.c).
 */
#ifndef GOESC_COMPARE_H
#define GOESC_COMPARE_H

#include <stdbool.h>

typedef struct CompareJob {
	const char *src;          /* FILE.go as the user named it */
	const char *exe_default;  /* built as the escape analysis decides */
	const char *exe_heap;     /* built with -heap */
	char **args;              /* the program's arguments */
	int nargs;
	int runs;                 /* runs of each build */
} CompareJob;

/* Run both builds job->runs times and print the table to stdout.
 * Returns 0, or 1 when a run could not start or a program failed. */
int compare_report(const CompareJob *job);

#endif
