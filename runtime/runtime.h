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
 *   rt_iface.c      interfaces: boxing (convT*), itabs and assertions,
 *                   equality and hashing of values of any type
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

struct rt_field;
struct rt_method;
struct rt_imethod;

/* A type descriptor, emitted by the compiler once per type that is
 * allocated or stored in an interface (128 bytes, 8-aligned; the
 * offsets are those of a plain LLVM struct of the listed fields, the
 * explicit pads included):
 *
 *   off  field      LLVM  meaning
 *     0  size       i64   bytes
 *     8  ptrdata    i64   prefix that may hold pointers; 0: none
 *    16  ptrmask    ptr   1 bit per word of ptrdata, LSB first
 *                         (NULL for huge types: see the field)
 *    24  align      i32
 *    28  flags      i32   reserved, 0
 *    32  name       ptr   Go's %T spelling: "main.T", "[]int",
 *                         "*main.T", "interface {}", "func(int) string",
 *                         "map[string]int", "struct { X int }"
 *    40  kind       i8    RT_KIND_*: Go's reflect.Kind numbering
 *    41  tflag      i8    RT_TFLAG_* bits
 *    42  pad0       i16   0
 *    44  hash       i32   hash of the type's identity (the compiler's;
 *                         type switches, itab->hash)
 *    48  elem       ptr   pointer, slice, array, chan: element type;
 *                         map: value type; else NULL
 *    56  key        ptr   map: key type; else NULL
 *    64  len        i64   array: length; else 0
 *    72  fields     ptr   struct: nfields rt_field, in declaration order
 *    80  nfields    i32
 *    84  pad1       i32   0
 *    88  methods    ptr   named T or *T: its method set, nmethods
 *                         rt_method sorted by name (strcmp order, which
 *                         puts exported names first, as gc's sort)
 *    96  nmethods   i32
 *   100  pad2       i32   0
 *   104  imethods   ptr   interface: its nimethods rt_imethod, sorted as
 *                         methods (nimethods == 0: the empty interface)
 *   112  nimethods  i32
 *   116  pad3       i32   0
 *   120  pkgpath    ptr   package path of a named type ("main"), or NULL
 *
 * Descriptors of types that never meet an interface may leave every
 * field from kind on zero (the allocator and collector read only the
 * first six). */
typedef struct rt_type {
	uint64_t size;
	uint64_t ptrdata;
	const uint8_t *ptrmask;   /* NULL with ptrdata > 0 (huge types):
	                             every word of ptrdata may be a pointer */
	uint32_t align;
	uint32_t flags;
	const char *name;
	uint8_t kind;
	uint8_t tflag;
	uint16_t pad0;
	uint32_t hash;
	const struct rt_type *elem;
	const struct rt_type *key;
	uint64_t len;
	const struct rt_field *fields;
	uint32_t nfields;
	uint32_t pad1;
	const struct rt_method *methods;
	uint32_t nmethods;
	uint32_t pad2;
	const struct rt_imethod *imethods;
	uint32_t nimethods;
	uint32_t pad3;
	const char *pkgpath;
} rt_type;

/* rt_type.kind: Go's reflect.Kind values. */
enum {
	RT_KIND_INVALID = 0,
	RT_KIND_BOOL = 1,
	RT_KIND_INT = 2,
	RT_KIND_INT8 = 3,
	RT_KIND_INT16 = 4,
	RT_KIND_INT32 = 5,
	RT_KIND_INT64 = 6,
	RT_KIND_UINT = 7,
	RT_KIND_UINT8 = 8,
	RT_KIND_UINT16 = 9,
	RT_KIND_UINT32 = 10,
	RT_KIND_UINT64 = 11,
	RT_KIND_UINTPTR = 12,
	RT_KIND_FLOAT32 = 13,
	RT_KIND_FLOAT64 = 14,
	RT_KIND_COMPLEX64 = 15,
	RT_KIND_COMPLEX128 = 16,
	RT_KIND_ARRAY = 17,
	RT_KIND_CHAN = 18,
	RT_KIND_FUNC = 19,
	RT_KIND_INTERFACE = 20,
	RT_KIND_MAP = 21,
	RT_KIND_POINTER = 22,
	RT_KIND_SLICE = 23,
	RT_KIND_STRING = 24,
	RT_KIND_STRUCT = 25,
	RT_KIND_UNSAFEPOINTER = 26,
};

/* rt_type.tflag bits.
 *   DIRECTIFACE    the value itself is an interface's data word: Go's
 *                  IsDirectIface (pointers, chans, maps, funcs,
 *                  unsafe.Pointer, and structs/arrays whose only
 *                  non-zero-size component is one of those)
 *   NAMED          a defined (named) type
 *   COMPARABLE     == is defined on the type (false for slices, maps,
 *                  funcs and structs/arrays containing one; interfaces
 *                  are comparable and may still panic at run time)
 *   REGULARMEMORY  == is memcmp of size bytes and hashing is a hash of
 *                  those bytes: no floats, strings or interfaces inside,
 *                  no padding and no blank (_) fields (gc's AMEM) */
enum {
	RT_TFLAG_DIRECTIFACE = 1 << 0,
	RT_TFLAG_NAMED = 1 << 1,
	RT_TFLAG_COMPARABLE = 1 << 2,
	RT_TFLAG_REGULARMEMORY = 1 << 3,
};

/* A struct field (32 bytes): {ptr name, ptr type, i64 offset,
 * i32 embedded, i32 pad}.  Blank fields are named "_". */
typedef struct rt_field {
	const char *name;         /*  0 */
	const rt_type *type;      /*  8 */
	uint64_t offset;          /* 16: bytes from the struct's start */
	uint32_t embedded;        /* 24: 1 for an embedded field */
	uint32_t pad;             /* 28 */
} rt_field;

/* A method of a type's method set (24 bytes): {ptr name, ptr sig,
 * ptr fn}.  sig is the method's type as gc prints it, without the
 * receiver: "func(int) string", "func()".  fn is the code an interface
 * call jumps to: it takes the interface's DATA WORD as its receiver (for
 * a value receiver of a non-direct type, a wrapper that loads the value
 * from the box), then the method's arguments.  NULL if not compiled;
 * an itab then gets a stub that dies with a fatal error. */
typedef struct rt_method {
	const char *name;         /*  0 */
	const char *sig;          /*  8 */
	void *fn;                 /* 16 */
} rt_method;

/* A method of an interface type (16 bytes): {ptr name, ptr sig}. */
typedef struct rt_imethod {
	const char *name;         /* 0 */
	const char *sig;          /* 8 */
} rt_imethod;

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

/* ------------------------------------------------------------------ */
/* rt_iface.c                                                          */
/* ------------------------------------------------------------------ */

/* An interface value is two words {word0, data}:
 *   interface{} (eface)     word0 = const rt_type * of the dynamic type
 *   other interfaces        word0 = const rt_itab *
 * NULL word0 is the nil interface (data is then NULL too).  data is the
 * value itself if the dynamic type has RT_TFLAG_DIRECTIFACE, otherwise a
 * pointer to a read-only copy of the value (a box: from the convT*
 * functions below, static data, rt_staticuint64s, rt_zeroval, or a
 * stack temporary when the interface does not escape).  Both words are
 * pointer words in every ptrmask; the collector ignores pointers outside
 * the heap (static descriptors, itabs). */
typedef struct rt_iface {
	void *tab;                /* const rt_type * or const rt_itab * */
	void *data;
} rt_iface;

/* An itab: the method table of one (interface, dynamic type) pair.
 *   off  field  LLVM
 *     0  inter  ptr   the interface type (kind RT_KIND_INTERFACE)
 *     8  type   ptr   the dynamic type
 *    16  hash   i32   type->hash (type switches on a non-empty iface)
 *    20  pad    i32   0
 *    24  fun    [n x ptr]  one per inter->imethods entry, in that
 *                   order; the code to call with the data word as the
 *                   receiver (rt_method.fn)
 * The compiler emits itabs statically for conversions it can resolve;
 * the runtime builds the others (rt_getitab) and never frees them.  Two
 * itabs of the same pair may exist: compare ->type, never the itabs.
 * fun[0] == NULL marks a negative entry of the runtime's cache; none is
 * ever returned. */
typedef struct rt_itab {
	const rt_type *inter;
	const rt_type *type;
	uint32_t hash;
	uint32_t pad;
	void *fun[];
} rt_itab;

/* &rt_staticuint64s[v] is the box of any integer or bool value v < 256
 * of size <= 8 (little-endian: the low bytes come first). */
extern const uint64_t rt_staticuint64s[256];
/* RT_ZEROVAL_SIZE zero bytes: the box of any zero value that fits (Go's
 * zeroVal), read-only. */
#define RT_ZEROVAL_SIZE 1024
extern const uint64_t rt_zeroval[RT_ZEROVAL_SIZE / 8];

/* Boxing (go1.19's convT16 ... convT): the data word for a non-direct
 * value.  Values below 256 (convT16/32/64), the empty string and nil
 * slices use static boxes and allocate nothing; each other call is one
 * allocation, of the value's size (t->size for convT/convTnoptr), with
 * the runtime's box types (named as Go's: runtime.uint64InterfacePtr
 * ...) or t for the collector and allocfreetrace.  site may be NULL. */
void *rt_convT16(uint16_t v, rt_site *site);
void *rt_convT32(uint32_t v, rt_site *site);
void *rt_convT64(uint64_t v, rt_site *site);
/* Strings and slices come as their words (every runtime argument is a
 * scalar or a pointer: a 24-byte struct would be passed in memory by
 * the C ABI).  rt_convTslice uses the static box only for a nil ptr. */
void *rt_convTstring(const uint8_t *ptr, int64_t len, rt_site *site);
void *rt_convTslice(void *ptr, int64_t len, int64_t cap, rt_site *site);
/* A copy of the t->size bytes at v (t may hold pointers). */
void *rt_convT(const rt_type *t, const void *v, rt_site *site);
/* The same for a pointer-free t. */
void *rt_convTnoptr(const rt_type *t, const void *v, rt_site *site);

/* The itab of (inter, t), built from t->methods and cached (positive
 * and negative results).  If t lacks a method of inter: NULL when
 * canfail, else the panic "interface conversion: T is not I: missing
 * method M".  inter must have methods; t must not be NULL. */
const rt_itab *rt_getitab(const rt_type *inter, const rt_type *t,
                          bool canfail);
/* x.(I) with x an interface{} of dynamic type t: the itab; a nil x
 * (t == NULL) panics "interface conversion: interface is nil, not I". */
const rt_itab *rt_assertE2I(const rt_type *inter, const rt_type *t);
/* v, ok := x.(I): the itab, or NULL if x is nil or t does not
 * implement inter (ok false; the data word is the same as x's). */
const rt_itab *rt_assertE2I2(const rt_type *inter, const rt_type *t);
/* The same from a non-empty interface with itab tab. */
const rt_itab *rt_assertI2I(const rt_type *inter, const rt_itab *tab);
const rt_itab *rt_assertI2I2(const rt_type *inter, const rt_itab *tab);
/* Conversion (not assertion) of a non-empty interface to another one
 * that the compiler knows it implements: NULL for a nil tab. */
const rt_itab *rt_convI2I(const rt_type *inter, const rt_itab *tab);
/* The dynamic type of a non-empty interface (NULL for a nil tab). */
const rt_type *rt_itab_type(const rt_itab *tab);

/* Failed x.(T) to a concrete type T = want; x has static type iface
 * (an interface type) and dynamic type have (NULL: x is nil), or itab
 * have.  go1.19's texts:
 *   interface conversion: interface {} is string, not int
 *   interface conversion: main.I is *main.T, not main.U
 *   interface conversion: main.I is nil, not main.T */
_Noreturn void rt_panicdottypeE(const rt_type *have, const rt_type *want,
                                const rt_type *iface);
_Noreturn void rt_panicdottypeI(const rt_itab *have, const rt_type *want,
                                const rt_type *iface);
/* x.(I) with nil x: "interface conversion: interface is nil, not I". */
_Noreturn void rt_panicnildottype(const rt_type *want);

/* x == y for two interface{} values of the same dynamic type t (the
 * compiler compares the type words first), or two non-empty interface
 * values with itabs of the same dynamic type; x and y are the data
 * words.  True for t (tab) NULL; panics "runtime error: comparing
 * uncomparable type T" if t is not comparable. */
bool rt_efaceeq(const rt_type *t, void *x, void *y);
bool rt_ifaceeq(const rt_itab *tab, void *x, void *y);
/* *a == *b for values of type t, by kind: memcmp for regular memory,
 * IEEE == for floats and complex numbers, strings by bytes, interfaces
 * by dynamic type and value (as rt_efaceeq), arrays by element, structs
 * by field ignoring blank (_) fields.  Panics as rt_efaceeq if t is not
 * comparable. */
bool rt_typedequal(const rt_type *t, const void *a, const void *b);

/* Hashes consistent with the equalities above: equal values hash
 * equal (+0 and -0 too), NaNs hash randomly.  rt_typehash hashes the
 * value of type t at p; rt_efacehash/rt_ifacehash an interface value
 * (word0, data); NULL word0 gives seed.  A type that is not comparable
 * panics "runtime error: hash of unhashable type T". */
uint64_t rt_typehash(const rt_type *t, const void *p, uint64_t seed);
uint64_t rt_efacehash(const rt_type *t, void *data, uint64_t seed);
uint64_t rt_ifacehash(const rt_itab *tab, void *data, uint64_t seed);
/* The hash of n bytes at p (also used by rt_typehash for strings and
 * regular memory).  Deterministic for a given seed: a map should take a
 * random seed of its own, as Go's maps do (h.hash0), so that iteration
 * orders and collisions differ between maps and runs. */
uint64_t rt_memhash(const void *p, uint64_t n, uint64_t seed);

/* panic(v) for v an interface{} (type t, data word data) once the
 * compiler has ruled out error and fmt.Stringer values (go1.19 prints
 * v.Error() / v.String() for those: the compiler calls the method and
 * then rt_panicstring).  Prints as go1.19's printpanicval: "nil",
 * predeclared basic types as print() does ("panic: 42"), other types of
 * a basic kind as "main.T(42)" / "main.S(\"x\")", anything else as
 * "(main.T) 0xDATA". */
_Noreturn void rt_panicany(const rt_type *t, void *data);
/* panic(v) for any v given as an interface{}: error and Stringer values
 * print their Error() / String() text, the rest as rt_panicany. */
_Noreturn void rt_panicvalue(const rt_type *t, void *data);

/* print/println of an interface value: "(0xWORD0,0xDATA)" (rt_print.c). */
void rt_printeface(const rt_type *t, const void *data);
void rt_printiface(const rt_itab *tab, const void *data);

#endif /* GOESC_RUNTIME_H */
