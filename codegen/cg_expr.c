/*
 * cg_expr.c: expressions.
 *
 * cg_expr evaluates an expression to its value (a pointer to memory for
 * arrays and structs, see cg_internal.h); cg_addr evaluates an
 * addressable expression to the address of its storage; cg_expr_to
 * evaluates into given memory, building composite literals in place when
 * the destination is fresh.  Go's run-time checks are explicit branches
 * to blocks that call the runtime's panics: nil dereference, index and
 * slice bounds (with go1.19's panic kinds), division by zero and negative
 * shift counts.  Integer arithmetic wraps; x / -1 and x % -1 are computed
 * without the trapping sdiv; shifts by counts of at least the width give
 * 0 (or the sign for signed >>), as Go defines them.
 */
#include "cg_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- calls first ----------------------------------------------------
 * gc evaluates the function calls of a statement (and its && / ||
 * operators, some builtins, see hoisted_call, and nested slice
 * expressions) into temporaries before the rest of the statement's
 * operands (walk/order.go), so in
 * `println(x, f())` a change f makes to x is seen.  The spec leaves this
 * order open; programs' output must match go1.19's, so goesc does the
 * same: cg_hoist evaluates those nodes of a statement's expressions in
 * order and remembers their values, which cg_expr then takes (once). */

typedef struct Hoisted {
	Node *n;
	LLVMValueRef v;
} Hoisted;

static Hoisted *hoisted;
static int nhoisted, caphoisted;

static void hoist_put(Node *n, LLVMValueRef v)
{
	if (nhoisted == caphoisted) {
		int cap = caphoisted ? 2 * caphoisted : 16;
		Hoisted *h = arena_alloc(g_arena, sizeof *h * (size_t)cap);
		if (nhoisted)
			memcpy(h, hoisted, sizeof *h * (size_t)nhoisted);
		hoisted = h;
		caphoisted = cap;
	}
	hoisted[nhoisted].n = n;
	hoisted[nhoisted].v = v;
	nhoisted++;
}

static LLVMValueRef hoist_take(Node *n)
{
	for (int i = nhoisted - 1; i >= 0; i--) {
		if (hoisted[i].n != n)
			continue;
		LLVMValueRef v = hoisted[i].v;
		hoisted[i] = hoisted[--nhoisted];
		return v;
	}
	return NULL;
}

void cg_hoist_reset(void)
{
	nhoisted = 0;
}

static bool is_logical(Node *n)
{
	return n->kind == N_BINARY &&
	       (n->u.binary.op == OP_LAND || n->u.binary.op == OP_LOR);
}

/* A call gc evaluates into a temporary (its order.go list): a
 * single-valued call of a function, method or func value; append, len,
 * cap, copy, make, new; a conversion of a string to []byte or []rune. */
static bool hoisted_call(Node *n)
{
	if (!n->type || n->type->kind == TY_TUPLE)
		return false;
	switch (n->u.call.kind) {
	case CALL_FUNC:
	case CALL_METHOD:
	case CALL_VALUE:
		return true;
	case CALL_BUILTIN:
		switch (n->u.call.builtin) {
		case BI_APPEND:
		case BI_LEN:
		case BI_CAP:
		case BI_COPY:
		case BI_MAKE:
		case BI_NEW:
			return true;
		default:
			return false;
		}
	case CALL_CONV:
		return ty_under(n->type)->kind == TY_SLICE &&
		       ty_is_string(ty_under(n->u.call.args.v[0]->type));
	default:
		return false;
	}
}

static void hoist(Node *n, bool root);

/* gc's cheapExpr: an operand other than a name or a constant is
 * evaluated now, into a temporary. */
static void hoist_cheap(Node *n)
{
	if (!n)
		return;
	hoist(n, false);
	Node *m = ast_unparen(n);
	if (m->cval || m->kind == N_IDENT || m->kind == N_BASICLIT)
		return;
	hoist_put(n, cg_expr(n)); /* (re)puts a value hoisted just above */
}

static void hoist_call(Node *n, bool root)
{
	Node *fun = ast_unparen(n->u.call.fun);
	if (n->u.call.kind == CALL_METHOD)
		hoist(fun->u.sel.x, false);
	else if (n->u.call.kind == CALL_VALUE)
		hoist(fun, false);
	NodeList *args = &n->u.call.args;
	for (int i = 0; i < args->len; i++)
		if (!args->v[i]->is_type)
			hoist(args->v[i], false);
	if (!root && hoisted_call(n))
		hoist_put(n, cg_expr(n));
}

/* Evaluate the nodes of n that gc evaluates first, children before
 * parents and left to right; not n itself when it is the root of the
 * statement's expression (it is evaluated next anyway).  The right
 * operand of && and || is conditional: logical() hoists inside it. */
static void hoist(Node *n, bool root)
{
	if (!n || n->cval || n->is_type)
		return;
	switch (n->kind) {
	case N_PAREN:
		hoist(n->u.paren.x, root);
		return;
	case N_CALL:
		hoist_call(n, root);
		return;
	case N_BINARY:
		if (is_logical(n)) {
			if (!root)
				hoist_put(n, cg_expr(n));
			return;
		}
		hoist(n->u.binary.x, false);
		hoist(n->u.binary.y, false);
		return;
	case N_UNARY:
		hoist(n->u.unary.x, false);
		return;
	case N_STAR:
		hoist(n->u.star.x, false);
		return;
	case N_SELECTOR:
		if (n->u.sel.kind != SEL_METHODEXPR)
			hoist(n->u.sel.x, false);
		return;
	case N_INDEX:
		hoist(n->u.index.x, false);
		hoist(n->u.index.index, false);
		return;
	case N_SLICE: /* its bounds are cheapExpr'd; nested, it is copied */
		hoist(n->u.slice.x, false);
		hoist_cheap(n->u.slice.lo);
		hoist_cheap(n->u.slice.hi);
		hoist_cheap(n->u.slice.max);
		if (!root)
			hoist_put(n, cg_expr(n));
		return;
	case N_COMPOSITE:
		for (int i = 0; i < n->u.composite.elts.len; i++) {
			Node *e = n->u.composite.elts.v[i];
			hoist(e->kind == N_KEYVALUE ? e->u.kv.value : e, false);
		}
		return;
	default:
		return;
	}
}

void cg_hoist(Node *n)
{
	hoist(n, true);
}

/* The expressions of a list (results, right-hand sides): when there are
 * several, calls among them are hoisted too. */
void cg_hoist_list(NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		hoist(l->v[i], l->len == 1);
}

LLVMBasicBlockRef cg_block(const char *name)
{
	return LLVMAppendBasicBlockInContext(cg.ctx, cg.f->llfn, name);
}

bool cg_terminated(void)
{
	return LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(cg.b)) != NULL;
}

void cg_new_block(const char *name)
{
	LLVMPositionBuilderAtEnd(cg.b, cg_block(name));
}

/* A shared per-function block that calls a no-argument panic. */
static void branch_to_panic(LLVMValueRef fail, LLVMBasicBlockRef *slot,
                            const char *rtname)
{
	if (!*slot) {
		LLVMBasicBlockRef cur = LLVMGetInsertBlock(cg.b);
		*slot = cg_block(rtname + 3);
		LLVMPositionBuilderAtEnd(cg.b, *slot);
		cg_unreachable_rt(rtname, NULL, 0);
		LLVMPositionBuilderAtEnd(cg.b, cur);
	}
	LLVMBasicBlockRef ok = cg_block("ok");
	LLVMBuildCondBr(cg.b, fail, *slot, ok);
	LLVMPositionBuilderAtEnd(cg.b, ok);
}

LLVMValueRef cg_nilcheck(LLVMValueRef p)
{
	return cg_nilcheck_at(p, NULL);
}

/* As cg_nilcheck, for an access at byte offset off (an i64, or NULL for
 * 0) from p: the panic reports addr=off as Go's fault would.  gc checks
 * large offsets explicitly, reporting 0, and so do we. */
LLVMValueRef cg_nilcheck_at(LLVMValueRef p, LLVMValueRef off)
{
	if (LLVMIsAGlobalValue(p))
		return p;
	if (off && LLVMIsAConstantInt(off) &&
	    (LLVMConstIntGetZExtValue(off) == 0 ||
	     LLVMConstIntGetZExtValue(off) >= 4096))
		off = NULL;
	LLVMValueRef isnil = LLVMBuildICmp(cg.b, LLVMIntEQ, p,
	                                   LLVMConstNull(cg.t_ptr), "isnil");
	if (!off) {
		branch_to_panic(isnil, &cg.f->nil_bb, "rt_panicnil");
		return p;
	}
	if (!LLVMIsAConstantInt(off)) {
		LLVMValueRef big = LLVMBuildICmp(cg.b, LLVMIntUGE, off, cg_i64(4096), "");
		off = LLVMBuildSelect(cg.b, big, cg_i64(0), off, "");
	}
	LLVMBasicBlockRef fail = cg_block("nil");
	LLVMBasicBlockRef ok = cg_block("ok");
	LLVMBuildCondBr(cg.b, isnil, fail, ok);
	LLVMPositionBuilderAtEnd(cg.b, fail);
	LLVMValueRef args[2] = {off, LLVMBuildPtrToInt(cg.b, cg.f->llfn, cg.t_i64, "")};
	cg_unreachable_rt("rt_panicnilat", args, 2);
	LLVMPositionBuilderAtEnd(cg.b, ok);
	return p;
}

/* Unsigned idx < len, else panic "index out of range [idx] with length len". */
void cg_bounds_check(LLVMValueRef idx, LLVMValueRef len)
{
	cg_bounds_check_u(idx, len, false);
}

/* The same; uns: the index has an unsigned type (printed as uint64). */
void cg_bounds_check_u(LLVMValueRef idx, LLVMValueRef len, bool uns)
{
	LLVMValueRef ok = LLVMBuildICmp(cg.b, LLVMIntULT, idx, len, "inbounds");
	if (LLVMIsAConstantInt(ok) && LLVMConstIntGetZExtValue(ok))
		return;
	LLVMBasicBlockRef fail = cg_block("index.fail");
	LLVMBasicBlockRef cont = cg_block("index.ok");
	LLVMBuildCondBr(cg.b, ok, cont, fail);
	LLVMPositionBuilderAtEnd(cg.b, fail);
	LLVMValueRef args[2] = {idx, len};
	cg_unreachable_rt(uns ? "rt_panicindexu" : "rt_panicindex", args, 2);
	LLVMPositionBuilderAtEnd(cg.b, cont);
}

/* Unsigned x <= y, else rt_panicslice(kind, x, y). */
static void slice_check(int kind, LLVMValueRef x, LLVMValueRef y, Node *xn)
{
	if (xn && xn->type && ty_is_unsigned(xn->type))
		kind |= 0x100; /* RT_BOUNDS_UNSIGNED */
	LLVMValueRef ok = LLVMBuildICmp(cg.b, LLVMIntULE, x, y, "");
	if (LLVMIsAConstantInt(ok) && LLVMConstIntGetZExtValue(ok))
		return;
	LLVMBasicBlockRef fail = cg_block("slice.fail");
	LLVMBasicBlockRef cont = cg_block("slice.ok");
	LLVMBuildCondBr(cg.b, ok, cont, fail);
	LLVMPositionBuilderAtEnd(cg.b, fail);
	LLVMValueRef args[3] = {cg_i32(kind), x, y};
	cg_unreachable_rt("rt_panicslice", args, 3);
	LLVMPositionBuilderAtEnd(cg.b, cont);
}

LLVMValueRef cg_index_i64(Node *idx)
{
	return cg_to_i64(idx->type, cg_expr(idx));
}

static bool is_nil(Node *n)
{
	n = ast_unparen(n);
	if (n->type && ty_under(n->type)->kind == TY_UNTYPED_NIL)
		return true;
	return n->kind == N_IDENT && n->u.ident.sym &&
	       n->u.ident.sym->kind == SYM_NIL;
}

/* Make a value fit type t (an untyped nil becomes t's zero). */
LLVMValueRef cg_fix_value(LLVMValueRef v, Type *t)
{
	if (cg_is_agg(t))
		return v;
	LLVMTypeRef want = cg_type(t);
	if (LLVMTypeOf(v) != want) {
		if (LLVMIsNull(v))
			return LLVMConstNull(want);
		ICE("value of LLVM type does not fit %s", ty_string(t));
	}
	return v;
}

/* ---- selectors ---------------------------------------------------- */

/* Follow the embedded fields of a selector.  Returns the address of the
 * value reached and its type in *tp, or NULL (and x's type) when the
 * path is empty. */
static LLVMValueRef sel_path(Node *n, Type **tp)
{
	Node *x = n->u.sel.x;
	Type *t = x->type;
	LLVMValueRef addr = NULL;
	for (int i = 0; i < n->u.sel.npath; i++) {
		SelStep st = n->u.sel.path[i];
		LLVMValueRef p;
		if (i == 0)
			p = cg_expr(x);
		else if (st.deref)
			p = LLVMBuildLoad2(cg.b, cg.t_ptr, addr, "");
		else
			p = addr;
		Type *s = ty_under(st.deref ? ty_under(t)->elem : t);
		ICE_ASSERT(s->kind == TY_STRUCT);
		ty_layout(s);
		Field *f = &s->fields[st.field];
		if (st.deref)
			cg_nilcheck_at(p, cg_i64(f->offset));
		addr = cg_gep(p, f->offset, f->name);
		t = f->type;
	}
	*tp = t;
	return addr;
}

/* Address of the field x.f (SEL_FIELD). */
static LLVMValueRef field_addr(Node *n)
{
	Type *t;
	LLVMValueRef a = sel_path(n, &t);
	LLVMValueRef p;
	if (!a)
		p = cg_expr(n->u.sel.x);
	else if (n->u.sel.deref)
		p = LLVMBuildLoad2(cg.b, cg.t_ptr, a, "");
	else
		p = a;
	Type *s = ty_under(n->u.sel.deref ? ty_under(t)->elem : t);
	ICE_ASSERT(s->kind == TY_STRUCT);
	ty_layout(s);
	Field *f = &s->fields[n->u.sel.field];
	if (n->u.sel.deref)
		cg_nilcheck_at(p, cg_i64(f->offset));
	return cg_gep(p, f->offset, f->name);
}

/* The receiver of a method selector, adjusted as the checker decided:
 * a value the callee owns (aggregates: a fresh copy), or an address. */
LLVMValueRef cg_method_recv(Node *n, Type *recvt)
{
	(void)recvt;
	Type *t;
	LLVMValueRef a = sel_path(n, &t);
	Node *x = n->u.sel.x;
	switch (n->u.sel.adjust) {
	case RECV_ADDR:
		return a ? a : cg_addr(x);
	case RECV_DEREF: {
		LLVMValueRef p = a ? LLVMBuildLoad2(cg.b, cg.t_ptr, a, "") : cg_expr(x);
		cg_nilcheck(p);
		Type *et = ty_under(t)->elem;
		if (cg_is_agg(et)) {
			LLVMValueRef tmp = cg_alloca(et, "recv");
			cg_copy(et, tmp, p);
			return tmp;
		}
		return cg_load(et, p, "recv");
	}
	default:
		if (cg_is_agg(t)) {
			LLVMValueRef tmp = cg_alloca(t, "recv");
			if (a)
				cg_copy(t, tmp, a);
			else
				cg_expr_to(x, t, tmp, true);
			return tmp;
		}
		return a ? cg_load(t, a, "recv") : cg_expr(x);
	}
}

/* ---- index and slice ---------------------------------------------- */

static bool const_index_ok(Node *idx, int64_t len)
{
	if (!idx->cval)
		return false;
	int64_t i = cv_int64_val(idx->cval);
	return i >= 0 && i < len;
}

static LLVMValueRef index_addr(Node *n)
{
	Node *x = n->u.index.x, *ix = n->u.index.index;
	Type *xt = ty_under(x->type);
	switch (xt->kind) {
	case TY_ARRAY:
	case TY_POINTER: {
		Type *at = xt->kind == TY_POINTER ? ty_under(xt->elem) : xt;
		LLVMValueRef base = cg_expr(x);
		LLVMValueRef i = cg_index_i64(ix);
		if (!const_index_ok(ix, at->len))
			cg_bounds_check_u(i, cg_i64(at->len), ty_is_unsigned(ix->type));
		LLVMValueRef off = LLVMBuildMul(cg.b, i, cg_i64(cg_size(at->elem)), "");
		if (xt->kind == TY_POINTER)
			cg_nilcheck_at(base, off);
		return LLVMBuildGEP2(cg.b, cg.t_i8, base, &off, 1, "");
	}
	case TY_SLICE: {
		LLVMValueRef s = cg_expr(x);
		LLVMValueRef i = cg_index_i64(ix);
		LLVMValueRef ptr = LLVMBuildExtractValue(cg.b, s, 0, "");
		LLVMValueRef len = LLVMBuildExtractValue(cg.b, s, 1, "");
		cg_bounds_check_u(i, len, ty_is_unsigned(ix->type));
		return cg_gep_dyn(ptr, i, cg_size(xt->elem), "");
	}
	default:
		cg_unsupported(n, "index of this type");
		return LLVMGetUndef(cg.t_ptr);
	}
}

static LLVMValueRef string_index(Node *n)
{
	LLVMValueRef s = cg_expr(n->u.index.x);
	LLVMValueRef i = cg_index_i64(n->u.index.index);
	LLVMValueRef len = LLVMBuildExtractValue(cg.b, s, 1, "");
	cg_bounds_check_u(i, len, ty_is_unsigned(n->u.index.index->type));
	LLVMValueRef p = LLVMBuildExtractValue(cg.b, s, 0, "");
	p = LLVMBuildGEP2(cg.b, cg.t_i8, p, &i, 1, "");
	return LLVMBuildLoad2(cg.b, cg.t_i8, p, "");
}

/* x[lo:hi] and x[lo:hi:max] of strings, slices, arrays and pointers to
 * arrays, with the checks in gc's order (max, hi, lo). */
static LLVMValueRef slice_expr(Node *n)
{
	Node *x = n->u.slice.x;
	Type *xt = ty_under(x->type);
	LLVMValueRef ptr, len, cap;
	int64_t es = 1;
	bool is_string = false, is_slice = false;
	switch (xt->kind) {
	case TY_STRING:
	case TY_UNTYPED_STRING: {
		LLVMValueRef s = cg_expr(x);
		ptr = LLVMBuildExtractValue(cg.b, s, 0, "");
		len = cap = LLVMBuildExtractValue(cg.b, s, 1, "");
		is_string = true;
		break;
	}
	case TY_SLICE: {
		LLVMValueRef s = cg_expr(x);
		ptr = LLVMBuildExtractValue(cg.b, s, 0, "");
		len = LLVMBuildExtractValue(cg.b, s, 1, "");
		cap = LLVMBuildExtractValue(cg.b, s, 2, "");
		es = cg_size(xt->elem);
		is_slice = true;
		break;
	}
	case TY_ARRAY:
		ptr = cg_expr(x);
		len = cap = cg_i64(xt->len);
		es = cg_size(xt->elem);
		break;
	case TY_POINTER: {
		Type *at = ty_under(xt->elem);
		ptr = cg_nilcheck(cg_expr(x));
		len = cap = cg_i64(at->len);
		es = cg_size(at->elem);
		break;
	}
	default:
		cg_unsupported(n, "slicing this type");
		return LLVMGetUndef(cg_type(n->type));
	}
	LLVMValueRef lo = n->u.slice.lo ? cg_index_i64(n->u.slice.lo) : cg_i64(0);
	LLVMValueRef hi = n->u.slice.hi ? cg_index_i64(n->u.slice.hi) : len;
	LLVMValueRef max = n->u.slice.max ? cg_index_i64(n->u.slice.max) : cap;
	if (n->u.slice.full) {
		/* go1.19: BoundsSlice3Alen (6) for arrays, 3Acap (3) for slices */
		slice_check(is_slice ? 3 : 6, max, cap, n->u.slice.max);
		slice_check(4, hi, max, n->u.slice.hi);
		slice_check(5, lo, hi, n->u.slice.lo);
	} else {
		if (n->u.slice.hi)
			slice_check(is_slice ? 0 : 1, hi, is_slice ? cap : len,
			            n->u.slice.hi);
		if (n->u.slice.lo)
			slice_check(2, lo, hi, n->u.slice.lo);
	}
	LLVMValueRef nlen = LLVMBuildSub(cg.b, hi, lo, "");
	LLVMValueRef ncap = LLVMBuildSub(cg.b, max, lo, "");
	/* never point past the end: no offset when the result is empty */
	LLVMValueRef empty = LLVMBuildICmp(cg.b, LLVMIntEQ,
	                                   is_string ? nlen : ncap, cg_i64(0), "");
	LLVMValueRef off = LLVMBuildMul(cg.b, lo, cg_i64(es), "");
	off = LLVMBuildSelect(cg.b, empty, cg_i64(0), off, "");
	LLVMValueRef nptr = LLVMBuildGEP2(cg.b, cg.t_i8, ptr, &off, 1, "");
	LLVMValueRef r = LLVMGetUndef(is_string ? cg.t_str : cg.t_slice);
	r = LLVMBuildInsertValue(cg.b, r, nptr, 0, "");
	r = LLVMBuildInsertValue(cg.b, r, nlen, 1, "");
	if (!is_string)
		r = LLVMBuildInsertValue(cg.b, r, ncap, 2, "");
	return r;
}

/* ---- composite literals -------------------------------------------- */

static void build_agg(Node *n, Type *t, LLVMValueRef dst);

/* ---- static images of constant literals ---------------------------- */

/* Write the bytes of a constant value of type t (numbers, bools, and
 * arrays and structs of them, nested) to buf, which is zeroed and
 * cg_size(t) long; false if n is not such a constant (strings, pointers,
 * anything computed).  The data of a constant literal then lives in the
 * object file instead of being stored element by element by code: a
 * table of 300,000 constants took LLVM half a minute. */
static bool const_image(Node *n, Type *t, uint8_t *buf)
{
	n = ast_unparen(n);
	Type *u = ty_under(t);
	if (n->cval) {
		if (ty_is_string(u) || (!ty_is_integer(u) && !ty_is_float(u) &&
		                        u->kind != TY_BOOL))
			return false;
		LLVMValueRef c = cg_const(t, n->cval);
		int64_t size = cg_size(t);
		if (ty_is_float(u)) {
			LLVMBool loses;
			double d = LLVMConstRealGetDouble(c, &loses);
			if (size == 4) {
				float f = (float)d;
				memcpy(buf, &f, 4);
			} else {
				memcpy(buf, &d, 8);
			}
			return true;
		}
		uint64_t bits = LLVMConstIntGetZExtValue(c);
		for (int64_t i = 0; i < size; i++)
			buf[i] = (uint8_t)(bits >> (8 * i));
		return true;
	}
	if (n->kind != N_COMPOSITE || !ty_identical(n->type, t) ||
	    (u->kind != TY_ARRAY && u->kind != TY_STRUCT))
		return false;
	NodeList *elts = &n->u.composite.elts;
	if (u->kind == TY_STRUCT) {
		ty_layout(u);
		for (int i = 0; i < elts->len; i++) {
			Node *e = elts->v[i];
			int fi = i;
			if (e->kind == N_KEYVALUE) {
				fi = e->u.kv.index;
				e = e->u.kv.value;
			}
			Field *f = &u->fields[fi];
			if (!const_image(e, f->type, buf + f->offset))
				return false;
		}
		return true;
	}
	int64_t es = cg_size(u->elem), idx = 0;
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->v[i];
		if (e->kind == N_KEYVALUE) {
			idx = e->u.kv.index;
			e = e->u.kv.value;
		}
		if (!const_image(e, u->elem, buf + idx * es))
			return false;
		idx++;
	}
	return true;
}

/* Literals with fewer elements than this are left to the optimiser. */
#define CONST_LIT_MIN_ELTS 16

/* The static image of literal n of type t as an LLVM constant
 * ([size x i8]), or NULL.  Little-endian hosts only (the target is the
 * host). */
LLVMValueRef cg_const_literal(Node *n, Type *t)
{
	n = ast_unparen(n);
	if (n->kind != N_COMPOSITE || LLVMByteOrder(cg.td) != LLVMLittleEndian)
		return NULL;
	int64_t size = cg_size(t);
	if (size <= 0 || size > ((int64_t)1 << 30))
		return NULL;
	uint8_t *buf = calloc(1, (size_t)size);
	if (!buf)
		return NULL;
	LLVMValueRef c = NULL;
	if (const_image(n, t, buf))
		c = LLVMConstStringInContext(cg.ctx, (const char *)buf,
		                             (unsigned)size, true);
	free(buf);
	return c;
}

/* A private global holding image c (constant unless the program may
 * write it: the backing array of a package-level slice). */
static LLVMValueRef const_global(LLVMValueRef c, Type *t, bool writable)
{
	LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(c), "lit.data");
	LLVMSetInitializer(g, c);
	LLVMSetGlobalConstant(g, !writable);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	if (!writable)
		LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
	LLVMSetAlignment(g, (unsigned)cg_align(t));
	return g;
}

/* Copy the image of a large constant literal to dst; false if n is not
 * one. */
static bool copy_const_literal(Node *n, Type *t, LLVMValueRef dst)
{
	if (n->u.composite.elts.len < CONST_LIT_MIN_ELTS)
		return false;
	LLVMValueRef c = cg_const_literal(n, t);
	if (!c)
		return false;
	unsigned al = (unsigned)cg_align(t);
	LLVMBuildMemCpy(cg.b, dst, al, const_global(c, t, false), al,
	                cg_i64(cg_size(t)));
	return true;
}

LLVMValueRef cg_const_slice_global(Node *n)
{
	n = ast_unparen(n);
	if (n->kind != N_COMPOSITE || ty_under(n->type)->kind != TY_SLICE)
		return NULL;
	Type *et = ty_under(n->type)->elem;
	NodeList *elts = &n->u.composite.elts;
	int64_t idx = 0, count = 0;
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->v[i];
		idx = e->kind == N_KEYVALUE ? e->u.kv.index : idx;
		if (idx + 1 > count)
			count = idx + 1;
		idx++;
	}
	if (count == 0)
		return NULL;
	/* the slice literal's elements as an array literal */
	Node arr = *n;
	arr.type = ty_array(et, count);
	LLVMValueRef c = cg_const_literal(&arr, arr.type);
	if (!c)
		return NULL;
	LLVMValueRef f[3] = {const_global(c, arr.type, true), cg_i64(count),
	                     cg_i64(count)};
	return LLVMConstNamedStruct(cg.t_slice, f, 3);
}

static LLVMValueRef build_slice_lit(Node *n, Type *t)
{
	Type *et = ty_under(t)->elem;
	int64_t es = cg_size(et);
	NodeList *elts = &n->u.composite.elts;
	int64_t idx = 0, count = 0;
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->v[i];
		idx = e->kind == N_KEYVALUE ? e->u.kv.index : idx;
		if (idx + 1 > count)
			count = idx + 1;
		idx++;
	}
	LLVMValueRef arr = cg_site_alloc_type(n, ty_array(et, count), "slicelit");
	Node lit = *n; /* the elements as an array literal */
	lit.type = ty_array(et, count);
	bool copied = copy_const_literal(&lit, lit.type, arr);
	idx = 0;
	for (int i = 0; i < elts->len && !copied; i++) {
		Node *e = elts->v[i];
		Node *v = e;
		if (e->kind == N_KEYVALUE) {
			idx = e->u.kv.index;
			v = e->u.kv.value;
		}
		cg_expr_to(v, et, cg_gep(arr, idx * es, ""), true);
		idx++;
	}
	LLVMValueRef r = LLVMGetUndef(cg.t_slice);
	r = LLVMBuildInsertValue(cg.b, r, arr, 0, "");
	r = LLVMBuildInsertValue(cg.b, r, cg_i64(count), 1, "");
	return LLVMBuildInsertValue(cg.b, r, cg_i64(count), 2, "");
}

/* Build an array or struct literal into dst (fresh memory). */
static void build_agg(Node *n, Type *t, LLVMValueRef dst)
{
	Type *u = ty_under(t);
	NodeList *elts = &n->u.composite.elts;
	if (copy_const_literal(n, t, dst))
		return;
	cg_store_zero(t, dst);
	if (u->kind == TY_STRUCT) {
		ty_layout(u);
		for (int i = 0; i < elts->len; i++) {
			Node *e = elts->v[i];
			int fi = i;
			if (e->kind == N_KEYVALUE) {
				fi = e->u.kv.index;
				e = e->u.kv.value;
			}
			Field *f = &u->fields[fi];
			cg_expr_to(e, f->type, cg_gep(dst, f->offset, f->name), true);
		}
		return;
	}
	ICE_ASSERT(u->kind == TY_ARRAY);
	int64_t es = cg_size(u->elem), idx = 0;
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->v[i];
		if (e->kind == N_KEYVALUE) {
			idx = e->u.kv.index;
			e = e->u.kv.value;
		}
		cg_expr_to(e, u->elem, cg_gep(dst, idx * es, ""), true);
		idx++;
	}
}

/* &T{...}: a fresh object of type t holding the literal, where the
 * escape analysis decided for the site (the '&'; NULL: the heap). */
static LLVMValueRef new_composite(const Node *site, Node *n, Type *t)
{
	LLVMValueRef p = cg_site_alloc_type(site, t, "lit");
	if (ty_under(t)->kind == TY_SLICE)
		cg_store(t, build_slice_lit(n, t), p);
	else
		build_agg(n, t, p);
	return p;
}

/* A composite literal as a value: aggregates in a fresh temporary,
 * slices in fresh heap memory, &T{...} (elided) on the heap. */
LLVMValueRef cg_build_composite(Node *n, LLVMValueRef dst)
{
	Type *u = ty_under(n->type);
	if (u->kind == TY_SLICE)
		return build_slice_lit(n, n->type);
	if (u->kind == TY_POINTER)
		return new_composite(NULL, n, u->elem);
	if (u->kind != TY_ARRAY && u->kind != TY_STRUCT) {
		cg_unsupported(n, "composite literal of this type");
		return LLVMGetUndef(cg.t_ptr);
	}
	if (!dst)
		dst = cg_alloca(n->type, "lit");
	build_agg(n, n->type, dst);
	return dst;
}

void cg_expr_to(Node *n, Type *t, LLVMValueRef dst, bool fresh)
{
	if (cg_is_agg(t)) {
		Node *m = ast_unparen(n);
		if (fresh && m->kind == N_COMPOSITE && cg_is_agg(m->type)) {
			build_agg(m, t, dst);
			return;
		}
		cg_copy(t, dst, cg_expr(n));
		return;
	}
	cg_store(t, cg_fix_value(cg_expr(n), t), dst);
}

/* A value of type t the consumer owns (aggregates: a fresh copy). */
LLVMValueRef cg_expr_owned(Node *n, Type *t)
{
	if (cg_is_agg(t)) {
		LLVMValueRef tmp = cg_alloca(t, "tmp");
		cg_expr_to(n, t, tmp, true);
		return tmp;
	}
	return cg_fix_value(cg_expr(n), t);
}

/* ---- arithmetic ----------------------------------------------------- */

static unsigned int_width(Type *t)
{
	return LLVMGetIntTypeWidth(cg_type(t));
}

/* A buffer of `size` bytes in this frame for the result of a string
 * conversion or concatenation at `site` that does not escape (Go's
 * tmpBuf), or NULL when the site is a heap site. */
static LLVMValueRef tmpbuf(const Node *site, int64_t size)
{
	if (!cg_site_on_stack(site))
		return NULL;
	return cg_alloca_ll(LLVMArrayType2(cg.t_i8, (uint64_t)size), 8, "tmpbuf");
}

static LLVMValueRef concat(const Node *site, LLVMValueRef *parts, int n)
{
	LLVMTypeRef at = LLVMArrayType2(cg.t_str, (uint64_t)n);
	LLVMValueRef arr = cg_alloca_ll(at, 8, "parts");
	for (int i = 0; i < n; i++)
		LLVMBuildStore(cg.b, parts[i], cg_gep(arr, 16 * i, ""));
	LLVMValueRef out = cg_alloca_ll(cg.t_str, 8, "cat");
	LLVMValueRef buf = tmpbuf(site, RT_TMPBUF_BYTES);
	if (buf) {
		LLVMValueRef args[4] = {out, buf, arr, cg_i64(n)};
		cg_call_rt("rt_concatstrings_buf", args, 4, "");
	} else {
		LLVMValueRef args[3] = {out, arr, cg_i64(n)};
		cg_call_rt("rt_concatstrings", args, 3, "");
	}
	return LLVMBuildLoad2(cg.b, cg.t_str, out, "");
}

/* a + b + c ...: one rt_concatstrings call for the whole chain. */
static LLVMValueRef concat_chain(Node *n)
{
	int count = 0;
	for (Node *m = n;; m = ast_unparen(m->u.binary.x)) {
		count++;
		if (!(m->kind == N_BINARY && m->u.binary.op == OP_ADD && !m->cval))
			break;
	}
	Node **ops = arena_alloc(g_arena, sizeof *ops * (size_t)count);
	int k = count;
	Node *m = n;
	while (m->kind == N_BINARY && m->u.binary.op == OP_ADD && !m->cval) {
		ops[--k] = m->u.binary.y;
		m = ast_unparen(m->u.binary.x);
	}
	ops[--k] = m;
	ICE_ASSERT(k == 1 || k == 0);
	Node **first = ops + k;
	int nparts = count - k;
	LLVMValueRef *vals = arena_alloc(g_arena, sizeof *vals * (size_t)nparts);
	for (int i = 0; i < nparts; i++)
		vals[i] = cg_expr(first[i]);
	return concat(n, vals, nparts);
}

static LLVMValueRef divide(Op op, Type *t, LLVMValueRef x, LLVMValueRef y,
                           Node *ynode)
{
	bool is_signed = !ty_is_unsigned(t);
	(void)ynode;
	if (!(LLVMIsAConstantInt(y) && LLVMConstIntGetZExtValue(y) != 0)) {
		LLVMValueRef zero = LLVMBuildICmp(cg.b, LLVMIntEQ, y,
		                                  LLVMConstNull(LLVMTypeOf(y)), "");
		branch_to_panic(zero, &cg.f->div_bb, "rt_panicdivide");
	}
	if (!is_signed)
		return op == OP_DIV ? LLVMBuildUDiv(cg.b, x, y, "")
		                    : LLVMBuildURem(cg.b, x, y, "");
	/* x / -1 = -x and x % -1 = 0, without sdiv's overflow trap */
	LLVMTypeRef ty = LLVMTypeOf(y);
	LLVMValueRef m1 = LLVMBuildICmp(cg.b, LLVMIntEQ, y, LLVMConstAllOnes(ty), "");
	LLVMValueRef safe = LLVMBuildSelect(cg.b, m1, LLVMConstInt(ty, 1, false), y, "");
	if (op == OP_DIV)
		return LLVMBuildSelect(cg.b, m1, LLVMBuildNeg(cg.b, x, ""),
		                       LLVMBuildSDiv(cg.b, x, safe, ""), "");
	return LLVMBuildSelect(cg.b, m1, LLVMConstNull(ty),
	                       LLVMBuildSRem(cg.b, x, safe, ""), "");
}

static LLVMValueRef shift(Op op, Type *t, LLVMValueRef x, LLVMValueRef y,
                          Type *yt, Node *ynode)
{
	unsigned w = int_width(t);
	LLVMTypeRef ty = cg_type(t);
	bool sx = !ty_is_unsigned(t);
	if (ynode && ynode->cval) {
		uint64_t k = cv_uint64_val(ynode->cval);
		if (k >= w) {
			if (op == OP_SHL || !sx)
				return LLVMConstNull(ty);
			k = w - 1;
		}
		LLVMValueRef c = LLVMConstInt(ty, k, false);
		if (op == OP_SHL)
			return LLVMBuildShl(cg.b, x, c, "");
		return sx ? LLVMBuildAShr(cg.b, x, c, "") : LLVMBuildLShr(cg.b, x, c, "");
	}
	if (yt && !ty_is_unsigned(yt)) {
		LLVMValueRef neg = LLVMBuildICmp(cg.b, LLVMIntSLT, y,
		                                 LLVMConstNull(LLVMTypeOf(y)), "");
		branch_to_panic(neg, &cg.f->shift_bb, "rt_panicshift");
	}
	LLVMValueRef c64 = LLVMTypeOf(y) == cg.t_i64 ? y
	                 : LLVMBuildZExt(cg.b, y, cg.t_i64, "");
	LLVMValueRef big = LLVMBuildICmp(cg.b, LLVMIntUGE, c64, cg_i64(w), "");
	LLVMValueRef c = w == 64 ? c64 : LLVMBuildTrunc(cg.b, c64, ty, "");
	if (op == OP_SHR && sx) {
		c = LLVMBuildSelect(cg.b, big, LLVMConstInt(ty, w - 1, false), c, "");
		return LLVMBuildAShr(cg.b, x, c, "");
	}
	LLVMValueRef r = op == OP_SHL ? LLVMBuildShl(cg.b, x, c, "")
	                              : LLVMBuildLShr(cg.b, x, c, "");
	return LLVMBuildSelect(cg.b, big, LLVMConstNull(ty), r, "");
}

/* x op y for arithmetic operators on values of type t (y of type yt for
 * shifts; ynode, if known, lets constant operands skip checks). */
LLVMValueRef cg_binop(Node *n, Op op, Type *t, LLVMValueRef x, LLVMValueRef y,
                      Type *yt, Node *ynode)
{
	Type *u = ty_under(t);
	if (ty_is_untyped(u))
		u = ty_default(u);
	if (ty_is_string(u)) {
		ICE_ASSERT(op == OP_ADD);
		LLVMValueRef parts[2] = {x, y};
		return concat(NULL, parts, 2);
	}
	if (ty_is_float(u)) {
		switch (op) {
		case OP_ADD: return LLVMBuildFAdd(cg.b, x, y, "");
		case OP_SUB: return LLVMBuildFSub(cg.b, x, y, "");
		case OP_MUL: return LLVMBuildFMul(cg.b, x, y, "");
		case OP_DIV: return LLVMBuildFDiv(cg.b, x, y, "");
		default: break;
		}
		cg_unsupported(n, "float operator");
		return x;
	}
	switch (op) {
	case OP_ADD: return LLVMBuildAdd(cg.b, x, y, "");
	case OP_SUB: return LLVMBuildSub(cg.b, x, y, "");
	case OP_MUL: return LLVMBuildMul(cg.b, x, y, "");
	case OP_AND: return LLVMBuildAnd(cg.b, x, y, "");
	case OP_OR: return LLVMBuildOr(cg.b, x, y, "");
	case OP_XOR: return LLVMBuildXor(cg.b, x, y, "");
	case OP_ANDNOT: return LLVMBuildAnd(cg.b, x, LLVMBuildNot(cg.b, y, ""), "");
	case OP_DIV:
	case OP_REM: return divide(op, u, x, y, ynode);
	case OP_SHL:
	case OP_SHR: return shift(op, u, x, y, yt, ynode);
	default:
		cg_unsupported(n, "operator");
		return x;
	}
}

static LLVMValueRef compare(Node *n)
{
	Op op = n->u.binary.op;
	Node *xn = n->u.binary.x, *yn = n->u.binary.y;
	if (is_nil(xn) || is_nil(yn)) {
		Node *v = is_nil(xn) ? yn : xn;
		LLVMValueRef val = cg_expr(v);
		if (ty_under(v->type)->kind == TY_SLICE || ty_is_interface(v->type))
			val = LLVMBuildExtractValue(cg.b, val, 0, "");
		if (LLVMTypeOf(val) != cg.t_ptr) /* nil == nil cannot happen */
			ICE("comparison with nil of a non-pointer");
		LLVMIntPredicate p = op == OP_EQL ? LLVMIntEQ : LLVMIntNE;
		return LLVMBuildICmp(cg.b, p, val, LLVMConstNull(cg.t_ptr), "");
	}
	Type *t = xn->type;
	if (ty_is_untyped(t))
		t = yn->type;
	LLVMValueRef x = cg_expr(xn);
	LLVMValueRef y = cg_expr(yn);
	if ((op == OP_EQL || op == OP_NEQ) &&
	    ty_is_interface(xn->type) != ty_is_interface(yn->type)) {
		/* an interface and a concrete value: no boxing */
		bool xi = ty_is_interface(xn->type);
		Type *ct = xi ? yn->type : xn->type;
		LLVMValueRef e = cg_iface_equal_value(xi ? xn->type : yn->type, xi ? x : y,
		                                      ct, xi ? y : x);
		return op == OP_EQL ? e : LLVMBuildNot(cg.b, e, "");
	}
	if ((op == OP_EQL || op == OP_NEQ) && ty_is_interface(xn->type) &&
	    !ty_identical(xn->type, yn->type)) {
		LLVMValueRef e = cg_iface_equal2(xn->type, x, yn->type, y);
		return op == OP_EQL ? e : LLVMBuildNot(cg.b, e, "");
	}
	if (op == OP_EQL || op == OP_NEQ) {
		LLVMValueRef e = cg_equal(t, x, y);
		return op == OP_EQL ? e : LLVMBuildNot(cg.b, e, "");
	}
	Type *u = ty_under(t);
	if (ty_is_untyped(u))
		u = ty_default(u);
	if (ty_is_float(u)) {
		LLVMRealPredicate p = op == OP_LSS ? LLVMRealOLT : op == OP_LEQ ? LLVMRealOLE
		                    : op == OP_GTR ? LLVMRealOGT : LLVMRealOGE;
		return LLVMBuildFCmp(cg.b, p, x, y, "");
	}
	if (ty_is_string(u)) {
		LLVMValueRef args[4] = {
			LLVMBuildExtractValue(cg.b, x, 0, ""), LLVMBuildExtractValue(cg.b, x, 1, ""),
			LLVMBuildExtractValue(cg.b, y, 0, ""), LLVMBuildExtractValue(cg.b, y, 1, "")};
		x = cg_call_rt("rt_cmpstring", args, 4, "cmp");
		y = cg_i64(0);
		u = ty_basic[TY_INT];
	}
	bool uns = ty_is_unsigned(u);
	LLVMIntPredicate p;
	switch (op) {
	case OP_LSS: p = uns ? LLVMIntULT : LLVMIntSLT; break;
	case OP_LEQ: p = uns ? LLVMIntULE : LLVMIntSLE; break;
	case OP_GTR: p = uns ? LLVMIntUGT : LLVMIntSGT; break;
	default: p = uns ? LLVMIntUGE : LLVMIntSGE; break;
	}
	return LLVMBuildICmp(cg.b, p, x, y, "");
}

/* && and || with short-circuit evaluation. */
static LLVMValueRef logical(Node *n)
{
	bool is_and = n->u.binary.op == OP_LAND;
	hoist(n->u.binary.x, true);
	LLVMValueRef x = cg_expr(n->u.binary.x);
	LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
	LLVMBasicBlockRef rhs = cg_block(is_and ? "and.rhs" : "or.rhs");
	LLVMBasicBlockRef done = cg_block(is_and ? "and.done" : "or.done");
	if (is_and)
		LLVMBuildCondBr(cg.b, x, rhs, done);
	else
		LLVMBuildCondBr(cg.b, x, done, rhs);
	LLVMPositionBuilderAtEnd(cg.b, rhs);
	hoist(n->u.binary.y, true);
	LLVMValueRef y = cg_expr(n->u.binary.y);
	LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(cg.b);
	LLVMBuildBr(cg.b, done);
	LLVMPositionBuilderAtEnd(cg.b, done);
	LLVMValueRef phi = LLVMBuildPhi(cg.b, cg.t_i1, "");
	LLVMValueRef vals[2] = {LLVMConstInt(cg.t_i1, !is_and, false), y};
	LLVMBasicBlockRef bbs[2] = {from, rhs_end};
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

static LLVMValueRef binary(Node *n)
{
	Op op = n->u.binary.op;
	switch (op) {
	case OP_LAND:
	case OP_LOR:
		return logical(n);
	case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ:
		return compare(n);
	default:
		break;
	}
	if (op == OP_ADD && ty_is_string(ty_under(n->type)))
		return concat_chain(n);
	LLVMValueRef x = cg_expr(n->u.binary.x);
	LLVMValueRef y = cg_expr(n->u.binary.y);
	return cg_binop(n, op, n->type, x, y, n->u.binary.y->type, n->u.binary.y);
}

static LLVMValueRef unary(Node *n)
{
	Node *x = n->u.unary.x;
	switch (n->u.unary.op) {
	case OP_ADD:
		return cg_expr(x);
	case OP_SUB: {
		LLVMValueRef v = cg_expr(x);
		if (ty_is_float(ty_under(n->type)))
			return LLVMBuildFNeg(cg.b, v, "");
		return LLVMBuildNeg(cg.b, v, "");
	}
	case OP_XOR:
	case OP_NOT:
		return LLVMBuildNot(cg.b, cg_expr(x), "");
	case OP_AND: {
		Node *m = ast_unparen(x);
		if (m->kind == N_COMPOSITE) /* T may also be a slice type */
			return new_composite(n, m, m->type);
		return cg_addr(x);
	}
	default:
		cg_unsupported(n, "operator");
		return LLVMGetUndef(cg_type(n->type));
	}
}

/* ---- conversions ---------------------------------------------------- */

/* amd64's CVTTSD2SQ / CVTTSD2SL: truncate toward zero, and the "integer
 * indefinite" value (the minimum of the width) for NaN and values out of
 * range.  w is 32 or 64; the result is i64 or i32. */
static LLVMValueRef cvt_float(LLVMValueRef v, unsigned w)
{
	LLVMTypeRef ft = LLVMTypeOf(v);
	LLVMTypeRef it = w == 64 ? cg.t_i64 : cg.t_i32;
	double lim = w == 64 ? 9223372036854775808.0 : 2147483648.0;
	LLVMValueRef ge = LLVMBuildFCmp(cg.b, LLVMRealOGE, v, LLVMConstReal(ft, -lim), "");
	LLVMValueRef lt = LLVMBuildFCmp(cg.b, LLVMRealOLT, v, LLVMConstReal(ft, lim), "");
	LLVMValueRef ok = LLVMBuildAnd(cg.b, ge, lt, "");
	/* keep fptosi away from poison: convert 0 when out of range */
	LLVMValueRef safe = LLVMBuildSelect(cg.b, ok, v, LLVMConstReal(ft, 0), "");
	LLVMValueRef r = LLVMBuildFPToSI(cg.b, safe, it, "");
	LLVMValueRef indef = LLVMConstInt(it, w == 64 ? (unsigned long long)INT64_MIN
	                                              : 0x80000000ull, false);
	return LLVMBuildSelect(cg.b, ok, r, indef, "");
}

/* Float to integer conversions as gc compiles them on amd64. */
static LLVMValueRef float_to_int(LLVMValueRef v, Type *to)
{
	LLVMTypeRef from = LLVMTypeOf(v);
	unsigned w = int_width(to);
	LLVMTypeRef ty = cg_type(to);
	bool uns = ty_is_unsigned(to);
	if (w == 64 && uns) {
		/* x < 2^63 ? cvt(x) : cvt(x - 2^63) | 1<<63 */
		LLVMValueRef two63 = LLVMConstReal(from, 9223372036854775808.0);
		LLVMValueRef small = LLVMBuildFCmp(cg.b, LLVMRealOLT, v, two63, "");
		LLVMValueRef lo = cvt_float(v, 64);
		LLVMValueRef hi = cvt_float(LLVMBuildFSub(cg.b, v, two63, ""), 64);
		hi = LLVMBuildOr(cg.b, hi, cg_i64(INT64_MIN), "");
		return LLVMBuildSelect(cg.b, small, lo, hi, "");
	}
	if (w == 64)
		return cvt_float(v, 64);
	if (uns && w == 32)
		return LLVMBuildTrunc(cg.b, cvt_float(v, 64), ty, "");
	LLVMValueRef r = cvt_float(v, 32);
	return w == 32 ? r : LLVMBuildTrunc(cg.b, r, ty, "");
}

/* Call runtime conversion rt (or rt_buf with a frame buffer of bufsize
 * bytes when the site does not escape) with its result in memory. */
static LLVMValueRef call_out(const char *rt, const Node *site, int64_t bufsize,
                             LLVMTypeRef outty, LLVMValueRef *args, int n)
{
	LLVMValueRef out = cg_alloca_ll(outty, 8, "conv");
	LLVMValueRef all[5];
	int k = 0;
	all[k++] = out;
	LLVMValueRef buf = tmpbuf(site, bufsize);
	if (buf) {
		all[k++] = buf;
		rt = arena_sprintf(g_arena, "%s_buf", rt);
	}
	for (int i = 0; i < n; i++)
		all[k++] = args[i];
	cg_call_rt(rt, all, k, "");
	return LLVMBuildLoad2(cg.b, outty, out, "");
}

/* One rune of p[0:n] as Go decodes it; *w gets its width (1 for an
 * invalid encoding, which decodes as U+FFFD). */
static int32_t decode_rune(const unsigned char *p, size_t n, int *w)
{
	unsigned c = p[0];
	int need;
	uint32_t r, min;
	*w = 1;
	if (c < 0x80)
		return (int32_t)c;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1, r = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2, r = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3, r = c & 0x07, min = 0x10000;
	} else {
		return 0xFFFD;
	}
	if ((size_t)need >= n)
		return 0xFFFD;
	for (int i = 1; i <= need; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0xFFFD;
		r = r << 6 | (p[i] & 0x3F);
	}
	if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		return 0xFFFD;
	*w = need + 1;
	return (int32_t)r;
}

/* The elements of []byte(c) or []rune(c) for a constant string c (value
 * s) as a constant array; *n gets their count. */
static LLVMValueRef const_elems(LLVMValueRef s, bool runes, int64_t *n)
{
	size_t len = 0;
	const char *p = "";
	/* "" folds to a zeroinitializer, which has no operands */
	if (!LLVMIsNull(s))
		p = LLVMGetAsString(LLVMGetInitializer(LLVMGetOperand(s, 0)), &len);
	if (!runes) {
		*n = (int64_t)len;
		return LLVMConstStringInContext(cg.ctx, p, (unsigned)len, true);
	}
	LLVMValueRef *rs = arena_alloc(g_arena, sizeof *rs * (len + 1));
	int64_t k = 0;
	for (size_t i = 0; i < len; k++) {
		int w;
		int32_t r = decode_rune((const unsigned char *)p + i, len - i, &w);
		rs[k] = LLVMConstInt(cg.t_i32, (unsigned long long)r, false);
		i += (size_t)w;
	}
	*n = k;
	return LLVMConstArray2(cg.t_i32, rs, (uint64_t)k);
}

/* []byte(c) and []rune(c) of a constant string c (value s): like gc,
 * exactly a [len]byte or [len]rune array, on the stack when the site
 * does not escape and it is at most 64 KiB, so the slice's capacity is
 * its length, not the 32 elements of a tmpBuf. */
LLVMValueRef cg_const_string_slice(const Node *site, LLVMValueRef s, Type *to)
{
	Type *et = ty_under(to)->elem;
	bool runes = ty_under(et)->kind == TY_INT32;
	int64_t n;
	LLVMValueRef init = const_elems(s, runes, &n);
	Type *at = ty_array(et, n);
	const Node *where = cg_size(at) <= 64 * 1024 ? site : NULL;
	LLVMValueRef p = cg_site_alloc_type(where, at, "elems");
	if (n > 0) {
		LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "elems");
		LLVMSetInitializer(g, init);
		LLVMSetGlobalConstant(g, true);
		LLVMSetLinkage(g, LLVMPrivateLinkage);
		LLVMBuildMemCpy(cg.b, p, 1, g, 1, cg_i64(cg_size(at)));
	}
	LLVMValueRef v = LLVMGetUndef(cg.t_slice);
	v = LLVMBuildInsertValue(cg.b, v, p, 0, "");
	v = LLVMBuildInsertValue(cg.b, v, cg_i64(n), 1, "");
	return LLVMBuildInsertValue(cg.b, v, cg_i64(n), 2, "");
}

LLVMValueRef cg_convert_site(const Node *site, LLVMValueRef v, Type *from,
                             Type *to)
{
	Type *fu = ty_under(from), *tu = ty_under(to);
	if (ty_is_untyped(fu) && fu->kind != TY_UNTYPED_NIL)
		fu = ty_default(fu);
	if (ty_is_integer(fu) && ty_is_integer(tu)) {
		unsigned fw = int_width(fu), tw = int_width(tu);
		if (fw == tw)
			return v;
		if (tw < fw)
			return LLVMBuildTrunc(cg.b, v, cg_type(tu), "");
		return ty_is_unsigned(fu) ? LLVMBuildZExt(cg.b, v, cg_type(tu), "")
		                          : LLVMBuildSExt(cg.b, v, cg_type(tu), "");
	}
	if (ty_is_integer(fu) && ty_is_float(tu))
		return ty_is_unsigned(fu) ? LLVMBuildUIToFP(cg.b, v, cg_type(tu), "")
		                          : LLVMBuildSIToFP(cg.b, v, cg_type(tu), "");
	if (ty_is_float(fu) && ty_is_integer(tu))
		return float_to_int(v, tu);
	if (ty_is_float(fu) && ty_is_float(tu)) {
		if (fu->kind == tu->kind)
			return v;
		return tu->kind == TY_FLOAT32 ? LLVMBuildFPTrunc(cg.b, v, cg.t_f32, "")
		                              : LLVMBuildFPExt(cg.b, v, cg.t_f64, "");
	}
	if (ty_is_string(tu) && ty_is_integer(fu)) {
		LLVMValueRef r = cg_to_i64(fu, v);
		return call_out("rt_intstring", site, 4, cg.t_str, &r, 1);
	}
	if (ty_is_string(tu) && fu->kind == TY_SLICE) {
		LLVMValueRef args[2] = {LLVMBuildExtractValue(cg.b, v, 0, ""),
		                        LLVMBuildExtractValue(cg.b, v, 1, "")};
		bool runes = ty_under(fu->elem)->kind == TY_INT32;
		return call_out(runes ? "rt_slicerunetostring" : "rt_slicebytetostring",
		                site, RT_TMPBUF_BYTES, cg.t_str, args, 2);
	}
	if (tu->kind == TY_SLICE && ty_is_string(fu)) {
		LLVMValueRef args[2] = {LLVMBuildExtractValue(cg.b, v, 0, ""),
		                        LLVMBuildExtractValue(cg.b, v, 1, "")};
		bool runes = ty_under(tu->elem)->kind == TY_INT32;
		return call_out(runes ? "rt_stringtoslicerune" : "rt_stringtoslicebyte",
		                site, runes ? 4 * RT_TMPBUF_BYTES : RT_TMPBUF_BYTES,
		                cg.t_slice, args, 2);
	}
	return cg_fix_value(v, to);
}

/* ---- entry points --------------------------------------------------- */

static LLVMValueRef ident(Node *n)
{
	Symbol *s = n->u.ident.sym;
	ICE_ASSERT(s != NULL);
	switch (s->kind) {
	case SYM_VAR:
		return cg_load(s->type, cg_var_addr(s), s->name);
	case SYM_FUNC:
		return cg_func_closure(s->func);
	case SYM_NIL:
		return LLVMConstNull(cg_type(n->type));
	case SYM_CONST:
		return cg_const(n->type, s->cval);
	default:
		cg_unsupported(n, "this identifier as a value");
		return LLVMGetUndef(cg_type(n->type));
	}
}

LLVMValueRef cg_expr(Node *n)
{
	if (n->cval)
		return cg_const(n->type, n->cval);
	if (nhoisted) {
		LLVMValueRef v = hoist_take(n);
		if (v)
			return v;
	}
	switch (n->kind) {
	case N_IDENT:
		return ident(n);
	case N_BASICLIT:
		if (n->u.lit.kind == LIT_STRING)
			return cg_string_const(n->u.lit.str.p, n->u.lit.str.len);
		cg_unsupported(n, "literal without a value");
		return LLVMGetUndef(cg_type(n->type));
	case N_COMPOSITE:
		return cg_build_composite(n, NULL);
	case N_FUNCLIT:
		return cg_funclit(n);
	case N_PAREN:
		return cg_expr(n->u.paren.x);
	case N_SELECTOR:
		switch (n->u.sel.kind) {
		case SEL_FIELD:
			return cg_load(n->type, field_addr(n), n->u.sel.name->u.ident.name);
		case SEL_METHOD:
			return cg_method_value(n);
		case SEL_METHODEXPR:
			return cg_method_expr(n);
		case SEL_IMETHOD:
			return cg_iface_method_value(n);
		case SEL_IMETHODEXPR:
			return cg_iface_method_expr(n);
		default:
			cg_unsupported(n, "selector");
			return LLVMGetUndef(cg_type(n->type));
		}
	case N_INDEX:
		if (ty_is_string(ty_under(n->u.index.x->type)))
			return string_index(n);
		return cg_load(n->type, index_addr(n), "");
	case N_SLICE:
		return slice_expr(n);
	case N_CALL:
		return cg_call(n, NULL);
	case N_STAR: {
		LLVMValueRef p = cg_nilcheck(cg_expr(n->u.star.x));
		return cg_load(n->type, p, "");
	}
	case N_UNARY:
		return unary(n);
	case N_BINARY:
		return binary(n);
	case N_CONVIFACE:
		return cg_iface_convert(n, n->u.conv.x, n->type);
	case N_TYPEASSERT:
		return cg_typeassert(n, NULL);
	default:
		cg_unsupported(n, node_kind_names[n->kind]);
		return LLVMGetUndef(n->type ? cg_type(n->type) : cg.t_i64);
	}
}

LLVMValueRef cg_addr(Node *n)
{
	switch (n->kind) {
	case N_IDENT:
		if (n->u.ident.sym && n->u.ident.sym->kind == SYM_VAR)
			return cg_var_addr(n->u.ident.sym);
		break;
	case N_PAREN:
		return cg_addr(n->u.paren.x);
	case N_SELECTOR:
		if (n->u.sel.kind == SEL_FIELD)
			return field_addr(n);
		break;
	case N_INDEX:
		if (!ty_is_string(ty_under(n->u.index.x->type)))
			return index_addr(n);
		break;
	case N_STAR:
		return cg_nilcheck(cg_expr(n->u.star.x));
	case N_COMPOSITE:
		if (ty_under(n->type)->kind != TY_POINTER)
			return new_composite(NULL, n, n->type);
		break;
	default:
		break;
	}
	/* not addressable: a temporary holding the value */
	if (cg_is_agg(n->type))
		return cg_expr(n);
	LLVMValueRef tmp = cg_alloca(n->type, "tmp");
	cg_store(n->type, cg_expr(n), tmp);
	return tmp;
}

LLVMValueRef cg_cond(Node *n)
{
	hoist(n, true);
	return cg_expr(n);
}
