/*
 * runtime.h: the interface of goesc's runtime, the C library (goescrt)
 * linked into every compiled program.
 *
 * The generated code calls the functions below; every argument is a
 * scalar or a pointer.  Results that are strings or slices are written
 * through an `out` pointer, in the layouts rt_string and rt_slice (which
 * are also the in-memory layouts of Go's string and slice values).  The
 * runtime knows nothing of the compiler: it speaks memory, UTF-8 and
 * go1.19's output formats.
 *
 *   rt_main.c       C main(): the big goroutine stack, then goesc_main()
 *   rt_proc.c       process state: argv, exit, GOESCDEBUG, writes,
 *                   the SIGSEGV handler (nil dereference, stack overflow)
 *   rt_print.c      print/println in go1.19's formats, to fd 2
 *   rt_panic.c      panics (runtime errors, panic(v)) and fatal errors
 *   rt_sizeclass.c  Go's 67 size classes and roundupsize
 *   rt_malloc.c     the allocator's entry points: rt_newobject,
 *                   rt_alloc, the tiny allocator, large objects, the
 *                   per-thread cache, GOESCDEBUG's allocation reports
 *   rt_mcentral.c   spans of small objects, central span lists
 *   rt_mheap.c      page heap: 64 MiB arenas, page -> span map, free
 *                   page runs, pointer bits (rt_malloc.h: internals),
 *                   returning long-free pages to the OS
 *   rt_gc.c         the collector: non-moving mark-sweep, precise heap
 *                   and globals, conservative stack; pacing (GOGC)
 *   rt_roots.c      weak empty goesc_roots, for binaries without a
 *                   compiled program (the unit tests)
 *   rt_slice.c      make, append's growth rule
 *   rt_string.c     strings: concatenation, comparison, conversions, UTF-8
 *
 * Output: print and println go to stderr (fd 2) through a small line
 * buffer that is flushed at every newline, at exit, at a panic and by
 * rt_printflush(); anything else that writes to fd 1 or 2 must call
 * rt_printflush() first so that output keeps its order.
 *
 * Heap memory: everything the program allocates comes from rt_newobject,
 * rt_alloc and the functions built on them (Go's size-class allocator,
 * runtime.md); malloc is never used for user objects.  Memory is zeroed;
 * an object is aligned to its size class (8 bytes at least, 16 from 16
 * bytes on, more for larger powers of two) except tiny pointer-free
 * objects (< 16 bytes), which are aligned by size (8, 4, 2) as in Go.
 * Zero-size requests return rt_zerobase.
 */
#ifndef GOESC_RUNTIME_H
#define GOESC_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A Go string: ptr may be NULL when len == 0. */
typedef struct rt_string {
	const uint8_t *ptr;
	int64_t len;
} rt_string;

/* A Go slice; nil is {NULL, 0, 0}. */
typedef struct rt_slice {
	void *ptr;
	int64_t len;
	int64_t cap;
} rt_slice;

/* The largest allocation Go accepts on linux/amd64 (maxAlloc = 1<<48). */
#define RT_MAX_ALLOC ((uint64_t)1 << 48)

/* ------------------------------------------------------------------ */
/* rt_main.c                                                           */
/* ------------------------------------------------------------------ */

/* Emitted by the compiler: package initialisers, init funcs, main.main. */
void goesc_main(void);

/* ------------------------------------------------------------------ */
/* rt_proc.c                                                           */
/* ------------------------------------------------------------------ */

/* The command line as main() received it (os.Args). */
extern int rt_argc;
extern char **rt_argv;

/* GOESCDEBUG settings (read once by rt_init): memstats=1,
 * allocfreetrace=1, allocsites=1 (and the collector's, below);
 * rt_debug_alloc is set if allocfreetrace, allocsites or gcstress is,
 * and sends every allocation through the general (reporting) path. */
extern bool rt_debug_memstats, rt_debug_allocfreetrace, rt_debug_allocsites;
extern bool rt_debug_peakrss; /* peakrss=1: "peakrss: BYTES" at exit */
extern bool rt_debug_alloc;

/* Bounds of the stack goesc_main runs on ([lo, hi)); NULL if unknown. */
extern void *rt_stack_lo, *rt_stack_hi;

/* Called once by main() before anything else. */
void rt_init(int argc, char **argv);
/* Install the SIGSEGV handler (on an alternate stack). */
void rt_install_signals(void);
/* Flush pending output, print the GOESCDEBUG reports, exit with `code`. */
_Noreturn void rt_exit(int code);
/* write(2) all of p[0..n) to fd, retrying short writes and EINTR. */
void rt_write(int fd, const void *p, size_t n);
/* True if p points into the live part of the current stack. */
bool rt_on_stack(const void *p);

/* ------------------------------------------------------------------ */
/* rt_print.c                                                          */
/* ------------------------------------------------------------------ */

void rt_printbool(bool b);
void rt_printint(int64_t v);
void rt_printuint(uint64_t v);
void rt_printfloat(double v);   /* float32 values are widened first */
void rt_printstring(const uint8_t *p, int64_t len);
void rt_printpointer(const void *p);
void rt_printslice(const void *p, int64_t len, int64_t cap);
void rt_printsp(void);
void rt_printnl(void);
void rt_printflush(void);
/* True if nothing was printed yet or the last byte printed was '\n'. */
bool rt_print_atlinestart(void);

/* Internal: append C text to the print buffer; hex with "0x". */
void rt_printcstr(const char *s);
void rt_printhex(uint64_t v);
/* Format v as go1.19's printfloat does into buf (14 bytes or "NaN",
 * "+Inf", "-Inf"); returns the length, at most 14. */
int rt_formatfloat(char buf[14], double v);

/* ------------------------------------------------------------------ */
/* rt_panic.c                                                          */
/* ------------------------------------------------------------------ */

/* Slice-bounds failure kinds for rt_panicslice (go1.19's wording):
 *   0 RT_SLICE_ACAP   s[:x] x > cap               "[:x] with capacity y"
 *   1 RT_SLICE_ALEN   s[:x] of a string or array  "[:x] with length y"
 *   2 RT_SLICE_B      s[x:y] x > y                "[x:y]"
 *   3 RT_SLICE3_ACAP  s[::x] x > cap              "[::x] with capacity y"
 *   4 RT_SLICE3_B     s[:x:y] x > y               "[:x:y]"
 *   5 RT_SLICE3_C     s[x:y:] x > y               "[x:y:]"
 *   6 RT_SLICE3_ALEN  a[::x] of an array          "[::x] with length y"
 * A negative x prints only x ("[:-1]", "[-1:]", ...), as Go does.  Or in
 * RT_BOUNDS_UNSIGNED when x has an unsigned type: it then prints as a
 * uint64 (also for rt_panicindexu). */
enum {
	RT_SLICE_ACAP = 0,
	RT_SLICE_ALEN = 1,
	RT_SLICE_B = 2,
	RT_SLICE3_ACAP = 3,
	RT_SLICE3_B = 4,
	RT_SLICE3_C = 5,
	RT_SLICE3_ALEN = 6,
	RT_BOUNDS_UNSIGNED = 0x100,
};

_Noreturn void rt_panicindex(int64_t i, int64_t len);
_Noreturn void rt_panicindexu(uint64_t i, int64_t len);
_Noreturn void rt_panicslice(int32_t kind, int64_t x, int64_t y);
_Noreturn void rt_panicdivide(void);
_Noreturn void rt_panicshift(void);
_Noreturn void rt_panicnil(void);
_Noreturn void rt_panicstring(const uint8_t *p, int64_t len);
_Noreturn void rt_panicint(int64_t v);
_Noreturn void rt_panicuint(uint64_t v);
_Noreturn void rt_panicfloat(double v);
_Noreturn void rt_panicbool(bool v);

/* For panic values of other shapes (e.g. "main.T(42)"): rt_panicstart
 * prints "panic: ", the caller prints the value with rt_print*, and
 * rt_panicfinish ends the message and exits with status 2. */
void rt_panicstart(void);
_Noreturn void rt_panicfinish(void);
/* "panic: runtime error: <msg>" (msg is NUL-terminated). */
_Noreturn void rt_panicruntime(const char *msg);
/* The nil-dereference panic with its "[signal SIGSEGV ...]" line. */
_Noreturn void rt_panicnilat(uint64_t addr, uint64_t pc);
/* Go's throw: "fatal error: msg", then the goroutine header; exit 2. */
_Noreturn void rt_throw(const char *msg);
/* A throw go1.19 makes on the system stack (stack overflow, a failed
 * heap mapping): its report shows "runtime stack:" before the goroutine. */
_Noreturn void rt_throw_system(const char *msg);
/* The end of any crash report: "\ngoroutine 1 [running]:..."; exit 2. */
_Noreturn void rt_crash(void);

/* ------------------------------------------------------------------ */
/* rt_sizeclass.c                                                      */
/* ------------------------------------------------------------------ */

#define RT_NUM_SIZE_CLASSES 68 /* class 0 means "large" */
#define RT_MAX_SMALL_SIZE 32768
#define RT_PAGE_SIZE 8192

extern const uint16_t rt_class_to_size[RT_NUM_SIZE_CLASSES];
/* The size class for a small size (1..RT_MAX_SMALL_SIZE). */
int rt_size_to_class(uint64_t size);
/* Go's roundupsize: the size mallocgc really allocates for `size`. */
uint64_t rt_roundupsize(uint64_t size);

/* ------------------------------------------------------------------ */
/* rt_malloc.c                                                         */
/* ------------------------------------------------------------------ */

/* A type descriptor, emitted by the compiler once per allocated type. */
typedef struct rt_type {
	uint64_t size;            /* bytes */
	uint64_t ptrdata;         /* prefix that may hold pointers; 0: none */
	const uint8_t *ptrmask;   /* 1 bit per word of ptrdata, LSB first;
	                             NULL (huge types): every word of
	                             ptrdata may be a pointer */
	uint32_t align;
	uint32_t flags;           /* reserved, 0 */
	const char *name;         /* Go's spelling: "main.T", "int" */
} rt_type;

/* An allocation site, emitted by the compiler once per site, writable.
 * The runtime fills count, bytes and next when GOESCDEBUG=allocsites=1. */
typedef struct rt_site {
	const char *file;         /* as Go prints it: "./x.go" */
	int32_t line, col;
	const char *what;         /* the expression as -m prints it */
	uint64_t count, bytes;
	struct rt_site *next;     /* runtime-private; 0 in the image */
} rt_site;

/* new(T) and &T{...}: a zeroed object of type t; site may be NULL. */
void *rt_newobject(const rt_type *t, rt_site *site);
/* make([]T, len, cap) with T = elem: the backing array, or go1.19's
 * panic (as rt_makeslice). */
void *rt_makeslice_t(const rt_type *elem, int64_t len, int64_t cap,
                     rt_site *site);
/* append's growth for elements of type elem (as rt_growslice). */
void rt_growslice_t(rt_slice *out, const void *old_ptr, int64_t old_len,
                    int64_t old_cap, int64_t new_len, const rt_type *elem,
                    rt_site *site);

/* Zeroed heap memory of unknown layout: every word may be a pointer.
 * Size 0 gives &rt_zerobase.  Never returns NULL: running out of memory
 * is a fatal error, as in Go. */
void *rt_alloc(int64_t size);
/* The same for memory that holds no pointers (string bytes). */
void *rt_alloc_noscan(int64_t size);
extern uint64_t rt_zerobase;

typedef struct rt_memstats_t {
	uint64_t mallocs;   /* heap objects allocated (size > 0) */
	uint64_t frees;     /* objects (slots) freed by the collector */
	uint64_t bytes;     /* bytes allocated, each object's size rounded
	                       up to its size class (large: to pages) */
	uint64_t gcs;       /* collections */
	uint64_t heap_peak; /* most heap bytes in use seen (at each
	                       collection, before its sweep, and at exit) */
	uint64_t mapped;    /* bytes reserved from the OS */
	uint64_t freed_bytes; /* bytes of the freed objects */
} rt_memstats_t;
/* Up to date after rt_memstats_update() (rt_malloc.h). */
extern rt_memstats_t rt_memstats;

/* At exit: the GOESCDEBUG=allocsites=1 table (if on), then the
 * memstats=1 line (if on). */
void rt_alloc_report_exit(void);

/* ------------------------------------------------------------------ */
/* rt_gc.c                                                             */
/* ------------------------------------------------------------------ */

/* A package-level variable that may hold heap pointers: its address and
 * type (the collector scans the words the type's ptrmask names).  The
 * compiler emits goesc_roots and goesc_nroots in every program;
 * rt_roots.c has weak empty ones for binaries without a Go program. */
typedef struct rt_root {
	void *addr;
	const rt_type *type;
} rt_root;
extern const rt_root goesc_roots[];
extern const int64_t goesc_nroots;

/* Read GOGC and turn the collector on (rt_init calls it; until then
 * nothing is collected except by rt_gc_collect). */
void rt_gc_init(void);
/* A full collection now (runtime.GC). */
void rt_gc_collect(void);
/* GOESCDEBUG settings of the collector: gctrace=1 (a line per cycle on
 * stderr), gcstress=1 (collect at every allocation; gcstress=N: every
 * Nth; implies gcpoison), gcpoison=1 (fill freed slots with
 * 0xdeadbeefdeadbeef). */
extern bool rt_debug_gctrace, rt_debug_gcstress, rt_debug_gcpoison;

/* ------------------------------------------------------------------ */
/* rt_slice.c                                                          */
/* ------------------------------------------------------------------ */

/* make([]T, len, cap): the backing array, or go1.19's panic. */
void *rt_makeslice(int64_t elemsize, int64_t len, int64_t cap);
/* append's growth: a new array holding old_len elements, with go1.19's
 * capacity for new_len elements; out->len = old_len. */
void rt_growslice(rt_slice *out, const void *old_ptr, int64_t old_len,
                  int64_t old_cap, int64_t new_len, int64_t elemsize);

/* ------------------------------------------------------------------ */
/* rt_string.c                                                         */
/* ------------------------------------------------------------------ */

#define RT_RUNE_ERROR 0xFFFD
#define RT_TMPBUF_SIZE 32 /* Go's tmpBuf: 32 bytes (or 32 runes) */

void rt_concatstrings(rt_string *out, const rt_string *parts, int64_t n);
/* The _buf forms below take a RT_TMPBUF_SIZE-byte buffer (4 bytes for
 * rt_intstring_buf) in the frame of a caller whose result does not
 * escape, or NULL; the result uses it when it fits, as Go's tmpBuf. */
void rt_concatstrings_buf(rt_string *out, uint8_t *buf,
                          const rt_string *parts, int64_t n);
void rt_intstring_buf(rt_string *out, uint8_t *buf, int64_t rune);
void rt_slicebytetostring_buf(rt_string *out, uint8_t *buf,
                              const uint8_t *p, int64_t len);
void rt_slicerunetostring_buf(rt_string *out, uint8_t *buf,
                              const int32_t *p, int64_t len);
int64_t rt_cmpstring(const uint8_t *a, int64_t alen,
                     const uint8_t *b, int64_t blen);
bool rt_eqstring(const uint8_t *a, int64_t alen,
                 const uint8_t *b, int64_t blen);
void rt_intstring(rt_string *out, int64_t rune);
void rt_slicebytetostring(rt_string *out, const uint8_t *p, int64_t len);
void rt_slicerunetostring(rt_string *out, const int32_t *p, int64_t len);
/* []byte(s) and []rune(s); the _buf forms take a non-escaping 32-byte
 * (32-rune) buffer, or NULL, as Go's tmpBuf (cap is then 32). */
void rt_stringtoslicebyte(rt_slice *out, const uint8_t *p, int64_t len);
void rt_stringtoslicebyte_buf(rt_slice *out, uint8_t *buf,
                              const uint8_t *p, int64_t len);
void rt_stringtoslicerune(rt_slice *out, const uint8_t *p, int64_t len);
void rt_stringtoslicerune_buf(rt_slice *out, int32_t *buf,
                              const uint8_t *p, int64_t len);
/* The rune at offset k of p[0..len) as `for range` decodes it; returns
 * the offset after it.  Invalid or short sequences give U+FFFD, width 1. */
int64_t rt_decoderune(const uint8_t *p, int64_t len, int64_t k,
                      int32_t *rune_out);
/* UTF-8 encoding of r into buf (4 bytes); invalid r gives U+FFFD.
 * Returns the number of bytes. */
int rt_encoderune(uint8_t buf[4], int32_t r);

#endif /* GOESC_RUNTIME_H */
