/*
 * rt_string.c: Go strings.  A string is {ptr, len} over immutable bytes,
 * usually UTF-8; the empty string has ptr NULL.  This file concatenates
 * and compares strings, and converts between strings, []byte, []rune and
 * single runes.  UTF-8 decoding follows Go's rules exactly (as `for
 * range` and []rune(s) see them): overlong forms, surrogates, code points
 * past U+10FFFF and truncated sequences each decode as U+FFFD consuming
 * one byte.  Encoding turns any invalid code point into U+FFFD.  New
 * strings and slices come from rt_alloc_noscan (their bytes hold no
 * pointers); slice capacities are rounded up to the size class as
 * go1.19's rawbyteslice and rawruneslice do.
 */
#include "runtime.h"

#include <string.h>

/* One-byte strings point into this table instead of allocating. */
static const uint8_t single_bytes[256] = {
#define B4(n) n, n + 1, n + 2, n + 3
#define B16(n) B4(n), B4(n + 4), B4(n + 8), B4(n + 12)
#define B64(n) B16(n), B16(n + 16), B16(n + 32), B16(n + 48)
	B64(0), B64(64), B64(128), B64(192)
#undef B64
#undef B16
#undef B4
};

void rt_concatstrings(rt_string *out, const rt_string *parts, int64_t n)
{
	rt_concatstrings_buf(out, NULL, parts, n);
}

void rt_concatstrings_buf(rt_string *out, uint8_t *buf,
                          const rt_string *parts, int64_t n)
{
	int64_t total = 0, count = 0, last = -1;
	for (int64_t i = 0; i < n; i++) {
		if (parts[i].len == 0)
			continue;
		if (__builtin_add_overflow(total, parts[i].len, &total))
			rt_throw("string concatenation too long");
		count++;
		last = i;
	}
	if (count == 0) {
		out->ptr = NULL;
		out->len = 0;
		return;
	}
	/* A lone non-empty part is the result, unless its bytes live on the
	 * stack (a temporary buffer) and the result might outlive this
	 * frame; with a buffer, the result does not. */
	if (count == 1 && (buf != NULL || !rt_on_stack(parts[last].ptr))) {
		*out = parts[last];
		return;
	}
	uint8_t *p = buf != NULL && total <= RT_TMPBUF_SIZE
	                     ? buf
	                     : rt_alloc_noscan(total);
	int64_t off = 0;
	for (int64_t i = 0; i < n; i++) {
		if (parts[i].len == 0)
			continue;
		memcpy(p + off, parts[i].ptr, (size_t)parts[i].len);
		off += parts[i].len;
	}
	out->ptr = p;
	out->len = total;
}

int64_t rt_cmpstring(const uint8_t *a, int64_t alen,
                     const uint8_t *b, int64_t blen)
{
	int64_t n = alen < blen ? alen : blen;
	if (n > 0 && a != b) {
		int c = memcmp(a, b, (size_t)n);
		if (c != 0)
			return c < 0 ? -1 : 1;
	}
	return alen < blen ? -1 : alen > blen ? 1 : 0;
}

bool rt_eqstring(const uint8_t *a, int64_t alen,
                 const uint8_t *b, int64_t blen)
{
	return alen == blen &&
	       (alen == 0 || a == b || memcmp(a, b, (size_t)alen) == 0);
}

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */
/* ------------------------------------------------------------------ */

int rt_encoderune(uint8_t buf[4], int32_t r)
{
	uint32_t c = (uint32_t)r;
	if (c < 0x80) {
		buf[0] = (uint8_t)c;
		return 1;
	}
	if (c < 0x800) {
		buf[0] = (uint8_t)(0xC0 | c >> 6);
		buf[1] = (uint8_t)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		c = RT_RUNE_ERROR; /* negative runes land here too */
	if (c < 0x10000) {
		buf[0] = (uint8_t)(0xE0 | c >> 12);
		buf[1] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
		buf[2] = (uint8_t)(0x80 | (c & 0x3F));
		return 3;
	}
	buf[0] = (uint8_t)(0xF0 | c >> 18);
	buf[1] = (uint8_t)(0x80 | (c >> 12 & 0x3F));
	buf[2] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
	buf[3] = (uint8_t)(0x80 | (c & 0x3F));
	return 4;
}

/* Bytes needed to encode r (invalid runes take U+FFFD's three). */
static int rune_len(int32_t r)
{
	uint32_t c = (uint32_t)r;
	if (c < 0x80)
		return 1;
	if (c < 0x800)
		return 2;
	if (c < 0x10000 || c > 0x10FFFF)
		return 3;
	return 4;
}

int64_t rt_decoderune(const uint8_t *p, int64_t len, int64_t k,
                      int32_t *rune_out)
{
	uint8_t b0 = p[k];
	int64_t rest = len - k;
	*rune_out = RT_RUNE_ERROR;
	if (b0 < 0x80) {
		*rune_out = b0;
		return k + 1;
	}
	/* Sequence length and the allowed range of the second byte: the
	 * narrow ranges exclude overlong forms, surrogates (ED A0..BF) and
	 * code points above U+10FFFF. */
	int n;
	uint8_t lo = 0x80, hi = 0xBF;
	if (b0 >= 0xC2 && b0 <= 0xDF) {
		n = 2;
	} else if (b0 >= 0xE0 && b0 <= 0xEF) {
		n = 3;
		if (b0 == 0xE0)
			lo = 0xA0;
		else if (b0 == 0xED)
			hi = 0x9F;
	} else if (b0 >= 0xF0 && b0 <= 0xF4) {
		n = 4;
		if (b0 == 0xF0)
			lo = 0x90;
		else if (b0 == 0xF4)
			hi = 0x8F;
	} else {
		return k + 1;
	}
	if (rest < n || p[k + 1] < lo || p[k + 1] > hi)
		return k + 1;
	for (int i = 2; i < n; i++)
		if (p[k + i] < 0x80 || p[k + i] > 0xBF)
			return k + 1;

	int32_t r = b0 & (0x7F >> n);
	for (int i = 1; i < n; i++)
		r = r << 6 | (p[k + i] & 0x3F);
	*rune_out = r;
	return k + n;
}

/* ------------------------------------------------------------------ */
/* Conversions                                                         */
/* ------------------------------------------------------------------ */

void rt_intstring(rt_string *out, int64_t rune)
{
	rt_intstring_buf(out, NULL, rune);
}

void rt_intstring_buf(rt_string *out, uint8_t *buf, int64_t rune)
{
	/* Values outside int32 are invalid runes as well. */
	int32_t r = rune == (int32_t)rune ? (int32_t)rune : RT_RUNE_ERROR;
	uint8_t tmp[4];
	int n = rt_encoderune(tmp, r);
	if (buf != NULL) {
		memcpy(buf, tmp, (size_t)n);
		out->ptr = buf;
	} else if (n == 1) {
		out->ptr = &single_bytes[tmp[0]];
	} else {
		uint8_t *p = rt_alloc_noscan(n);
		memcpy(p, tmp, (size_t)n);
		out->ptr = p;
	}
	out->len = n;
}

void rt_slicebytetostring(rt_string *out, const uint8_t *p, int64_t len)
{
	rt_slicebytetostring_buf(out, NULL, p, len);
}

void rt_slicebytetostring_buf(rt_string *out, uint8_t *buf,
                              const uint8_t *p, int64_t len)
{
	if (len == 0) {
		out->ptr = NULL;
	} else if (len == 1) {
		out->ptr = &single_bytes[p[0]];
	} else {
		uint8_t *s = buf != NULL && len <= RT_TMPBUF_SIZE
		                     ? buf
		                     : rt_alloc_noscan(len);
		memcpy(s, p, (size_t)len);
		out->ptr = s;
	}
	out->len = len;
}

void rt_slicerunetostring(rt_string *out, const int32_t *p, int64_t len)
{
	rt_slicerunetostring_buf(out, NULL, p, len);
}

void rt_slicerunetostring_buf(rt_string *out, uint8_t *buf,
                              const int32_t *p, int64_t len)
{
	int64_t size = 0;
	for (int64_t i = 0; i < len; i++)
		size += rune_len(p[i]);
	if (size == 0) {
		out->ptr = NULL;
		out->len = 0;
		return;
	}
	uint8_t *s = buf != NULL && size <= RT_TMPBUF_SIZE
	                     ? buf
	                     : rt_alloc_noscan(size);
	int64_t off = 0;
	for (int64_t i = 0; i < len; i++)
		off += rt_encoderune(s + off, p[i]);
	out->ptr = s;
	out->len = size;
}

void rt_stringtoslicebyte_buf(rt_slice *out, uint8_t *buf,
                              const uint8_t *p, int64_t len)
{
	uint8_t *b;
	if (buf != NULL && len <= RT_TMPBUF_SIZE) {
		memset(buf, 0, RT_TMPBUF_SIZE);
		b = buf;
		out->cap = RT_TMPBUF_SIZE;
	} else {
		uint64_t cap = rt_roundupsize((uint64_t)len);
		b = rt_alloc_noscan((int64_t)cap);
		out->cap = (int64_t)cap;
	}
	if (len > 0)
		memcpy(b, p, (size_t)len);
	out->ptr = b;
	out->len = len;
}

void rt_stringtoslicebyte(rt_slice *out, const uint8_t *p, int64_t len)
{
	rt_stringtoslicebyte_buf(out, NULL, p, len);
}

void rt_stringtoslicerune_buf(rt_slice *out, int32_t *buf,
                              const uint8_t *p, int64_t len)
{
	int64_t n = 0;
	int32_t r;
	for (int64_t k = 0; k < len; k = rt_decoderune(p, len, k, &r))
		n++;

	int32_t *a;
	if (buf != NULL && n <= RT_TMPBUF_SIZE) {
		memset(buf, 0, RT_TMPBUF_SIZE * sizeof(int32_t));
		a = buf;
		out->cap = RT_TMPBUF_SIZE;
	} else {
		uint64_t mem = rt_roundupsize((uint64_t)n * sizeof(int32_t));
		a = rt_alloc_noscan((int64_t)mem);
		out->cap = (int64_t)(mem / sizeof(int32_t));
	}
	int64_t i = 0;
	for (int64_t k = 0; k < len; i++)
		k = rt_decoderune(p, len, k, &a[i]);
	out->ptr = a;
	out->len = n;
}

void rt_stringtoslicerune(rt_slice *out, const uint8_t *p, int64_t len)
{
	rt_stringtoslicerune_buf(out, NULL, p, len);
}
