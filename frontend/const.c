/*
 * const.c: exact arithmetic on Go constants.
 *
 * Integer constants are GMP integers (mpz), floating-point constants exact
 * GMP rationals (mpq); booleans and strings are stored plainly.  The
 * checker does all constant folding through this file: unary and binary
 * operators, shifts, comparisons, and the representability test that
 * decides whether a value fits a type (rounding floats to float32 or
 * float64 exactly as IEEE round-to-nearest-even does).  GMP's memory comes
 * from the compilation arena, so nothing needs freeing.
 */
#include "check_internal.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ConstVal {
	ConstKind kind;
	bool b;
	mpz_t z; /* CV_INT */
	mpq_t q; /* CV_FLOAT */
	Str s;   /* CV_STRING; s.p is NULL for a concatenation not yet
	            flattened (then left and right hold the parts) */
	const ConstVal *left, *right;
};

/* ---- GMP memory from the arena -------------------------------------- */

static void *gmp_alloc(size_t n) { return arena_alloc(g_arena, n); }

static void *gmp_realloc(void *p, size_t old, size_t n)
{
	void *np = arena_alloc(g_arena, n);
	memcpy(np, p, old < n ? old : n);
	return np;
}

static void gmp_free(void *p, size_t n) { (void)p; (void)n; }

static void cv_setup(void)
{
	static bool done;
	if (!done) {
		mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
		done = true;
	}
}

static ConstVal *cv_new(ConstKind k)
{
	cv_setup();
	ConstVal *v = arena_alloc(g_arena, sizeof *v);
	v->kind = k;
	if (k == CV_INT)
		mpz_init(v->z);
	else if (k == CV_FLOAT)
		mpq_init(v->q);
	return v;
}

ConstKind cv_kind(const ConstVal *v) { return v->kind; }

ConstVal *cv_bool(bool b)
{
	ConstVal *v = cv_new(CV_BOOL);
	v->b = b;
	return v;
}

ConstVal *cv_int64(int64_t i)
{
	ConstVal *v = cv_new(CV_INT);
	mpz_set_si(v->z, i);
	return v;
}

ConstVal *cv_uint64(uint64_t u)
{
	ConstVal *v = cv_new(CV_INT);
	mpz_import(v->z, 1, 1, sizeof u, 0, 0, &u);
	return v;
}

ConstVal *cv_string(Str s)
{
	ConstVal *v = cv_new(CV_STRING);
	v->s = s;
	return v;
}

bool cv_bool_val(const ConstVal *v) { return v->b; }

/* Flatten a concatenation tree into one buffer (iteratively: chains of
 * tens of thousands of + are common in generated code). */
Str cv_string_val(const ConstVal *v)
{
	if (v->s.p || v->kind != CV_STRING)
		return v->s;
	char *buf = arena_alloc(g_arena, v->s.len + 1);
	size_t pos = 0;
	PtrList stack = {0};
	pl_push(&stack, (void *)v);
	while (stack.len) {
		const ConstVal *c = stack.v[--stack.len];
		if (c->s.p) {
			memcpy(buf + pos, c->s.p, c->s.len);
			pos += c->s.len;
			continue;
		}
		pl_push(&stack, (void *)c->right);
		pl_push(&stack, (void *)c->left);
	}
	((ConstVal *)v)->s.p = buf;
	((ConstVal *)v)->left = ((ConstVal *)v)->right = NULL;
	return v->s;
}

/* ---- literals ------------------------------------------------------- */

static int digit_val(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

/* Parse an integer or floating-point literal (underscores allowed, 0x,
 * 0o, 0b, legacy octal, hex floats with p exponents). */
ConstVal *cv_from_literal(LitKind kind, const char *raw)
{
	cv_setup();
	const char *p = raw;
	int base = 10;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		base = 16;
		p += 2;
	} else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) {
		base = 2;
		p += 2;
	} else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) {
		base = 8;
		p += 2;
	} else if (p[0] == '0' && kind == LIT_INT) {
		base = 8;
	}
	mpz_t mant;
	mpz_init(mant);
	long frac_digits = 0, ndigits = 0;
	bool seen_dot = false;
	for (; *p; p++) {
		if (*p == '_')
			continue;
		if (*p == '.') {
			if (seen_dot)
				return NULL;
			seen_dot = true;
			continue;
		}
		int d = digit_val((unsigned char)*p);
		if (base == 10 && (*p == 'e' || *p == 'E'))
			break;
		if (base == 16 && (*p == 'p' || *p == 'P'))
			break;
		if (d >= base)
			return NULL;
		mpz_mul_ui(mant, mant, (unsigned long)base);
		mpz_add_ui(mant, mant, (unsigned long)d);
		ndigits++;
		if (seen_dot)
			frac_digits++;
	}
	long exp = 0;
	if (*p) {
		p++;
		int sign = 1;
		if (*p == '+' || *p == '-')
			sign = *p++ == '-' ? -1 : 1;
		if (!*p)
			return NULL;
		for (; *p; p++) {
			if (*p == '_')
				continue;
			if (!isdigit((unsigned char)*p))
				return NULL;
			if (exp < 100000000)
				exp = exp * 10 + (*p - '0');
		}
		exp *= sign;
	}
	if (kind == LIT_INT) {
		if (ndigits == 0 && base != 8)
			return NULL;
		ConstVal *v = cv_new(CV_INT);
		mpz_set(v->z, mant);
		return v;
	}
	/* value = mant * base^-frac_digits * (10 or 2)^exp */
	if (exp > 1000000 || exp < -1000000)
		return NULL;
	ConstVal *v = cv_new(CV_FLOAT);
	mpz_t num, den, pw;
	mpz_inits(num, den, pw, NULL);
	mpz_set(num, mant);
	mpz_set_ui(den, 1);
	if (base == 16) {
		long e2 = exp - 4 * frac_digits;
		if (e2 >= 0)
			mpz_mul_2exp(num, num, (unsigned long)e2);
		else
			mpz_mul_2exp(den, den, (unsigned long)-e2);
	} else {
		long e10 = exp - frac_digits;
		mpz_ui_pow_ui(pw, 10, (unsigned long)(e10 >= 0 ? e10 : -e10));
		if (e10 >= 0)
			mpz_mul(num, num, pw);
		else
			mpz_set(den, pw);
	}
	mpq_set_num(v->q, num);
	mpq_set_den(v->q, den);
	mpq_canonicalize(v->q);
	return v;
}

/* ---- conversions between representations ---------------------------- */

/* Round num/den (den > 0) to a binary float with `prec` mantissa bits and
 * smallest exponent `emin_bit` (the weight of the lowest subnormal bit);
 * nearest, ties to even.  Returns the value as a double (exact), or
 * +-HUGE_VAL when it exceeds `maxval`. */
static double round_rat(const mpz_t num_in, const mpz_t den, int prec, long emin_bit,
                        double maxval)
{
	if (mpz_sgn(num_in) == 0)
		return 0.0;
	int sign = mpz_sgn(num_in);
	mpz_t a, q, r;
	mpz_inits(a, q, r, NULL);
	mpz_abs(a, num_in);
	long e = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(den, 2);
	/* guard against absurd magnitudes */
	if (e > 100000)
		return sign * HUGE_VAL;
	if (e < -100000)
		return sign * 0.0;
	long k = prec + 2 - e; /* q = floor(a * 2^k / den) has ~prec+2 bits */
	if (k >= 0) {
		mpz_mul_2exp(a, a, (unsigned long)k);
		mpz_fdiv_qr(q, r, a, den);
	} else {
		mpz_t d2;
		mpz_init(d2);
		mpz_mul_2exp(d2, den, (unsigned long)-k);
		mpz_fdiv_qr(q, r, a, d2);
	}
	long n = (long)mpz_sizeinbase(q, 2);
	long shift = n - prec;
	if (shift < k + emin_bit)
		shift = k + emin_bit;
	if (shift < 0)
		shift = 0;
	mpz_t m;
	mpz_init(m);
	mpz_fdiv_q_2exp(m, q, (unsigned long)shift);
	bool half = shift > 0 && mpz_tstbit(q, (mp_bitcnt_t)(shift - 1));
	bool sticky = mpz_sgn(r) != 0 ||
	              (shift > 1 && mpz_scan1(q, 0) < (mp_bitcnt_t)(shift - 1));
	if (half && (sticky || mpz_odd_p(m)))
		mpz_add_ui(m, m, 1);
	double d = ldexp(mpz_get_d(m), (int)(shift - k));
	if (d > maxval)
		return sign * HUGE_VAL;
	return sign * d;
}

static double rat_to_double(const mpq_t q, bool f32)
{
	if (f32)
		return round_rat(mpq_numref(q), mpq_denref(q), 24, -149, FLT_MAX);
	return round_rat(mpq_numref(q), mpq_denref(q), 53, -1074, DBL_MAX);
}

static double int_to_double(const mpz_t z, bool f32)
{
	mpz_t one;
	mpz_init_set_ui(one, 1);
	if (f32)
		return round_rat(z, one, 24, -149, FLT_MAX);
	return round_rat(z, one, 53, -1074, DBL_MAX);
}

/* An exact rational from a finite double. */
static void q_set_double(mpq_t q, double d) { mpq_set_d(q, d); }

ConstVal *cv_to_float(const ConstVal *v)
{
	if (v->kind == CV_FLOAT)
		return (ConstVal *)v;
	ConstVal *r = cv_new(CV_FLOAT);
	if (v->kind == CV_INT)
		mpq_set_z(r->q, v->z);
	return r;
}

bool cv_is_integral(const ConstVal *v)
{
	if (v->kind == CV_INT)
		return true;
	return v->kind == CV_FLOAT && mpz_cmp_ui(mpq_denref(v->q), 1) == 0;
}

ConstVal *cv_to_int(const ConstVal *v)
{
	if (v->kind == CV_INT)
		return (ConstVal *)v;
	ConstVal *r = cv_new(CV_INT);
	if (v->kind == CV_FLOAT)
		mpz_tdiv_q(r->z, mpq_numref(v->q), mpq_denref(v->q));
	return r;
}

int64_t cv_int64_val(const ConstVal *v)
{
	return (int64_t)cv_uint64_val(v);
}

uint64_t cv_uint64_val(const ConstVal *v)
{
	if (v->kind == CV_BOOL)
		return v->b;
	if (v->kind != CV_INT)
		v = cv_to_int(v);
	/* two's complement of the low 64 bits */
	mpz_t t;
	mpz_init(t);
	mpz_fdiv_r_2exp(t, v->z, 64);
	uint64_t u = 0;
	size_t cnt = 0;
	mpz_export(&u, &cnt, -1, sizeof u, 0, 0, t);
	return cnt ? u : 0;
}

double cv_float64_val(const ConstVal *v)
{
	if (v->kind == CV_INT)
		return int_to_double(v->z, false);
	if (v->kind == CV_FLOAT)
		return rat_to_double(v->q, false);
	return 0;
}

int cv_sign(const ConstVal *v)
{
	if (v->kind == CV_INT)
		return mpz_sgn(v->z);
	if (v->kind == CV_FLOAT)
		return mpq_sgn(v->q);
	return 0;
}

long cv_bitlen(const ConstVal *v)
{
	if (v->kind != CV_INT || mpz_sgn(v->z) == 0)
		return 0;
	return (long)mpz_sizeinbase(v->z, 2);
}

bool cv_uint64_fits(const ConstVal *v, uint64_t *out)
{
	if (!cv_is_integral(v))
		return false;
	const ConstVal *i = cv_to_int(v);
	if (mpz_sgn(i->z) < 0 || mpz_sizeinbase(i->z, 2) > 64)
		return false;
	*out = cv_uint64_val(i);
	return true;
}

/* ---- representability ----------------------------------------------- */

static void int_range(TypeKind k, mpz_t lo, mpz_t hi)
{
	int bits = 64;
	bool uns = false;
	switch (k) {
	case TY_INT8: bits = 8; break;
	case TY_INT16: bits = 16; break;
	case TY_INT32: bits = 32; break;
	case TY_UINT8: bits = 8; uns = true; break;
	case TY_UINT16: bits = 16; uns = true; break;
	case TY_UINT32: bits = 32; uns = true; break;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR: uns = true; break;
	default: break;
	}
	if (uns) {
		mpz_set_ui(lo, 0);
		mpz_set_ui(hi, 1);
		mpz_mul_2exp(hi, hi, (mp_bitcnt_t)bits);
		mpz_sub_ui(hi, hi, 1);
	} else {
		mpz_set_ui(hi, 1);
		mpz_mul_2exp(hi, hi, (mp_bitcnt_t)(bits - 1));
		mpz_neg(lo, hi);
		mpz_sub_ui(hi, hi, 1);
	}
}

CvRep cv_represent(const ConstVal *v, Type *t, ConstVal **out)
{
	Type *u = ty_under(t);
	*out = (ConstVal *)v;
	if (!u)
		return REP_INVALID;
	switch (u->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL:
		return v->kind == CV_BOOL ? REP_OK : REP_INVALID;
	case TY_STRING: case TY_UNTYPED_STRING:
		return v->kind == CV_STRING ? REP_OK : REP_INVALID;
	case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
		if (v->kind != CV_INT && v->kind != CV_FLOAT)
			return REP_INVALID;
		if (!cv_is_integral(v))
			return REP_TRUNCATED;
		*out = cv_to_int(v);
		return REP_OK;
	case TY_UNTYPED_FLOAT:
		if (v->kind != CV_INT && v->kind != CV_FLOAT)
			return REP_INVALID;
		*out = cv_to_float(v);
		return REP_OK;
	case TY_FLOAT32: case TY_FLOAT64: {
		if (v->kind != CV_INT && v->kind != CV_FLOAT)
			return REP_INVALID;
		bool f32 = u->kind == TY_FLOAT32;
		double d = v->kind == CV_INT ? int_to_double(v->z, f32)
		                             : rat_to_double(v->q, f32);
		if (isinf(d))
			return REP_OVERFLOW;
		ConstVal *r = cv_new(CV_FLOAT);
		q_set_double(r->q, d);
		*out = r;
		return REP_OK;
	}
	case TY_COMPLEX64: case TY_COMPLEX128:
		return v->kind == CV_INT || v->kind == CV_FLOAT ? REP_OK : REP_INVALID;
	default:
		if (u->kind >= TY_INT && u->kind <= TY_UINTPTR) {
			if (v->kind != CV_INT && v->kind != CV_FLOAT)
				return REP_INVALID;
			if (!cv_is_integral(v))
				return REP_TRUNCATED;
			const ConstVal *i = cv_to_int(v);
			mpz_t lo, hi;
			mpz_inits(lo, hi, NULL);
			int_range(u->kind, lo, hi);
			if (mpz_cmp(i->z, lo) < 0 || mpz_cmp(i->z, hi) > 0)
				return REP_OVERFLOW;
			*out = (ConstVal *)i;
			return REP_OK;
		}
		return REP_INVALID;
	}
}

/* ---- operators ------------------------------------------------------ */

/* Unary + - ^ !.  `t` is the operand's type (for ^ on unsigned types,
 * which flips only the type's bits). */
ConstVal *cv_unary(Op op, const ConstVal *x, Type *t)
{
	ConstVal *r;
	switch (op) {
	case OP_ADD:
		return (ConstVal *)x;
	case OP_SUB:
		r = cv_new(x->kind);
		if (x->kind == CV_INT)
			mpz_neg(r->z, x->z);
		else
			mpq_neg(r->q, x->q);
		return r;
	case OP_NOT:
		return cv_bool(!x->b);
	case OP_XOR: {
		r = cv_new(CV_INT);
		const ConstVal *xi = cv_to_int(x);
		if (ty_is_unsigned(t)) {
			ty_layout(ty_under(t));
			mpz_t mask;
			mpz_init_set_ui(mask, 1);
			mpz_mul_2exp(mask, mask, (mp_bitcnt_t)(ty_under(t)->size * 8));
			mpz_sub_ui(mask, mask, 1);
			mpz_xor(r->z, xi->z, mask);
		} else {
			mpz_com(r->z, xi->z);
		}
		return r;
	}
	default:
		ICE("cv_unary: bad operator %d", op);
	}
}

/* Binary arithmetic and logical operators on constants of one kind
 * (the checker converts both operands first).  `intdiv` selects
 * truncated integer division for / .  The caller rules out division by
 * zero. */
ConstVal *cv_binary(Op op, const ConstVal *x, const ConstVal *y, bool intdiv)
{
	if (x->kind == CV_BOOL) {
		if (op == OP_LAND)
			return cv_bool(x->b && y->b);
		return cv_bool(x->b || y->b);
	}
	if (x->kind == CV_STRING) {
		/* concatenation is lazy: see cv_string_val */
		ConstVal *r = cv_new(CV_STRING);
		r->s.len = x->s.len + y->s.len;
		r->left = x;
		r->right = y;
		return r;
	}
	if (x->kind == CV_INT && y->kind == CV_INT && (op != OP_DIV || intdiv)) {
		ConstVal *r = cv_new(CV_INT);
		switch (op) {
		case OP_ADD: mpz_add(r->z, x->z, y->z); break;
		case OP_SUB: mpz_sub(r->z, x->z, y->z); break;
		case OP_MUL: mpz_mul(r->z, x->z, y->z); break;
		case OP_DIV: mpz_tdiv_q(r->z, x->z, y->z); break;
		case OP_REM: mpz_tdiv_r(r->z, x->z, y->z); break;
		case OP_AND: mpz_and(r->z, x->z, y->z); break;
		case OP_OR: mpz_ior(r->z, x->z, y->z); break;
		case OP_XOR: mpz_xor(r->z, x->z, y->z); break;
		case OP_ANDNOT: {
			mpz_t c;
			mpz_init(c);
			mpz_com(c, y->z);
			mpz_and(r->z, x->z, c);
			break;
		}
		default: ICE("cv_binary: bad integer operator %d", op);
		}
		return r;
	}
	const ConstVal *a = cv_to_float(x), *b = cv_to_float(y);
	ConstVal *r = cv_new(CV_FLOAT);
	switch (op) {
	case OP_ADD: mpq_add(r->q, a->q, b->q); break;
	case OP_SUB: mpq_sub(r->q, a->q, b->q); break;
	case OP_MUL: mpq_mul(r->q, a->q, b->q); break;
	case OP_DIV: mpq_div(r->q, a->q, b->q); break;
	default: ICE("cv_binary: bad float operator %d", op);
	}
	return r;
}

/* x << s or x >> s on an integer constant (s already checked small). */
ConstVal *cv_shift(Op op, const ConstVal *x, uint64_t s)
{
	const ConstVal *xi = cv_to_int(x);
	ConstVal *r = cv_new(CV_INT);
	if (op == OP_SHL)
		mpz_mul_2exp(r->z, xi->z, (mp_bitcnt_t)s);
	else
		mpz_fdiv_q_2exp(r->z, xi->z, (mp_bitcnt_t)s);
	return r;
}

static int cv_cmp(const ConstVal *x, const ConstVal *y)
{
	if (x->kind == CV_STRING) {
		Str xs = cv_string_val(x), ys = cv_string_val(y);
		size_t n = xs.len < ys.len ? xs.len : ys.len;
		int c = n ? memcmp(xs.p, ys.p, n) : 0;
		if (c)
			return c < 0 ? -1 : 1;
		return x->s.len < y->s.len ? -1 : x->s.len > y->s.len;
	}
	if (x->kind == CV_BOOL)
		return x->b != y->b;
	if (x->kind == CV_INT && y->kind == CV_INT)
		return mpz_cmp(x->z, y->z);
	int c = mpq_cmp(cv_to_float(x)->q, cv_to_float(y)->q);
	return c < 0 ? -1 : c > 0;
}

bool cv_compare(Op op, const ConstVal *x, const ConstVal *y)
{
	int c = cv_cmp(x, y);
	switch (op) {
	case OP_EQL: return c == 0;
	case OP_NEQ: return c != 0;
	case OP_LSS: return c < 0;
	case OP_LEQ: return c <= 0;
	case OP_GTR: return c > 0;
	case OP_GEQ: return c >= 0;
	default: ICE("cv_compare: bad operator %d", op);
	}
}

bool cv_equal(const ConstVal *x, const ConstVal *y)
{
	if ((x->kind == CV_STRING) != (y->kind == CV_STRING) ||
	    (x->kind == CV_BOOL) != (y->kind == CV_BOOL))
		return false;
	return cv_cmp(x, y) == 0;
}

/* ---- printing ------------------------------------------------------- */

/* Go's strconv.Quote: printable runes as they are, escapes otherwise. */
static void quote(StrBuf *b, const char *s, size_t n)
{
	sb_putn(b, "\"", 1);
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		char buf[16];
		if (c < 0x80) {
			i++;
			switch (c) {
			case '\a': sb_putn(b, "\\a", 2); continue;
			case '\b': sb_putn(b, "\\b", 2); continue;
			case '\f': sb_putn(b, "\\f", 2); continue;
			case '\n': sb_putn(b, "\\n", 2); continue;
			case '\r': sb_putn(b, "\\r", 2); continue;
			case '\t': sb_putn(b, "\\t", 2); continue;
			case '\v': sb_putn(b, "\\v", 2); continue;
			case '"': sb_putn(b, "\\\"", 2); continue;
			case '\\': sb_putn(b, "\\\\", 2); continue;
			default: break;
			}
			if (c < 0x20 || c == 0x7f) {
				snprintf(buf, sizeof buf, "\\x%02x", c);
				sb_putn(b, buf, 4);
			} else {
				sb_putn(b, (const char *)&c, 1);
			}
			continue;
		}
		/* decode one UTF-8 sequence */
		int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
		uint32_t r = len == 4 ? c & 7 : len == 3 ? c & 15 : c & 31;
		bool ok = len > 0 && i + (size_t)len <= n;
		for (int k = 1; ok && k < len; k++) {
			unsigned char cc = (unsigned char)s[i + (size_t)k];
			if ((cc & 0xc0) != 0x80)
				ok = false;
			r = r << 6 | (cc & 0x3f);
		}
		if (ok && ((len == 2 && r < 0x80) || (len == 3 && r < 0x800) ||
		           (len == 4 && (r < 0x10000 || r > 0x10ffff)) ||
		           (r >= 0xd800 && r <= 0xdfff)))
			ok = false;
		if (!ok) {
			snprintf(buf, sizeof buf, "\\x%02x", c);
			sb_putn(b, buf, 4);
			i++;
			continue;
		}
		sb_putn(b, s + i, (size_t)len);
		i += (size_t)len;
	}
	sb_putn(b, "\"", 1);
}

/* Format like Go's %.6g (Go omits the zero padding C adds to exponents
 * only beyond two digits; both use at least two). */
static const char *fmt_g(double d, bool short6)
{
	char buf[64];
	if (short6)
		snprintf(buf, sizeof buf, "%.6g", d);
	else
		snprintf(buf, sizeof buf, "%.17g", d);
	return arena_strndup(g_arena, buf, strlen(buf));
}

/* Shortest representation that round-trips, as Go's %g. */
static const char *fmt_shortest(double d)
{
	char buf[64];
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof buf, "%.*g", p, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	return arena_strndup(g_arena, buf, strlen(buf));
}

const char *cv_string_repr(const ConstVal *v)
{
	switch (v->kind) {
	case CV_BOOL:
		return v->b ? "true" : "false";
	case CV_STRING: {
		cv_string_val(v);
		StrBuf b = {0};
		/* go/constant shortens long strings to 72 runes */
		size_t n = v->s.len, runes = 0, cut = n;
		for (size_t i = 0; i < n; i++) {
			if (((unsigned char)v->s.p[i] & 0xc0) != 0x80) {
				if (runes == 69 && cut == n)
					cut = i;
				runes++;
			}
		}
		if (runes > 72) {
			quote(&b, v->s.p, cut);
			b.len--; /* drop the closing quote */
			sb_putn(&b, "...\"", 4);
			return b.p;
		}
		quote(&b, v->s.p, n);
		return b.p;
	}
	case CV_INT: {
		char *s = mpz_get_str(NULL, 10, v->z);
		return s;
	}
	case CV_FLOAT: {
		double d = rat_to_double(v->q, false);
		if (!isinf(d) && (d != 0) == (mpq_sgn(v->q) != 0)) {
			const char *s = fmt_g(d, true);
			if (!cv_is_integral(v) && !strchr(s, '.'))
				s = fmt_shortest(d);
			return s;
		}
		/* outside float64's range: scale by a power of ten */
		long e2 = (long)mpz_sizeinbase(mpq_numref(v->q), 2) -
		          (long)mpz_sizeinbase(mpq_denref(v->q), 2);
		long e10 = (long)floor((double)e2 * 0.30102999566398120);
		mpq_t s, p;
		mpq_init(s);
		mpq_init(p);
		mpz_t pw;
		mpz_init(pw);
		mpz_ui_pow_ui(pw, 10, (unsigned long)(e10 < 0 ? -e10 : e10));
		mpq_set_z(p, pw);
		if (e10 >= 0)
			mpq_div(s, v->q, p);
		else
			mpq_mul(s, v->q, p);
		double m = rat_to_double(s, false);
		while (fabs(m) >= 10) {
			m /= 10;
			e10++;
		}
		while (m != 0 && fabs(m) < 1) {
			m *= 10;
			e10--;
		}
		return arena_sprintf(g_arena, "%.6ge%+ld", m, e10);
	}
	}
	return "?";
}
