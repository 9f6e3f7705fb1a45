/*
 * codegen.h: the interface of goesc's back end.
 *
 * The back end lowers a checked Package (frontend.h) to LLVM IR through
 * the LLVM-C API, verifies and optimises it with the new pass manager,
 * and writes IR text, assembly or an object file with the host target
 * machine.  Linking the object with the runtime library (runtime/) is the
 * driver's job.  Only this folder includes LLVM headers.
 *
 *   cg_internal.h  what the files share; the value representation and
 *                  calling convention of generated code
 *   codegen.c      module and target set-up, runtime declarations,
 *                  function bodies, wrappers, goesc_main, optimisation,
 *                  emission
 *   cg_types.c     Go types as LLVM types; loads, stores, copies,
 *                  constants, equality
 *   cg_vars.c      where variables live (cg_var_on_heap: the one place
 *                  deciding stack or heap until escape analysis does)
 *   cg_expr.c      expressions, run-time checks, conversions
 *   cg_call.c      calls, builtins, closures, method values
 *   cg_stmt.c      statements and control flow
 */
#ifndef GOESC_CODEGEN_H
#define GOESC_CODEGEN_H

#include "../frontend/frontend.h"

typedef enum CgEmit {
	CG_EMIT_OBJ,  /* object file (the driver links it) */
	CG_EMIT_ASM,  /* assembly text */
	CG_EMIT_LLVM, /* LLVM IR text */
} CgEmit;

typedef struct CgOptions {
	int opt_level;        /* 0..3 */
	CgEmit emit;
	bool heap;            /* -heap: every candidate allocation on the heap */
	const char *src_path; /* source path as displayed (for site records) */
} CgOptions;

/* Compile pkg and write the result to out_path.  Returns 0 on success;
 * on failure prints "goesc: ..." to stderr and returns nonzero. */
int cg_compile(Package *pkg, const CgOptions *opts, const char *out_path);

#endif
