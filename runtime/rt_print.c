/*
 * rt_print.c: the print and println builtins, in go1.19's formats, on
 * stderr.  Integers in decimal, bools as true/false, pointers as 0x-hex
 * (nil is 0x0), slices as [len/cap]0xADDR, interfaces as their two
 * words "(0xWORD0,0xDATA)", and floats in the fixed
 * scientific form of Go's runtime printfloat ("+1.500000e+000", "NaN",
 * "+Inf").  The float digits come from Go's own algorithm -- scale into
 * [1,10) by repeated *10 or /10, add half a unit of the 7th digit, peel
 * off digits -- done in the same double arithmetic so that its rounding
 * (which is not correct rounding) is reproduced bit for bit; the build
 * turns off FP contraction for this reason.
 *
 * Output is gathered in a small buffer that goes out with write(2) at
 * every newline, when full, and on rt_printflush (exit, panic, fatal
 * error), so a println costs one system call, not one per operand.
 */
#include "runtime.h"

#include <string.h>

static char buf[512];
static size_t buf_len;
static bool at_line_start = true; /* the last byte printed was '\n' */

void rt_printflush(void)
{
	if (buf_len > 0) {
		size_t n = buf_len;
		buf_len = 0;
		rt_write(2, buf, n);
	}
}

/* Append n bytes; long strings bypass the buffer. */
static void put(const void *p, size_t n)
{
	if (n == 0)
		return;
	at_line_start = ((const char *)p)[n - 1] == '\n';
	if (buf_len + n > sizeof buf) {
		rt_printflush();
		if (n > sizeof buf) {
			rt_write(2, p, n);
			return;
		}
	}
	memcpy(buf + buf_len, p, n);
	buf_len += n;
}

bool rt_print_atlinestart(void)
{
	return at_line_start;
}

void rt_printcstr(const char *s)
{
	put(s, strlen(s));
}

void rt_printbool(bool b)
{
	if (b)
		put("true", 4);
	else
		put("false", 5);
}

void rt_printuint(uint64_t v)
{
	char d[20];
	int i = sizeof d;
	do {
		d[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	put(d + i, sizeof d - (size_t)i);
}

void rt_printint(int64_t v)
{
	if (v < 0) {
		put("-", 1);
		rt_printuint(-(uint64_t)v);
		return;
	}
	rt_printuint((uint64_t)v);
}

void rt_printhex(uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	char d[18];
	int i = sizeof d;
	do {
		d[--i] = digits[v & 15];
		v >>= 4;
	} while (v != 0);
	d[--i] = 'x';
	d[--i] = '0';
	put(d + i, sizeof d - (size_t)i);
}

int rt_formatfloat(char out[14], double v)
{
	enum { NDIG = 7 }; /* significant digits printed */
	if (v != v) {
		memcpy(out, "NaN", 3);
		return 3;
	}
	if (v + v == v && v > 0) {
		memcpy(out, "+Inf", 4);
		return 4;
	}
	if (v + v == v && v < 0) {
		memcpy(out, "-Inf", 4);
		return 4;
	}

	int e = 0;
	out[0] = '+';
	if (v == 0) {
		if (1 / v < 0)
			out[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			out[0] = '-';
		}
		/* Normalise into [1, 10). */
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		/* Round at the 7th digit: h is 5e-7, computed as Go does. */
		double h = 5.0;
		for (int i = 0; i < NDIG; i++)
			h /= 10;
		v += h;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}

	/* Digits go to out[2..8], then the first moves left of the '.'. */
	for (int i = 0; i < NDIG; i++) {
		int s = (int)v;
		out[i + 2] = (char)('0' + s);
		v -= s;
		v *= 10;
	}
	out[1] = out[2];
	out[2] = '.';

	out[NDIG + 2] = 'e';
	out[NDIG + 3] = '+';
	if (e < 0) {
		e = -e;
		out[NDIG + 3] = '-';
	}
	out[NDIG + 4] = (char)('0' + e / 100);
	out[NDIG + 5] = (char)('0' + e / 10 % 10);
	out[NDIG + 6] = (char)('0' + e % 10);
	return NDIG + 7;
}

void rt_printfloat(double v)
{
	char d[14];
	put(d, (size_t)rt_formatfloat(d, v));
}

void rt_printstring(const uint8_t *p, int64_t len)
{
	if (len > 0)
		put(p, (size_t)len);
}

void rt_printpointer(const void *p)
{
	rt_printhex((uint64_t)(uintptr_t)p);
}

void rt_printslice(const void *p, int64_t len, int64_t cap)
{
	put("[", 1);
	rt_printint(len);
	put("/", 1);
	rt_printint(cap);
	put("]", 1);
	rt_printpointer(p);
}

void rt_printsp(void)
{
	put(" ", 1);
}

void rt_printnl(void)
{
	put("\n", 1);
	rt_printflush();
}

/* go1.19's printeface/printiface: the two words, "(0x...,0x...)". */
void rt_printeface(const rt_type *t, const void *data)
{
	put("(", 1);
	rt_printpointer(t);
	put(",", 1);
	rt_printpointer(data);
	put(")", 1);
}

void rt_printiface(const rt_itab *tab, const void *data)
{
	put("(", 1);
	rt_printpointer(tab);
	put(",", 1);
	rt_printpointer(data);
	put(")", 1);
}
