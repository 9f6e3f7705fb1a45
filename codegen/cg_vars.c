/*
 * cg_vars.c: where variables live.
 *
 * The escape analysis decides (escape.h): a local variable, parameter or
 * result it moves to the heap lives in a zeroed heap cell allocated at
 * its declaration (so afresh each time the declaration runs; escaping
 * parameters are copied into theirs on entry); every other local is an
 * alloca in the entry block.  With -heap (the baseline of `goesc
 * compare`), every candidate goes to the heap instead: a variable whose
 * address is taken (&x, a pointer-method call on it, slicing an array
 * variable, or the same through fields and array elements of it) or that
 * a closure captures.  Variables larger than gc's 10 MB stack limit are
 * heap cells in both modes.  cg_var_on_heap is the one place that makes
 * this choice; a pre-pass over all function bodies records the
 * address-taken and captured flags in each Symbol's CgVar.
 *
 * Heap variables are reached through a pointer-sized slot holding the
 * cell address (mem2reg turns it into an SSA value).  Closures hold what
 * they capture in their record after the code pointer (cg_closure_layout):
 * the variable's address when captured by reference (a stack slot or a
 * heap cell, as decided above), a copy of its value when captured by
 * value.  Package-level variables are internal LLVM globals.
 */
#include "cg_internal.h"

#include <string.h>

CgVar *cg_var(Symbol *s)
{
	if (!s->cg)
		s->cg = arena_alloc(g_arena, sizeof(CgVar));
	return s->cg;
}

bool cg_var_on_heap(Symbol *s)
{
	CgVar *v = cg_var(s);
	if (s->global)
		return false;
	if (cg_size(s->type) > CG_MAX_STACK_VAR)
		return true;
	if (!v->addr_taken && !v->captured)
		return false;
	return cg.opts->heap || esc_sym_on_heap(s);
}

bool cg_capture_by_ref(Func *closure, Symbol *s)
{
	return cg.opts->heap || esc_capture_by_ref(closure, s);
}

int64_t cg_closure_layout(Func *fn, int64_t *offs)
{
	int64_t off = 8; /* the code pointer */
	for (int i = 0; i < fn->captures.len; i++) {
		Symbol *s = fn->captures.v[i];
		int64_t size = 8, align = 8;
		if (!cg_capture_by_ref(fn, s)) {
			size = cg_size(s->type);
			align = cg_align(s->type);
		}
		off = (off + align - 1) / align * align;
		if (offs)
			offs[i] = off;
		off += size;
	}
	return (off + 7) / 8 * 8;
}

/* The variable at the root of an addressable expression, if any storage
 * of it (rather than memory behind a pointer) is what gets addressed. */
static void mark_root(Node *n)
{
	for (;;) {
		n = ast_unparen(n);
		switch (n->kind) {
		case N_IDENT:
			if (n->u.ident.sym && n->u.ident.sym->kind == SYM_VAR)
				cg_var(n->u.ident.sym)->addr_taken = true;
			return;
		case N_SELECTOR:
			if (n->u.sel.kind != SEL_FIELD || n->u.sel.deref)
				return;
			for (int i = 0; i < n->u.sel.npath; i++)
				if (n->u.sel.path[i].deref)
					return;
			n = n->u.sel.x;
			break;
		case N_INDEX:
			if (!n->u.index.x->type ||
			    ty_under(n->u.index.x->type)->kind != TY_ARRAY)
				return;
			n = n->u.index.x;
			break;
		default:
			return;
		}
	}
}

static void visit(Node *n);

static void visit_slot(Node **slot, void *ctx)
{
	(void)ctx;
	visit(*slot);
}

/* Walk every node that can contain an expression (ast_children's, func
 * literal bodies included), marking the roots of addressed storage;
 * constants and types hold no variables. */
static void visit(Node *n)
{
	if (!n || n->cval || n->is_type)
		return;
	switch (n->kind) {
	case N_SELECTOR:
		if (n->u.sel.kind == SEL_METHOD && n->u.sel.adjust == RECV_ADDR) {
			bool deref = false;
			for (int i = 0; i < n->u.sel.npath; i++)
				deref |= n->u.sel.path[i].deref;
			if (!deref)
				mark_root(n->u.sel.x);
		}
		break;
	case N_SLICE:
		if (n->u.slice.x->type &&
		    ty_under(n->u.slice.x->type)->kind == TY_ARRAY)
			mark_root(n->u.slice.x);
		break;
	case N_CONVIFACE:
		visit(n->u.conv.x);
		break;
	case N_TYPEASSERT:
		visit(n->u.assert.x);
		break;
	case N_UNARY:
		if (n->u.unary.op == OP_AND)
			mark_root(n->u.unary.x);
		break;
	default:
		break;
	}
	ast_children(n, visit_slot, NULL);
}

static void mark_captures(Func *fn)
{
	for (int i = 0; i < fn->captures.len; i++)
		cg_var(fn->captures.v[i])->captured = true;
	for (int i = 0; i < fn->closures.len; i++)
		mark_captures(fn->closures.v[i]);
}

/* The pre-pass: flags for cg_var_on_heap. */
void cg_vars_prepare(Package *pkg)
{
	for (int i = 0; i < pkg->funcs.len; i++) {
		Func *fn = pkg->funcs.v[i];
		if (fn->decl && fn->decl->kind == N_FUNCDECL)
			visit(fn->decl->u.funcdecl.body);
		mark_captures(fn);
	}
	for (int i = 0; i < pkg->inits.len; i++)
		visit(pkg->inits.v[i]);
}

/* Storage for a local variable at its declaration point (not
 * initialised unless on the heap, where rt_newobject zeroes it). */
void cg_declare_var(Symbol *s)
{
	CgVar *v = cg_var(s);
	v->fn = cg.f->fn;
	v->heap = cg_var_on_heap(s);
	if (v->heap) {
		LLVMValueRef slot = cg_alloca_ll(cg.t_ptr, 8,
			arena_sprintf(g_arena, "&%s", s->name));
		LLVMValueRef cell = cg_heap_var(s);
		LLVMBuildStore(cg.b, cell, slot);
		v->addr = slot;
		v->addr_is_slot = true;
	} else {
		v->addr = cg_alloca(s->type, s->name);
		v->addr_is_slot = false;
	}
}

void cg_declare_global(Symbol *s)
{
	CgVar *v = cg_var(s);
	const char *name = arena_sprintf(g_arena, "main.%s", s->name);
	/* gc's limit on the size of a symbol in the object file */
	if (cg_size(s->type) > 2000000000)
		diag_error(s->pos, "%s: symbol too large (%lld bytes > 2000000000 bytes)",
		           name, (long long)cg_size(s->type));
	LLVMValueRef g = LLVMAddGlobal(cg.mod, cg_mem_type(s->type), name);
	LLVMSetInitializer(g, LLVMConstNull(cg_mem_type(s->type)));
	LLVMSetLinkage(g, LLVMInternalLinkage);
	LLVMSetAlignment(g, (unsigned)cg_align(s->type));
	v->addr = g;
	v->addr_is_slot = false;
	v->heap = false;
}

/* The address of a variable's storage, in the current function. */
LLVMValueRef cg_var_addr(Symbol *s)
{
	CgVar *v = cg_var(s);
	if (!v->addr && s->global)
		cg_declare_global(s);
	if (!v->addr)
		ICE("variable %s used before its declaration", s->name);
	if (!s->global && v->fn != cg.f->fn)
		ICE("variable %s of another function (not captured)", s->name);
	if (v->addr_is_slot)
		return LLVMBuildLoad2(cg.b, cg.t_ptr, v->addr, s->name);
	return v->addr;
}
