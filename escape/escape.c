/*
 * escape.c: escape analysis (placeholder).
 *
 * The weighted location/edge graph, the bottom-up SCC walk and the -m
 * reports come with the escape-analysis issue.  Until then nothing is
 * decided here and -m prints nothing; code generation keeps every
 * variable on the stack, which is correct only for the pointer-free
 * programs tier 1's walking skeleton accepts.
 */
#include "escape.h"

void esc_analyze(Package *pkg, const EscOptions *opts)
{
	(void)pkg;
	(void)opts;
}
