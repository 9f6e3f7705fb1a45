/*
 * lexer.re: the re2c scanner for Go source.
 *
 * lex_init first copies the source, reporting and dropping NUL bytes,
 * invalid UTF-8 and misplaced BOMs exactly where go1.19's reader reports
 * them; what remains is valid UTF-8 ending in a NUL sentinel.  yylex then
 * hands the parser one token at a time: re2c matches keywords, operators
 * and identifiers, while numbers, strings, runes and comments are scanned
 * by hand so their errors carry go1.19's wording and columns.  Automatic
 * semicolons follow the Go spec (after an identifier, a literal, one of
 * `break continue fallthrough return ++ -- ) ] }`, at a newline, a
 * multi-line comment or EOF), and the BODY token for header braces is
 * produced here (see parse_internal.h).
 */
#include "frontend.h"
#include "parse_internal.h"
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */
/* ------------------------------------------------------------------ */

/* Decode one code point at p (n bytes available).  Returns its width, or
 * 0 for an invalid sequence (Go's RuneError of width 1). */
static int utf8_decode(const unsigned char *p, size_t n, int32_t *r)
{
	unsigned c = p[0];
	if (c < 0x80) {
		*r = (int32_t)c;
		return 1;
	}
	int w;
	uint32_t v, min;
	if (c >= 0xC2 && c <= 0xDF) {
		w = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		w = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		w = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if ((size_t)w > n)
		return 0;
	for (int i = 1; i < w; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (p[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
		return 0;
	*r = (int32_t)v;
	return w;
}

static int utf8_encode(char *out, uint32_t r)
{
	if (r < 0x80) {
		out[0] = (char)r;
		return 1;
	}
	if (r < 0x800) {
		out[0] = (char)(0xC0 | r >> 6);
		out[1] = (char)(0x80 | (r & 0x3F));
		return 2;
	}
	if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
		r = 0xFFFD;
	if (r < 0x10000) {
		out[0] = (char)(0xE0 | r >> 12);
		out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
		out[2] = (char)(0x80 | (r & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | r >> 18);
	out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
	out[3] = (char)(0x80 | (r & 0x3F));
	return 4;
}

/* Classification of non-ASCII code points for identifiers, from the
 * range tables gen_unicode.py writes at build time. */
#include "unicode_tab.h"

static bool uni_in(const UniRange *t, size_t n, int32_t r)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (r < t[mid].lo)
			hi = mid;
		else if (r > t[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

static bool uni_is_digit(int32_t r)
{
	return uni_in(uni_digits, sizeof uni_digits / sizeof uni_digits[0], r);
}

static bool uni_is_letter(int32_t r)
{
	return uni_in(uni_letters, sizeof uni_letters / sizeof uni_letters[0], r);
}

/* Go's %#U: U+0040 '@' (the quoted form only for printable runes). */
static const char *fmt_U(int32_t r)
{
	char q[8];
	int n = 0;
	bool printable = r >= 0x20 && r != 0x7F && !(r >= 0x80 && r < 0xA0) &&
	                 r != 0xAD && r != 0xFEFF;
	if (!printable)
		return arena_sprintf(g_arena, "U+%04X", (unsigned)r);
	n = utf8_encode(q, (uint32_t)r);
	return arena_sprintf(g_arena, "U+%04X '%.*s'", (unsigned)r, n, q);
}

/* Go's %q of one byte/rune as used in number and escape messages. */
static const char *fmt_q(int32_t c)
{
	switch (c) {
	case '\n': return "'\\n'";
	case '\t': return "'\\t'";
	case '\r': return "'\\r'";
	case '\'': return "'\\''";
	case '\\': return "'\\\\'";
	}
	if (c < 0x20 || c == 0x7F)
		return arena_sprintf(g_arena, "'\\x%02x'", (unsigned)c);
	char q[8];
	int n = utf8_encode(q, (uint32_t)c);
	return arena_sprintf(g_arena, "'%.*s'", n, q);
}

/* ------------------------------------------------------------------ */
/* Positions and errors                                                */
/* ------------------------------------------------------------------ */

void lex_error(Lexer *lx, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = arena_vsprintf(g_arena, fmt, ap);
	va_end(ap);
	lx->nerrors++;
	diag_error(pos, "%s", msg);
}

/* Original offset of a cleaned-buffer offset. */
static long orig_off(Lexer *lx, long off)
{
	int lo = 0, hi = lx->ndel;
	while (lo < hi) { /* first entry with del_at > off */
		int mid = (lo + hi) / 2;
		if (lx->del_at[mid] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return off + (lo ? lx->del_sum[lo - 1] : 0);
}

Pos lex_pos_at(Lexer *lx, const unsigned char *p)
{
	long col = p - lx->linestart;
	if (lx->ndel)
		col = orig_off(lx, p - lx->buf) -
		      orig_off(lx, lx->linestart - lx->buf);
	return (Pos){lx->line, (int)col + 1};
}

/* ------------------------------------------------------------------ */
/* Cleaning the source                                                 */
/* ------------------------------------------------------------------ */

static void add_deletion(Lexer *lx, long at, int total, int *cap)
{
	if (lx->ndel == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		lx->del_at = realloc(lx->del_at, (size_t)*cap * sizeof(int));
		lx->del_sum = realloc(lx->del_sum, (size_t)*cap * sizeof(int));
		if (!lx->del_at || !lx->del_sum)
			ICE("out of memory");
	}
	lx->del_at[lx->ndel] = (int)at;
	lx->del_sum[lx->ndel] = total;
	lx->ndel++;
}

void lex_init(Lexer *lx, const char *src, size_t len)
{
	memset(lx, 0, sizeof *lx);
	unsigned char *out = arena_alloc(g_arena, len + 8);
	const unsigned char *s = (const unsigned char *)src;
	size_t i = 0, o = 0;
	int line = 1, cap = 0, removed = 0;
	size_t linestart = 0;
	while (i < len) {
		unsigned char c = s[i];
		if (c != 0 && c < 0x80) {
			out[o++] = c;
			if (c == '\n') {
				line++;
				linestart = i + 1;
			}
			i++;
			continue;
		}
		int32_t r;
		int w = c ? utf8_decode(s + i, len - i, &r) : 0;
		Pos pos = {line, (int)(i - linestart) + 1};
		if (w == 0 || r == 0xFEFF) {
			int drop = w ? w : 1;
			if (c == 0)
				lex_error(lx, pos, "invalid NUL character");
			else if (w == 0)
				lex_error(lx, pos, "invalid UTF-8 encoding");
			else if (i != 0)
				lex_error(lx, pos, "invalid BOM in the middle of the file");
			removed += drop;
			add_deletion(lx, (long)o, removed, &cap);
			i += (size_t)drop;
			continue;
		}
		memcpy(out + o, s + i, (size_t)w);
		o += (size_t)w;
		i += (size_t)w;
	}
	out[o] = 0;
	lx->buf = lx->cur = lx->linestart = out;
	lx->lim = out + o;
	lx->line = 1;
	lx->last_kind = -1;
	lx->skip_level = -1;
	lx->skip_stmt = -1;
}

void lex_free(Lexer *lx)
{
	free(lx->del_at);
	free(lx->del_sum);
	free(lx->lstk);
	free(lx->br);
}

/* ------------------------------------------------------------------ */
/* Literals                                                            */
/* ------------------------------------------------------------------ */

static Node *new_lit(Lexer *lx, LitKind kind, Pos pos)
{
	Node *n = ast_new(N_BASICLIT, pos);
	n->u.lit.kind = kind;
	n->u.lit.raw = arena_strndup(g_arena, (const char *)lx->tok,
	                             (size_t)(lx->cur - lx->tok));
	return n;
}

static bool is_dec(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c)
{
	return is_dec(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static const char *base_name(int base)
{
	switch (base) {
	case 2: return "binary";
	case 8: return "octal";
	case 16: return "hexadecimal";
	}
	return "decimal";
}

/* Digits and '_' of the given base from lx->cur; for base <= 10 any
 * decimal digit is accepted and the first one >= base recorded. */
static int scan_digits(Lexer *lx, int base, long *invalid)
{
	int ds = 0;
	const unsigned char *p = lx->cur;
	for (;; p++) {
		int c = *p;
		if (c == '_') {
			ds |= 2;
		} else if (base <= 10 ? is_dec(c) : is_hex(c)) {
			ds |= 1;
			if (base <= 10 && c >= '0' + base && invalid && *invalid < 0)
				*invalid = p - lx->tok;
		} else {
			break;
		}
	}
	lx->cur = p;
	return ds;
}

/* Index of the first misplaced '_' in a number literal, or -1. */
static long invalid_sep(const unsigned char *x, long n)
{
	int x1 = ' ', d = '.';
	long i = 0;
	if (n >= 2 && x[0] == '0') {
		x1 = x[1] | 0x20;
		if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
			d = '0';
			i = 2;
		}
	}
	for (; i < n; i++) {
		int p = d;
		d = x[i];
		if (d == '_') {
			if (p != '0')
				return i;
		} else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
			d = '0';
		} else {
			if (p == '_')
				return i - 1;
			d = '.';
		}
	}
	return d == '_' ? n - 1 : -1;
}

/* A number literal starting at lx->tok (which may be ".5"). */
static Node *scan_number(Lexer *lx, Pos pos)
{
	bool ok = true, point = *lx->tok == '.';
	LitKind kind = LIT_INT;
	int base = 10, prefix = 0, ds = 0;
	long invalid = -1;
	lx->cur = lx->tok;
	if (!point) {
		if (*lx->cur == '0') {
			lx->cur++;
			switch (*lx->cur | 0x20) {
			case 'x': lx->cur++; base = 16; prefix = 'x'; break;
			case 'o': lx->cur++; base = 8; prefix = 'o'; break;
			case 'b': lx->cur++; base = 2; prefix = 'b'; break;
			default: base = 8; prefix = '0'; ds = 1; break;
			}
		}
		ds |= scan_digits(lx, base, &invalid);
		if (*lx->cur == '.') {
			if (prefix == 'o' || prefix == 'b') {
				lex_error(lx, lex_pos_at(lx, lx->cur),
				          "invalid radix point in %s literal",
				          base_name(base));
				ok = false;
			}
			lx->cur++;
			point = true;
		}
	} else {
		lx->cur++;
	}
	if (point) {
		kind = LIT_FLOAT;
		ds |= scan_digits(lx, base, &invalid);
	}
	if (!(ds & 1) && ok) {
		lex_error(lx, lex_pos_at(lx, lx->cur), "%s literal has no digits",
		          base_name(base));
		ok = false;
	}
	int e = *lx->cur | 0x20;
	if (e == 'e' || e == 'p') {
		if (ok) {
			if (e == 'e' && prefix != 0 && prefix != '0') {
				lex_error(lx, lex_pos_at(lx, lx->cur),
				          "%s exponent requires decimal mantissa",
				          fmt_q(*lx->cur));
				ok = false;
			} else if (e == 'p' && prefix != 'x') {
				lex_error(lx, lex_pos_at(lx, lx->cur),
				          "%s exponent requires hexadecimal mantissa",
				          fmt_q(*lx->cur));
				ok = false;
			}
		}
		lx->cur++;
		kind = LIT_FLOAT;
		if (*lx->cur == '+' || *lx->cur == '-')
			lx->cur++;
		ds = scan_digits(lx, 10, NULL) | (ds & 2);
		if (!(ds & 1) && ok) {
			lex_error(lx, lex_pos_at(lx, lx->cur), "exponent has no digits");
			ok = false;
		}
	} else if (prefix == 'x' && kind == LIT_FLOAT && ok) {
		lex_error(lx, lex_pos_at(lx, lx->cur),
		          "hexadecimal mantissa requires a 'p' exponent");
		ok = false;
	}
	if (*lx->cur == 'i') {
		kind = LIT_IMAG;
		lx->cur++;
	}
	if (kind == LIT_INT && invalid >= 0 && ok) {
		lex_error(lx, (Pos){pos.line, pos.col + (int)invalid},
		          "invalid digit %s in %s literal",
		          fmt_q(lx->tok[invalid]), base_name(base));
		ok = false;
	}
	if ((ds & 2) && ok) {
		long i = invalid_sep(lx->tok, lx->cur - lx->tok);
		if (i >= 0) {
			lex_error(lx, (Pos){pos.line, pos.col + (int)i},
			          "'_' must separate successive digits");
		}
	}
	return new_lit(lx, kind, pos);
}

/* One escape after a backslash at lx->cur (which points after the '\').
 * Appends its value to out (bytes for \x and octal, UTF-8 otherwise);
 * for runes *val receives the value.  Returns false after an error. */
static bool scan_escape(Lexer *lx, int quote, char *out, int *nout,
                        int32_t *val)
{
	int n;
	uint32_t base, max;
	int c = *lx->cur;
	static const char simple[] = "abfnrtv\\";
	static const char value[] = "\a\b\f\n\r\t\v\\";
	const char *s = c ? strchr(simple, c) : NULL;
	if (c == quote || s) {
		char v = c == quote ? (char)c : value[s - simple];
		if (out)
			out[(*nout)++] = v;
		*val = (unsigned char)v;
		lx->cur++;
		return true;
	}
	switch (c) {
	case '0': case '1': case '2': case '3':
	case '4': case '5': case '6': case '7':
		n = 3, base = 8, max = 255;
		break;
	case 'x':
		lx->cur++;
		n = 2, base = 16, max = 255;
		break;
	case 'u':
		lx->cur++;
		n = 4, base = 16, max = 0x10FFFF;
		break;
	case 'U':
		lx->cur++;
		n = 8, base = 16, max = 0x10FFFF;
		break;
	default:
		if (lx->cur == lx->lim)
			return true; /* the caller complains about EOF */
		lex_error(lx, lex_pos_at(lx, lx->cur), "unknown escape");
		return false;
	}
	uint32_t x = 0;
	for (int i = n; i > 0; i--) {
		if (lx->cur == lx->lim)
			return true;
		int ch = *lx->cur;
		uint32_t d = base;
		if (is_dec(ch))
			d = (uint32_t)(ch - '0');
		else if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
			d = (uint32_t)((ch | 0x20) - 'a' + 10);
		if (d >= base) {
			int32_t r = ch;
			if (ch >= 0x80)
				utf8_decode(lx->cur, (size_t)(lx->lim - lx->cur), &r);
			lex_error(lx, lex_pos_at(lx, lx->cur),
			          "invalid character %s in %s escape", fmt_q(r),
			          base_name((int)base));
			return false;
		}
		x = x * base + d;
		lx->cur++;
	}
	if (x > max && base == 8) {
		lex_error(lx, lex_pos_at(lx, lx->cur), "octal escape value %u > 255",
		          x);
		return false;
	}
	if (x > max || (x >= 0xD800 && x < 0xE000)) {
		lex_error(lx, lex_pos_at(lx, lx->cur),
		          "escape is invalid Unicode code point %s",
		          fmt_U((int32_t)x));
		return false;
	}
	*val = (int32_t)x;
	if (out) {
		if (max == 255)
			out[(*nout)++] = (char)x;
		else
			*nout += utf8_encode(out + *nout, x);
	}
	return true;
}

/* An interpreted string; lx->cur is after the opening quote. */
static Node *scan_string(Lexer *lx, Pos pos)
{
	const unsigned char *p = lx->cur;
	while (*p != '"' && *p != '\n' && p < lx->lim)
		p += (*p == '\\' && p + 1 < lx->lim) ? 2 : 1;
	char *out = arena_alloc(g_arena, (size_t)(p - lx->cur) + 8);
	int n = 0;
	for (;;) {
		int c = *lx->cur;
		if (c == '"') {
			lx->cur++;
			break;
		}
		if (c == '\\') {
			int32_t v;
			lx->cur++;
			scan_escape(lx, '"', out, &n, &v);
			continue;
		}
		if (c == '\n') {
			lex_error(lx, lex_pos_at(lx, lx->cur), "newline in string");
			break;
		}
		if (lx->cur == lx->lim) {
			lex_error(lx, pos, "string not terminated");
			break;
		}
		out[n++] = (char)c;
		lx->cur++;
	}
	Node *lit = new_lit(lx, LIT_STRING, pos);
	lit->u.lit.str = (Str){out, (size_t)n};
	return lit;
}

/* A raw string; lx->cur is after the opening backquote.  Carriage
 * returns are dropped from the value. */
static Node *scan_raw_string(Lexer *lx, Pos pos)
{
	const unsigned char *p = lx->cur;
	while (*p != '`' && p < lx->lim)
		p++;
	char *out = arena_alloc(g_arena, (size_t)(p - lx->cur) + 1);
	int n = 0;
	for (p = lx->cur; *p != '`' && p < lx->lim; p++)
		if (*p != '\r')
			out[n++] = (char)*p;
	bool closed = p < lx->lim;
	lx->cur = closed ? p + 1 : p;
	Node *lit = new_lit(lx, LIT_STRING, pos);
	lit->u.lit.str = (Str){out, (size_t)n};
	for (p = lx->tok; p < lx->cur; p++) {
		if (*p == '\n') {
			lx->line++;
			lx->linestart = p + 1;
		}
	}
	if (!closed)
		lex_error(lx, pos, "string not terminated");
	return lit;
}

/* A rune literal; lx->cur is after the opening quote. */
static Node *scan_rune(Lexer *lx, Pos pos)
{
	bool ok = true;
	int32_t val = 0;
	for (int n = 0;; n++) {
		int c = *lx->cur;
		if (c == '\'') {
			if (ok) {
				if (n == 0) {
					lex_error(lx, lex_pos_at(lx, lx->cur),
					          "empty rune literal or unescaped '");
					ok = false;
				} else if (n != 1) {
					lex_error(lx, pos,
					          "more than one character in rune literal");
					ok = false;
				}
			}
			lx->cur++;
			break;
		}
		if (c == '\\') {
			int32_t v = 0;
			lx->cur++;
			if (!scan_escape(lx, '\'', NULL, NULL, &v))
				ok = false;
			if (n == 0)
				val = v;
			continue;
		}
		if (c == '\n') {
			if (ok) {
				lex_error(lx, lex_pos_at(lx, lx->cur),
				          "newline in rune literal");
				ok = false;
			}
			break;
		}
		if (lx->cur == lx->lim) {
			if (ok) {
				lex_error(lx, pos, "rune literal not terminated");
				ok = false;
			}
			break;
		}
		int32_t r = c;
		int w = utf8_decode(lx->cur, (size_t)(lx->lim - lx->cur), &r);
		lx->cur += w ? w : 1;
		if (n == 0)
			val = r;
	}
	Node *lit = new_lit(lx, LIT_RUNE, pos);
	lit->u.lit.rune = val;
	return lit;
}

/* Check the non-ASCII characters of an identifier as Go does. */
static void check_ident(Lexer *lx, const unsigned char *p,
                        const unsigned char *end)
{
	for (; p < end; p++) {
		if (*p < 0x80)
			continue;
		int32_t r;
		int w = utf8_decode(p, (size_t)(end - p), &r);
		if (!w)
			return;
		if (uni_is_digit(r)) {
			if (p == lx->tok)
				lex_error(lx, lex_pos_at(lx, p),
				          "identifier cannot begin with digit %s",
				          fmt_U(r));
		} else if (!uni_is_letter(r)) {
			lex_error(lx, lex_pos_at(lx, p),
			          "invalid character %s in identifier", fmt_U(r));
		}
		p += w - 1;
	}
}

/* Skip a general comment; lx->cur is after the opening slash-star.
 * Returns whether it contained a newline. */
static bool skip_comment(Lexer *lx, Pos pos)
{
	bool nl = false;
	for (;;) {
		const unsigned char *p = lx->cur;
		if (p == lx->lim) {
			lex_error(lx, pos, "comment not terminated");
			return nl;
		}
		if (*p == '*' && p[1] == '/') {
			lx->cur = p + 2;
			return nl;
		}
		if (*p == '\n') {
			nl = true;
			lx->line++;
			lx->linestart = p + 1;
		}
		lx->cur = p + 1;
	}
}

/* ------------------------------------------------------------------ */
/* The scanner                                                         */
/* ------------------------------------------------------------------ */

/* Raw tokens: a Bison token kind, with lval/lloc filled in. */
static int scan(Lexer *lx, YYSTYPE *lval, Pos *lloc)
{
	const unsigned char *mar;
	bool nlsemi = lx->nlsemi;
	lx->nlsemi = false;
	for (;;) {
		lx->tok = lx->cur;
		Pos pos = lex_pos_at(lx, lx->cur);
		*lloc = pos;
#define SEMI_AFTER(t) do { lx->nlsemi = true; return (t); } while (0)
#define OP(t, o) do { lval->op = (o); return (t); } while (0)
		/*!re2c
		re2c:define:YYCTYPE = "unsigned char";
		re2c:define:YYCURSOR = lx->cur;
		re2c:define:YYMARKER = mar;
		re2c:yyfill:enable = 0;

		nonascii = [\u0080-\U0010FFFF];
		idstart = [a-zA-Z_] | nonascii;
		idchar = [a-zA-Z_0-9] | nonascii;

		"\x00" {
			if (lx->tok != lx->lim) {
				/* cannot happen: NULs were removed */
				continue;
			}
			lx->cur = lx->tok;
			if (nlsemi) {
				lval->ival = SEMI_EOF;
				return ';';
			}
			return T_EOF;
		}
		[ \t\r]+ { continue; }
		"\n" {
			lx->line++;
			lx->linestart = lx->cur;
			if (nlsemi) {
				lval->ival = SEMI_NEWLINE;
				return ';';
			}
			continue;
		}
		"//" [^\n\x00]* { continue; }
		"/*" {
			if (skip_comment(lx, pos) && nlsemi) {
				lval->ival = SEMI_NEWLINE;
				return ';';
			}
			continue;
		}

		"break"       { SEMI_AFTER(T_BREAK); }
		"case"        { return T_CASE; }
		"chan"        { return T_CHAN; }
		"const"       { return T_CONST; }
		"continue"    { SEMI_AFTER(T_CONTINUE); }
		"default"     { return T_DEFAULT; }
		"defer"       { return T_DEFER; }
		"else"        { return T_ELSE; }
		"fallthrough" { SEMI_AFTER(T_FALLTHROUGH); }
		"for"         { return T_FOR; }
		"func"        { return T_FUNC; }
		"go"          { return T_GO; }
		"goto"        { return T_GOTO; }
		"if"          { return T_IF; }
		"import"      { return T_IMPORT; }
		"interface"   { return T_INTERFACE; }
		"map"         { return T_MAP; }
		"package"     { return T_PACKAGE; }
		"range"       { return T_RANGE; }
		"return"      { SEMI_AFTER(T_RETURN); }
		"select"      { return T_SELECT; }
		"struct"      { return T_STRUCT; }
		"switch"      { return T_SWITCH; }
		"type"        { return T_TYPE; }
		"var"         { return T_VAR; }

		idstart idchar* {
			if (lx->tok[0] >= 0x80 || lx->cur - lx->tok > 1)
				check_ident(lx, lx->tok, lx->cur);
			lval->name = intern((const char *)lx->tok,
			                    (size_t)(lx->cur - lx->tok));
			SEMI_AFTER(T_IDENT);
		}

		[0-9] | "." [0-9] {
			lval->node = scan_number(lx, pos);
			SEMI_AFTER(T_LIT);
		}
		["] { lval->node = scan_string(lx, pos); SEMI_AFTER(T_LIT); }
		[`] { lval->node = scan_raw_string(lx, pos); SEMI_AFTER(T_LIT); }
		['] { lval->node = scan_rune(lx, pos); SEMI_AFTER(T_LIT); }

		"("   { return '('; }
		"["   { return '['; }
		"{"   { return '{'; }
		","   { return ','; }
		";"   { lval->ival = SEMI_SEMI; return ';'; }
		")"   { SEMI_AFTER(')'); }
		"]"   { SEMI_AFTER(']'); }
		"}"   { SEMI_AFTER('}'); }
		":"   { return ':'; }
		":="  { return T_DEFINE; }
		"."   { return '.'; }
		"..." { return T_ELLIPSIS; }
		"="   { return '='; }
		"~"   { OP('~', OP_TILDE); }
		"!"   { OP('!', OP_NOT); }
		"<-"  { return T_ARROW; }
		"++"  { SEMI_AFTER(T_INC); }
		"--"  { SEMI_AFTER(T_DEC); }

		"+"   { OP('+', OP_ADD); }
		"-"   { OP('-', OP_SUB); }
		"*"   { OP('*', OP_MUL); }
		"/"   { OP('/', OP_DIV); }
		"%"   { OP('%', OP_REM); }
		"&"   { OP('&', OP_AND); }
		"|"   { OP('|', OP_OR); }
		"^"   { OP('^', OP_XOR); }
		"<<"  { OP(T_SHL, OP_SHL); }
		">>"  { OP(T_SHR, OP_SHR); }
		"&^"  { OP(T_ANDNOT, OP_ANDNOT); }
		"&&"  { OP(T_LAND, OP_LAND); }
		"||"  { OP(T_LOR, OP_LOR); }
		"=="  { OP(T_EQ, OP_EQL); }
		"!="  { OP(T_NE, OP_NEQ); }
		"<"   { OP('<', OP_LSS); }
		"<="  { OP(T_LE, OP_LEQ); }
		">"   { OP('>', OP_GTR); }
		">="  { OP(T_GE, OP_GEQ); }

		"+="  { OP(T_ASSIGNOP, OP_ADD); }
		"-="  { OP(T_ASSIGNOP, OP_SUB); }
		"*="  { OP(T_ASSIGNOP, OP_MUL); }
		"/="  { OP(T_ASSIGNOP, OP_DIV); }
		"%="  { OP(T_ASSIGNOP, OP_REM); }
		"&="  { OP(T_ASSIGNOP, OP_AND); }
		"|="  { OP(T_ASSIGNOP, OP_OR); }
		"^="  { OP(T_ASSIGNOP, OP_XOR); }
		"<<=" { OP(T_ASSIGNOP, OP_SHL); }
		">>=" { OP(T_ASSIGNOP, OP_SHR); }
		"&^=" { OP(T_ASSIGNOP, OP_ANDNOT); }

		* {
			lex_error(lx, pos, "invalid character %s",
			          fmt_U(lx->tok[0]));
			continue;
		}
		*/
	}
#undef SEMI_AFTER
#undef OP
}

/* ------------------------------------------------------------------ */
/* The token filter                                                    */
/* ------------------------------------------------------------------ */

/* The parser sets this after a composite literal or func literal whose
 * `{` was a BODY token: the header it interrupted is open again. */
void lex_reopen_header(Lexer *lx) { lx->loophack = 1; }

static void *grow(void *p, int *cap, size_t elem)
{
	*cap = *cap ? *cap * 2 : 64;
	p = realloc(p, (size_t)*cap * elem);
	if (!p)
		ICE("out of memory");
	return p;
}

static int closer_of(int open) { return open == '(' ? ')' : open == '[' ? ']' : '}'; }

/* Bookkeeping for every token the filter sees, delivered or skipped:
 * the stack of open brackets and the header state (loophack). */
static int track(Lexer *lx, int t)
{
	switch (t) {
	case T_IF: case T_FOR: case T_SWITCH: case T_SELECT:
		lx->loophack = 1;
		lx->header_kw = t == T_IF ? "if" : t == T_FOR ? "for" : t == T_SWITCH ? "switch" : "select";
		break;
	case '(': case '[':
		if (lx->loophack || lx->nlstk) {
			if (lx->nlstk == lx->caplstk)
				lx->lstk = grow(lx->lstk, &lx->caplstk, sizeof(int));
			lx->lstk[lx->nlstk++] = lx->loophack;
			lx->loophack = 0;
		}
		break;
	case ')': case ']':
		if (lx->nlstk)
			lx->loophack = lx->lstk[--lx->nlstk];
		break;
	case '{':
		if (lx->loophack == 1) {
			lx->loophack = 0;
			t = T_BODY;
		}
		break;
	}
	switch (t) {
	case '(': case '[': case '{': case T_BODY:
		if (lx->nbr == lx->capbr)
			lx->br = grow(lx->br, &lx->capbr, sizeof(int));
		lx->br[lx->nbr++] = t == T_BODY ? '{' : t;
		break;
	case ')': case ']': case '}':
		if (lx->nbr && closer_of(lx->br[lx->nbr - 1]) == t)
			lx->nbr--;
		break;
	}
	return t;
}

/* After a syntax error inside a list (arguments, a composite literal, a
 * group...), Go skips to the list's closing bracket.  The parser calls
 * this with the opening bracket of the list; the filter then drops the
 * tokens up to the matching closer, or closes the list with a made-up
 * closer when an outer bracket closes first. */
void lex_skip_list(Lexer *lx, int open)
{
	int top = lx->nbr - 1;
	bool last_open = lx->last_kind == '(' || lx->last_kind == '[' ||
	                 lx->last_kind == '{' || lx->last_kind == T_BODY;
	if (last_open)
		top--;
	int lvl = top;
	while (lvl >= 0 && lx->br[lvl] != open)
		lvl--;
	if (lvl < 0)
		return;
	bool last_close = lx->last_kind == ')' || lx->last_kind == ']' ||
	                  lx->last_kind == '}';
	if (last_close) {
		/* a closer of an outer bracket ended the list: close the list,
		 * then deliver that closer again (the parser drops it now) */
		lx->nbr = lvl + 1;
		lx->virt = closer_of(open);
		lx->pending = true;
		lx->pend_kind = lx->last_kind;
		lx->pend_pos = lx->last_pos;
		return;
	}
	lx->skip_level = lvl;
}

void lex_skip_stmt(Lexer *lx, bool opened)
{
	lx->skip_stmt = lx->nbr - (opened ? 1 : 0);
}

int yylex(YYSTYPE *lval, Pos *lloc, Lexer *lx)
{
	int t;
	if (lx->virt) {
		/* a made-up closer: the real token follows */
		t = lx->virt;
		lx->virt = 0;
		*lloc = lx->pend_pos;
		track(lx, t);
		goto out;
	}
	if (lx->pending) {
		lx->pending = false;
		t = lx->pend_kind;
		*lloc = lx->pend_pos;
	} else {
		t = scan(lx, lval, lloc);
	}
	while (lx->skip_level >= 0) {
		if (t == T_EOF) {
			lx->skip_level = -1;
			break;
		}
		if ((t == ')' || t == ']' || t == '}') && lx->nbr == lx->skip_level + 1) {
			lx->skip_level = -1;
			if (closer_of(lx->br[lx->nbr - 1]) != t) {
				/* an outer bracket closes: end the list first */
				lx->pending = true;
				lx->pend_kind = t;
				lx->pend_pos = *lloc;
				t = closer_of(lx->br[lx->nbr - 1]);
				track(lx, t);
				goto out;
			}
			break;
		}
		track(lx, t);
		t = scan(lx, lval, lloc);
	}
	while (lx->skip_stmt >= 0) {
		if (t == T_EOF || (lx->nbr <= lx->skip_stmt && (t == ';' || t == '}'))) {
			lx->skip_stmt = -1;
			break;
		}
		track(lx, t);
		t = scan(lx, lval, lloc);
	}
	t = track(lx, t);
	/* Go's statement lists need a `;` (or a newline) before the next
	 * case or default: `case 1: f() case 2:` is an error the grammar,
	 * which lets a clause's list end anywhere, would not see. */
	if ((t == T_CASE || t == T_DEFAULT) && lx->last_kind != ';' &&
	    lx->last_kind != ':' && lx->last_kind != '{' &&
	    lx->last_kind != T_BODY && lx->last_kind != 0)
		lex_error(lx, *lloc, "syntax error: unexpected %s at end of statement",
		          t == T_CASE ? "case" : "default");
out:
	lx->last_kind = t;
	lx->last_pos = *lloc;
	lx->last_text = lx->tok;
	lx->last_len = (int)(lx->cur - lx->tok);
	if (t == ';')
		lx->last_semi = lval->ival;
	return t;
}
