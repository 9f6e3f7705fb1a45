/*
 * util.c: the front end's memory and small containers.
 *
 * All compiler data lives in arenas: large chunks carved up by a bump
 * pointer and released at once.  Identifiers are interned in a hash table
 * so that equal names are equal pointers.  Internal errors (bugs in
 * goesc, never the user's mistakes) are reported by ice_at.
 */
#include "frontend.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

typedef struct Chunk {
	struct Chunk *next;
	size_t size, used;
	_Alignas(8) unsigned char data[]; /* nothing needs more than 8 */
} Chunk;

struct Arena {
	Chunk *head;
	size_t next_size; /* size of the next chunk */
};

Arena *g_arena;

/* Chunks double from 1 MiB to 32 MiB, so a big program costs few chunks
 * and a small one little memory.  They come straight from mmap: fresh
 * pages are already zero, and MAP_POPULATE maps a chunk's pages in one
 * call rather than one page fault each (a million-line program needs a
 * gigabyte: the faults were a fifth of its front end's time).
 * Transparent huge pages would save more, but with the usual
 * defrag=madvise setting the kernel compacts memory synchronously on a
 * loaded machine, which cost more than the faults it saved. */
enum { CHUNK_MIN = 1 << 20, CHUNK_MAX = 32 << 20 };

static Chunk *chunk_new(size_t n)
{
	size_t total = sizeof(Chunk) + n;
	void *p = mmap(NULL, total, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (p == MAP_FAILED) {
		fprintf(stderr, "goesc: out of memory\n");
		exit(3);
	}
	Chunk *c = p;
	c->size = n;
	return c;
}

Arena *arena_new(void)
{
	Arena *a = calloc(1, sizeof *a);
	if (!a)
		ICE("out of memory");
	return a;
}

void arena_free(Arena *a)
{
	if (!a)
		return;
	for (Chunk *c = a->head, *next; c; c = next) {
		next = c->next;
		munmap(c, sizeof *c + c->size);
	}
	free(a);
}

void *arena_alloc(Arena *a, size_t size)
{
	size = (size + 7) & ~(size_t)7;
	Chunk *c = a->head;
	if (!c || c->size - c->used < size) {
		size_t n = a->next_size ? a->next_size : CHUNK_MIN;
		if (n < CHUNK_MAX)
			a->next_size = n * 2;
		if (n < size)
			n = size;
		c = chunk_new(n);
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += size;
	return p; /* fresh anonymous pages, never reused: already zero */
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *arena_vsprintf(Arena *a, const char *fmt, va_list ap)
{
	/* Format into a small buffer first; only long strings format twice. */
	char buf[256];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(buf, sizeof buf, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		ICE("bad format %s", fmt);
	char *p = arena_alloc(a, (size_t)n + 1);
	if ((size_t)n < sizeof buf)
		memcpy(p, buf, (size_t)n + 1);
	else
		vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *arena_sprintf(Arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = arena_vsprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

/* Interning: open addressing on an FNV-1a hash, grown at 50% load.  Each
 * slot keeps the hash and length, so probing past other names compares
 * no bytes and growing rehashes none (programs with a million
 * identifiers spent a third of their parse time here). */
typedef struct IEntry {
	const char *s;
	uint32_t hash;
	uint32_t len;
} IEntry;

static IEntry *itab;
static size_t icap, icount;

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static void intern_grow(void)
{
	size_t ncap = icap ? icap * 2 : 1024;
	IEntry *nt = calloc(ncap, sizeof *nt);
	if (!nt)
		ICE("out of memory");
	for (size_t i = 0; i < icap; i++) {
		if (!itab[i].s)
			continue;
		size_t j = itab[i].hash & (ncap - 1);
		while (nt[j].s)
			j = (j + 1) & (ncap - 1);
		nt[j] = itab[i];
	}
	free(itab);
	itab = nt;
	icap = ncap;
}

const char *intern(const char *s, size_t n)
{
	if (icount * 2 >= icap)
		intern_grow();
	uint64_t h64 = hash_bytes(s, n);
	uint32_t h = (uint32_t)(h64 ^ (h64 >> 32));
	size_t j = h & (icap - 1);
	while (itab[j].s) {
		if (itab[j].hash == h && itab[j].len == n && memcmp(itab[j].s, s, n) == 0)
			return itab[j].s;
		j = (j + 1) & (icap - 1);
	}
	if (n > UINT32_MAX)
		ICE("identifier of %zu bytes", n);
	itab[j] = (IEntry){arena_strndup(g_arena, s, n), h, (uint32_t)n};
	icount++;
	return itab[j].s;
}

static void grow(void ***v, int *cap)
{
	int ncap = *cap ? *cap * 2 : 4;
	void **nv = arena_alloc(g_arena, (size_t)ncap * sizeof *nv);
	if (*cap)
		memcpy(nv, *v, (size_t)*cap * sizeof *nv);
	*v = nv;
	*cap = ncap;
}

void nl_push(NodeList *l, Node *n)
{
	if (l->len == l->cap)
		grow((void ***)&l->v, &l->cap);
	l->v[l->len++] = n;
}

void pl_push(PtrList *l, void *p)
{
	if (l->len == l->cap)
		grow(&l->v, &l->cap);
	l->v[l->len++] = p;
}

/* StrBuf: growable strings for messages and printing. */
static void sb_grow(StrBuf *b, size_t n)
{
	if (b->len + n + 1 <= b->cap)
		return;
	size_t ncap = b->cap ? b->cap * 2 : 64;
	while (ncap < b->len + n + 1)
		ncap *= 2;
	char *np = arena_alloc(g_arena, ncap);
	if (b->len)
		memcpy(np, b->p, b->len);
	b->p = np;
	b->cap = ncap;
}

void sb_putn(StrBuf *b, const char *s, size_t n)
{
	sb_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}

void sb_puts(StrBuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

void sb_printf(StrBuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = arena_vsprintf(g_arena, fmt, ap);
	va_end(ap);
	sb_puts(b, s);
}

_Noreturn void ice_at(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	fflush(stdout);
	fprintf(stderr, "goesc: internal error: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (at %s:%d)\n", file, line);
	exit(3);
}
