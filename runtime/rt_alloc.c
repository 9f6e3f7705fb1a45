/*
 * rt_alloc.c: the heap.  rt_alloc is the one entry point for the memory
 * of Go objects; makeslice, growslice and the string conversions sit on
 * top of it.  This first version is a bump allocator: small requests are
 * carved out of 4 MiB chunks obtained with mmap, large ones (over 256
 * KiB) get a mapping of their own, and nothing is ever freed.  Fresh mmap
 * pages are zero and never reused, so no clearing is needed.  Requests
 * are rounded up to Go's size class (rt_roundupsize) so that the byte
 * counts of GOESCDEBUG=memstats=1 are those of the size-class allocator
 * that will replace this one (runtime.md) behind the same function.
 */
#include "runtime.h"

#include <sys/mman.h>

/* The address of every zero-size object, as Go's runtime.zerobase. */
uint64_t rt_zerobase;

rt_memstats_t rt_memstats;

#define CHUNK_SIZE ((uint64_t)4 << 20)
#define LARGE_LIMIT ((uint64_t)256 << 10)

static uint8_t *bump_next; /* next free byte of the current chunk */
static uint8_t *bump_end;  /* end of the current chunk */

/* Go's out-of-memory report: size is the rounded request. */
static _Noreturn void out_of_memory(uint64_t size)
{
	rt_printflush();
	rt_printcstr("runtime: out of memory: cannot allocate ");
	rt_printuint(size);
	rt_printcstr("-byte block (");
	rt_printuint(rt_memstats.mapped);
	rt_printcstr(" in use)\n");
	rt_throw("out of memory");
}

/* Fresh zeroed pages from the OS, or the out-of-memory fatal error. */
static void *os_map(uint64_t size, uint64_t request)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		out_of_memory(request);
	rt_memstats.mapped += size;
	return p;
}

void *rt_alloc(int64_t size)
{
	if (size == 0)
		return &rt_zerobase;
	if (size < 0 || (uint64_t)size > RT_MAX_ALLOC)
		rt_throw("rt_alloc: bad size");

	uint64_t n = rt_roundupsize((uint64_t)size);
	rt_memstats.mallocs++;
	rt_memstats.bytes += n;
	if (rt_memstats.bytes > rt_memstats.heap_peak)
		rt_memstats.heap_peak = rt_memstats.bytes;

	if (n > LARGE_LIMIT)
		return os_map(n, n);

	/* Every class size is a multiple of 8, and of 16 from 16 up. */
	uintptr_t align = n >= 16 ? 16 : 8;
	uintptr_t p = ((uintptr_t)bump_next + align - 1) & ~(align - 1);
	if (bump_next == NULL || p + n > (uintptr_t)bump_end) {
		bump_next = os_map(CHUNK_SIZE, n);
		bump_end = bump_next + CHUNK_SIZE;
		p = (uintptr_t)bump_next;
	}
	bump_next = (uint8_t *)(p + n);
	return (void *)p;
}
