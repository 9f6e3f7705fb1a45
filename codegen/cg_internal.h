/*
 * cg_internal.h: what the files of the code generator share.
 *
 * Value representation (the "Go ABI" of goesc):
 *   bool          i1 as a value, i8 in memory (cg_load/cg_store convert)
 *   intN/uintN    iN (int, uint, uintptr are i64)
 *   float32/64    float / double
 *   string        %string = {ptr, i64}
 *   slice         %slice  = {ptr, i64, i64}
 *   pointer       ptr
 *   func value    ptr to a closure object {code ptr, captured...}; nil is
 *                 null.  A call loads the code pointer from word 0 and
 *                 passes the closure itself as the hidden context.
 *   array/struct  always in memory: an expression of aggregate type
 *                 evaluates to a pointer to memory holding the value
 *                 (possibly the variable's own storage, so consumers copy
 *                 before any other side effect can change it); the memory
 *                 type is [size x i8] aligned as Go aligns the type, and
 *                 fields are reached by byte offsets from ty_layout.
 *
 * Calling convention of every Go function (declared, method, closure,
 * wrapper): (ptr ctx, [receiver], params..., [ptr results]) where
 * aggregate parameters are passed as a pointer to a copy the callee owns;
 * a single scalar result is returned directly, and two or more results,
 * or an aggregate result, are written to a caller-provided buffer laid out
 * as the LLVM struct of the results' memory types.
 */
#ifndef GOESC_CG_INTERNAL_H
#define GOESC_CG_INTERNAL_H

#include "codegen.h"
#include "../escape/escape.h"

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

/* gc's maxStackVarSize: larger variables and temporaries go to the heap. */
#define CG_MAX_STACK_VAR (10 * 1024 * 1024)
/* Go's tmpBuf for non-escaping string results: 32 bytes (or runes). */
#define RT_TMPBUF_BYTES 32

/* Per-variable state (Symbol.cg). */
typedef struct CgVar {
	bool addr_taken; /* &x, pointer-method call, slicing an array var */
	bool captured;   /* used by a closure */
	bool heap;       /* lives in a heap cell (rt_newobject) */
	LLVMValueRef addr; /* stack: the alloca; global: the global;
	                      heap: an alloca (or ctx slot) holding the cell
	                      pointer -- see cg_var_addr */
	bool addr_is_slot; /* addr holds a pointer to the storage */
	Func *fn;          /* function whose code set addr */
} CgVar;

/* Per-function state (Func.cg). */
typedef struct CgFunc {
	LLVMValueRef fn;
	LLVMTypeRef fty;
	LLVMValueRef static_closure; /* {fn} constant for func values */
	bool generated;
} CgFunc;

/* A break/continue target. */
typedef struct CgTarget {
	Node *stmt;
	LLVMBasicBlockRef brk, cont;
} CgTarget;

typedef struct CgLabel {
	Node *stmt; /* N_LABELED */
	LLVMBasicBlockRef bb;
} CgLabel;

/* The function being generated. */
typedef struct CgFn {
	Func *fn;           /* NULL for goesc_main */
	LLVMValueRef llfn;
	LLVMBasicBlockRef entry;
	LLVMBuilderRef alloca_b; /* positioned at the top of the entry block */
	LLVMValueRef ctx;        /* hidden closure context */
	LLVMValueRef resbuf;     /* result buffer parameter or NULL */
	LLVMTypeRef restype;     /* its LLVM struct type */
	CgTarget *targets;
	int ntargets, captargets;
	CgLabel *labels;
	int nlabels, caplabels;
	LLVMBasicBlockRef nil_bb, div_bb, shift_bb; /* shared panic blocks */
	LLVMBasicBlockRef fallthrough; /* body of the next switch clause */
} CgFn;

typedef struct CgState {
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTargetDataRef td;
	const CgOptions *opts;
	Package *pkg;
	CgFn *f;
	/* common types */
	LLVMTypeRef t_void, t_i1, t_i8, t_i16, t_i32, t_i64, t_f32, t_f64,
		t_ptr, t_str, t_slice, t_iface;
	int nstrings;  /* string constant counter */
	PtrList pending; /* Func* whose bodies still need generating */
	PtrList wrappers; /* CgWrapper* */
	PtrList method_closures; /* (*T).M wrapper, its static closure, ... */
	PtrList itabs;          /* (T, I, static itab) triples: cg_iface.c */
	PtrList itab_wrappers;  /* (T, method name, wrapper) triples */
	PtrList promoted_wrappers; /* the same for method expressions */
	PtrList iface_wrappers; /* (I, index|fm, wrapper) triples */
	PtrList type_descs; /* (Type*, rt_type global) pairs: cg_rtinfo.c */
	PtrList site_recs;  /* (Node*, rt_site global) pairs */
	unsigned module_gen; /* which compilation this is (cg_rtinfo.c) */
} CgState;

extern CgState cg;

/* codegen.c */
LLVMValueRef cg_rt(const char *name); /* declaration of a runtime function */
LLVMValueRef cg_call_rt(const char *name, LLVMValueRef *args, int n,
                        const char *vname);
void cg_unreachable_rt(const char *name, LLVMValueRef *args, int n);
void cg_unsupported(Node *n, const char *what);
LLVMValueRef cg_func_decl(Func *fn);           /* LLVM function of fn */
LLVMValueRef cg_func_closure(Func *fn);        /* static {fn} closure */
LLVMValueRef cg_method_value_wrapper(Func *m); /* "-fm" wrapper */
LLVMValueRef cg_ptr_method_wrapper(Func *m);   /* "(*T).M" for value M */
void cg_gen_function(Func *fn);
/* Start and finish generating an LLVM function (entry block of allocas,
 * then "body"); fn is NULL for compiler-made wrappers.  The caller saves
 * and restores cg.f and the builder's position around them. */
void cg_begin_function(CgFn *f, Func *fn, LLVMValueRef llfn);
void cg_end_function(CgFn *f);

/* cg_types.c */
bool cg_is_agg(Type *t);
LLVMTypeRef cg_type(Type *t);     /* value type */
LLVMTypeRef cg_mem_type(Type *t); /* in-memory type */
int64_t cg_size(Type *t);
int64_t cg_align(Type *t);
bool cg_results_in_memory(Type *ft);
LLVMTypeRef cg_tuple_type(Type **ts, int n);
LLVMTypeRef cg_func_type(Type *ft, Type *recv);
LLVMValueRef cg_i64(int64_t v);
LLVMValueRef cg_i32(int32_t v);
LLVMValueRef cg_zero(Type *t); /* scalar zero */
LLVMValueRef cg_load(Type *t, LLVMValueRef p, const char *name);
void cg_store(Type *t, LLVMValueRef v, LLVMValueRef p);
void cg_store_zero(Type *t, LLVMValueRef p);
void cg_copy(Type *t, LLVMValueRef dst, LLVMValueRef src);
LLVMValueRef cg_alloca(Type *t, const char *name);
LLVMValueRef cg_alloca_ll(LLVMTypeRef t, int64_t align, const char *name);
LLVMValueRef cg_gep(LLVMValueRef p, int64_t off, const char *name);
LLVMValueRef cg_gep_dyn(LLVMValueRef p, LLVMValueRef idx, int64_t elemsize,
                        const char *name);
LLVMValueRef cg_heap_alloc(Type *t, const char *name);
LLVMValueRef cg_heap_var(Symbol *s);
/* cg_rtinfo.c: runtime type descriptors and allocation-site records. */
LLVMValueRef cg_type_desc(Type *t);
LLVMValueRef cg_closure_desc(Func *fn, const int64_t *offs, int64_t size);
LLVMValueRef cg_methodvalue_desc(Type *recv);
/* The record of allocation site `site` (named as -m names it, or
 * `fallback`); a null pointer for NULL. */
LLVMValueRef cg_site_record(const Node *site, const char *fallback);
LLVMValueRef cg_var_site_record(Symbol *s); /* "moved to heap: x" */
void cg_emit_roots(Package *pkg); /* goesc_roots for the collector */
/* Allocation sites (the nodes escape.h keys its decisions on; NULL for
 * a site the analysis does not know, which goes to the heap): zeroed
 * memory on the stack when the analysis allows it, else from the heap
 * (rt_newobject with the site's record).  The _layout form is for
 * memory without a Go type; desc may be NULL when cg_site_on_stack. */
bool cg_site_on_stack(const Node *site);
LLVMValueRef cg_site_alloc_layout(const Node *site, int64_t size,
                                  int64_t align, LLVMValueRef desc,
                                  const char *name);
LLVMValueRef cg_site_alloc_type(const Node *site, Type *t, const char *name);
LLVMValueRef cg_string_const(const char *p, size_t len);
LLVMValueRef cg_const(Type *t, ConstVal *v);
/* cg_expr.c: static data of constant literals, or NULL: a composite
 * literal of array or struct type t as [size x i8]; a slice literal as
 * a %slice constant over a new writable backing array. */
LLVMValueRef cg_const_literal(Node *n, Type *t);
LLVMValueRef cg_const_slice_global(Node *n);
LLVMValueRef cg_equal(Type *t, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_to_i64(Type *t, LLVMValueRef v);
LLVMValueRef cg_memcmp(LLVMValueRef a, LLVMValueRef b, LLVMValueRef n);

/* cg_vars.c */
void cg_vars_prepare(Package *pkg);
CgVar *cg_var(Symbol *s);
bool cg_var_on_heap(Symbol *s);
/* How closure fn holds captured variable s (by address, or a copy). */
bool cg_capture_by_ref(Func *closure, Symbol *s);
/* The size of fn's closure record; offs[i] (if not NULL) receives the
 * offset of its i-th capture. */
int64_t cg_closure_layout(Func *fn, int64_t *offs);
void cg_declare_var(Symbol *s); /* storage at the declaration point */
LLVMValueRef cg_var_addr(Symbol *s);
void cg_declare_global(Symbol *s);

/* cg_expr.c */
LLVMValueRef cg_expr(Node *n);
void cg_expr_to(Node *n, Type *t, LLVMValueRef dst, bool fresh);
LLVMValueRef cg_expr_owned(Node *n, Type *t);
LLVMValueRef cg_fix_value(LLVMValueRef v, Type *t);
LLVMValueRef cg_method_recv(Node *sel, Type *recvt);
/* Conversion `site` of v from `from` to `to` (the site is an allocation
 * site when it makes a string or a []byte/[]rune; NULL: the heap). */
LLVMValueRef cg_convert_site(const Node *site, LLVMValueRef v, Type *from,
                             Type *to);
LLVMValueRef cg_const_string_slice(const Node *site, LLVMValueRef s, Type *to);
LLVMValueRef cg_addr(Node *n);
LLVMValueRef cg_cond(Node *n);
/* gc's order: a statement's calls first (see cg_expr.c). */
void cg_hoist(Node *n);
void cg_hoist_list(NodeList *l);
void cg_hoist_reset(void);
LLVMValueRef cg_binop(Node *n, Op op, Type *t, LLVMValueRef x,
                      LLVMValueRef y, Type *yt, Node *ynode);
LLVMValueRef cg_nilcheck(LLVMValueRef p);
LLVMValueRef cg_nilcheck_at(LLVMValueRef p, LLVMValueRef off);
void cg_bounds_check(LLVMValueRef idx, LLVMValueRef len);
void cg_bounds_check_u(LLVMValueRef idx, LLVMValueRef len, bool uns);
LLVMValueRef cg_index_i64(Node *idx);
LLVMValueRef cg_build_composite(Node *n, LLVMValueRef dst);
void cg_new_block(const char *name);
bool cg_terminated(void);
LLVMBasicBlockRef cg_block(const char *name);

/* cg_call.c */
LLVMValueRef cg_call(Node *n, LLVMValueRef *tuple_buf);
LLVMValueRef cg_tuple_elem(Type *tuple, LLVMValueRef buf, int i);
LLVMValueRef cg_funclit(Node *n);
LLVMValueRef cg_method_value(Node *sel);
LLVMValueRef cg_method_expr(Node *sel);

/* cg_iface.c: interface values {tab, data}; tab is the dynamic type's
 * rt_type for an empty interface, an rt_itab otherwise. */
uint32_t cg_type_hash(Type *t);
/* What an itab of dynamic type T calls for method `name` (signature sig):
 * code taking the data word as its receiver. */
LLVMValueRef cg_itab_method(Type *T, const char *name, Type *sig);
/* The same for a method expression T.M: code taking T as Go passes it
 * (a pointer, or the address of an aggregate's copy). */
LLVMValueRef cg_promoted_method(Type *T, const char *name, Type *sig);
LLVMValueRef cg_iface_convert(const Node *site, Node *x, Type *to);
LLVMValueRef cg_iface_from(const Node *site, LLVMValueRef v, Type *from,
                           Type *to, Node *xnode);
LLVMValueRef cg_iface_dyntype(Type *it, LLVMValueRef iv);
LLVMValueRef cg_iface_equal(Type *t, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_iface_equal2(Type *at, LLVMValueRef a, Type *bt, LLVMValueRef b);
LLVMValueRef cg_iface_equal_value(Type *it, LLVMValueRef iv, Type *ct,
                                  LLVMValueRef cv);
LLVMValueRef cg_typeassert(Node *n, LLVMValueRef *ok);
/* Does the dynamic type word dt (rt_type*, maybe null) match case type T
 * of a type switch on interface type it (NULL T: the nil case)? */
LLVMValueRef cg_type_matches(LLVMValueRef dt, Type *T);
/* The value of dynamic type T held by interface iv (known to match). */
LLVMValueRef cg_iface_unbox(LLVMValueRef iv, Type *T);
LLVMValueRef cg_iface_method_fn(Type *it, LLVMValueRef iv, int idx);
LLVMValueRef cg_iface_method_value(Node *sel);
/* The interface value a SEL_IMETHOD selector calls through, and its
 * type (x itself, or the embedded interface field it leads to). */
LLVMValueRef cg_iface_recv(Node *sel, Type **itp);
LLVMValueRef cg_iface_method_expr(Node *sel);
void cg_iface_print(Type *t, LLVMValueRef v);

/* cg_stmt.c */
void cg_stmt(Node *n);
void cg_stmts(NodeList *l);
void cg_assign_value(Node *lhs, Type *t, LLVMValueRef v);

#endif
