/*
 * rt_roots.c: empty goesc_roots for binaries that hold no compiled Go
 * program (the runtime's unit tests).  Every program defines the real
 * ones, so the linker never takes this member from the library for it;
 * the definitions are weak besides, in case both meet.  Kept apart from
 * rt_gc.c so that the compiler cannot fold goesc_nroots == 0 into the
 * collector.
 */
#include "runtime.h"

__attribute__((weak)) const rt_root goesc_roots[1] = {{NULL, NULL}};
__attribute__((weak)) const int64_t goesc_nroots = 0;
