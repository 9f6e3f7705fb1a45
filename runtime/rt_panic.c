/*
 * rt_panic.c: panics and fatal errors, printed as go1.19 prints them up
 * to the line "goroutine 1 [running]:", followed by a short note of our
 * own in place of Go's stack trace, then exit status 2.  Go's layout is
 *
 *   panic: <value>\n
 *   [signal SIGSEGV: ...]\n          (only for faults)
 *   \n
 *   goroutine 1 [running]:\n
 *
 * Runtime errors are "runtime error: " + the message of Go's
 * boundsError or errorString; user panics of basic values print the
 * value as print() would (panic(42) is "panic: 42"; named types, as in
 * "main.T(42)", are printed by the caller between rt_panicstart and
 * rt_panicfinish).  Fatal errors (Go's throw) print "fatal error: msg";
 * those Go throws on the system stack add "\nruntime stack:\n" before
 * the goroutine.
 */
#include "runtime.h"

#include <stdlib.h>

/* The end of every crash report; "goroutine 1" is all we have. */
static _Noreturn void crash(void)
{
	rt_printcstr("\ngoroutine 1 [running]:\n"
	             "main.main()\n"
	             "\t(goesc: no traceback)\n");
	rt_printflush();
	exit(2);
}

_Noreturn void rt_throw(const char *msg)
{
	rt_printcstr("fatal error: ");
	rt_printcstr(msg);
	rt_printcstr("\n");
	crash();
}

_Noreturn void rt_throw_system(const char *msg)
{
	rt_printcstr("fatal error: ");
	rt_printcstr(msg);
	rt_printcstr("\n\nruntime stack:\n\t(goesc: no traceback)\n");
	crash();
}

_Noreturn void rt_crash(void)
{
	crash();
}

void rt_panicstart(void)
{
	/* Pending print output (no newline yet) stays before the panic, as
	 * it does in Go, where print writes immediately. */
	rt_printflush();
	rt_printcstr("panic: ");
}

_Noreturn void rt_panicfinish(void)
{
	rt_printcstr("\n");
	crash();
}

_Noreturn void rt_panicruntime(const char *msg)
{
	rt_panicstart();
	rt_printcstr("runtime error: ");
	rt_printcstr(msg);
	rt_panicfinish();
}

/* ------------------------------------------------------------------ */
/* Bounds errors (go1.19's boundsError formats)                        */
/* ------------------------------------------------------------------ */

/* Text around x and y for each kind; a negative signed x uses the
 * short form that leaves y out. */
static const struct {
	const char *pre, *mid, *post; /* pre x mid y post */
	const char *negpost;          /* pre x negpost   */
} bounds_fmt[] = {
	[RT_SLICE_ACAP] = {"slice bounds out of range [:", "] with capacity ", "", "]"},
	[RT_SLICE_ALEN] = {"slice bounds out of range [:", "] with length ", "", "]"},
	[RT_SLICE_B] = {"slice bounds out of range [", ":", "]", ":]"},
	[RT_SLICE3_ACAP] = {"slice bounds out of range [::", "] with capacity ", "", "]"},
	[RT_SLICE3_B] = {"slice bounds out of range [:", ":", "]", ":]"},
	[RT_SLICE3_C] = {"slice bounds out of range [", ":", ":]", "::]"},
	[RT_SLICE3_ALEN] = {"slice bounds out of range [::", "] with length ", "", "]"},
};

#define KIND_INDEX (-1)

static _Noreturn void bounds_panic(int kind, bool is_unsigned, int64_t x,
                                   int64_t y)
{
	const char *pre, *mid, *post, *negpost;
	if (kind == KIND_INDEX) {
		pre = "index out of range [";
		mid = "] with length ";
		post = "";
		negpost = "]";
	} else if (kind >= 0 && kind <= RT_SLICE3_ALEN) {
		pre = bounds_fmt[kind].pre;
		mid = bounds_fmt[kind].mid;
		post = bounds_fmt[kind].post;
		negpost = bounds_fmt[kind].negpost;
	} else {
		rt_throw("rt_panicslice: bad kind");
	}

	rt_panicstart();
	rt_printcstr("runtime error: ");
	rt_printcstr(pre);
	if (is_unsigned) {
		rt_printuint((uint64_t)x);
	} else {
		rt_printint(x);
		if (x < 0) {
			rt_printcstr(negpost);
			rt_panicfinish();
		}
	}
	rt_printcstr(mid);
	rt_printint(y);
	rt_printcstr(post);
	rt_panicfinish();
}

_Noreturn void rt_panicindex(int64_t i, int64_t len)
{
	bounds_panic(KIND_INDEX, false, i, len);
}

_Noreturn void rt_panicindexu(uint64_t i, int64_t len)
{
	bounds_panic(KIND_INDEX, true, (int64_t)i, len);
}

_Noreturn void rt_panicslice(int32_t kind, int64_t x, int64_t y)
{
	bounds_panic(kind & ~RT_BOUNDS_UNSIGNED,
	             (kind & RT_BOUNDS_UNSIGNED) != 0, x, y);
}

/* ------------------------------------------------------------------ */
/* Other runtime errors                                                */
/* ------------------------------------------------------------------ */

_Noreturn void rt_panicdivide(void)
{
	rt_panicruntime("integer divide by zero");
}

_Noreturn void rt_panicshift(void)
{
	rt_panicruntime("negative shift amount");
}

_Noreturn void rt_panicnilat(uint64_t addr, uint64_t pc)
{
	rt_panicstart();
	rt_printcstr("runtime error: invalid memory address or nil pointer "
	             "dereference\n[signal SIGSEGV: segmentation violation "
	             "code=0x1 addr=");
	rt_printhex(addr);
	rt_printcstr(" pc=");
	rt_printhex(pc);
	rt_printcstr("]");
	rt_panicfinish();
}

/* An explicit nil check failed: the fault address is not known, and the
 * pc reported is the check's. */
_Noreturn void rt_panicnil(void)
{
	rt_panicnilat(0, (uint64_t)(uintptr_t)__builtin_return_address(0));
}

/* ------------------------------------------------------------------ */
/* panic(v) with a basic value                                         */
/* ------------------------------------------------------------------ */

_Noreturn void rt_panicstring(const uint8_t *p, int64_t len)
{
	rt_panicstart();
	rt_printstring(p, len);
	rt_panicfinish();
}

_Noreturn void rt_panicint(int64_t v)
{
	rt_panicstart();
	rt_printint(v);
	rt_panicfinish();
}

_Noreturn void rt_panicuint(uint64_t v)
{
	rt_panicstart();
	rt_printuint(v);
	rt_panicfinish();
}

_Noreturn void rt_panicfloat(double v)
{
	rt_panicstart();
	rt_printfloat(v);
	rt_panicfinish();
}

_Noreturn void rt_panicbool(bool v)
{
	rt_panicstart();
	rt_printbool(v);
	rt_panicfinish();
}
