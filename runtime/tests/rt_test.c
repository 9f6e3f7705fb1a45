/*
 * rt_test.c: unit tests of the goesc runtime (libgoescrt), against facts
 * taken from go1.19 on linux/amd64: println's float digits
 * (go119_floats.h), append's capacities (go119_grow.h), and the exact
 * texts of panics, UTF-8 decoding and conversions (literal in the tests
 * below, each obtained by running the equivalent Go program).  Functions
 * that print and exit (println output, panics) run in a forked child
 * whose stderr and exit status are compared.  The last line is
 * "N passed, N failed"; the exit status is 1 if anything failed.  This
 * file has its own main(), so the library's rt_main.o is not linked in.
 */
#include "runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "go119_floats.h"
#include "go119_grow.h"

static int passed, failed;

#define CHECK(cond, ...)                                                    \
	do {                                                                \
		if (cond) {                                                 \
			passed++;                                           \
		} else {                                                    \
			failed++;                                           \
			printf("FAIL %s:%d: ", __FILE__, __LINE__);         \
			printf(__VA_ARGS__);                                \
			printf("\n");                                       \
		}                                                           \
	} while (0)

#define S(lit) (const uint8_t *)(lit), (int64_t)(sizeof(lit) - 1)

/* ------------------------------------------------------------------ */
/* Running code that prints to stderr and exits                        */
/* ------------------------------------------------------------------ */

/* Run fn in a child with stderr on a pipe; return its output (static
 * buffer) and exit status. */
static const char *run_child(void (*fn)(void), int *status)
{
	static char out[4096];
	int fds[2];
	if (pipe(fds) != 0) {
		perror("pipe");
		exit(1);
	}
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		fn();
		rt_printflush();
		_exit(0);
	}
	close(fds[1]);
	size_t n = 0;
	ssize_t r;
	while (n < sizeof out - 1 &&
	       (r = read(fds[0], out + n, sizeof out - 1 - n)) > 0)
		n += (size_t)r;
	out[n] = '\0';
	close(fds[0]);
	int ws = 0;
	waitpid(pid, &ws, 0);
	*status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
	return out;
}

#define GOROUTINE "\ngoroutine 1 [running]:\n"

/* fn must exit 2 with output starting with want + the goroutine line. */
static void expect_panic(const char *name, void (*fn)(void), const char *want)
{
	int status;
	const char *out = run_child(fn, &status);
	char full[1024];
	snprintf(full, sizeof full, "%s%s", want, GOROUTINE);
	CHECK(status == 2, "%s: exit status %d, want 2", name, status);
	CHECK(strncmp(out, full, strlen(full)) == 0,
	      "%s: output\n%s\nwant prefix\n%s", name, out, full);
}

/* ------------------------------------------------------------------ */
/* print / println                                                     */
/* ------------------------------------------------------------------ */

static void test_floats(void)
{
	size_t n = sizeof go119_floats / sizeof go119_floats[0];
	for (size_t i = 0; i < n; i++) {
		double v;
		uint64_t bits = go119_floats[i].bits;
		memcpy(&v, &bits, sizeof v);
		char buf[15];
		int len = rt_formatfloat(buf, v);
		buf[len] = '\0';
		CHECK(strcmp(buf, go119_floats[i].text) == 0,
		      "float bits %#llx: got %s, want %s",
		      (unsigned long long)bits, buf, go119_floats[i].text);
	}
}

/* go1.19: println(true, false, 1, -5, uint(7), 1.5, -0.0, p, s, 3) with
 * p a nil *int and s a nil []int ("-0.0" is the constant +0). */
static void print_line(void)
{
	rt_printbool(true);
	rt_printsp();
	rt_printbool(false);
	rt_printsp();
	rt_printint(1);
	rt_printsp();
	rt_printint(-5);
	rt_printsp();
	rt_printuint(7);
	rt_printsp();
	rt_printfloat(1.5);
	rt_printsp();
	rt_printfloat(0.0);
	rt_printsp();
	rt_printpointer(NULL);
	rt_printsp();
	rt_printslice(NULL, 0, 0);
	rt_printsp();
	rt_printint(3);
	rt_printnl();
	rt_printint(INT64_MIN);
	rt_printsp();
	rt_printuint(UINT64_MAX);
	rt_printsp();
	rt_printpointer((void *)(uintptr_t)0xc000012345);
	rt_printsp();
	rt_printslice((void *)(uintptr_t)0xc0000ab000, 3, 10);
	rt_printnl();
	rt_printstring(S("no newline"));
}

static void test_print(void)
{
	int status;
	const char *out = run_child(print_line, &status);
	CHECK(status == 0, "print: exit status %d", status);
	CHECK(strcmp(out, "true false 1 -5 7 +1.500000e+000 +0.000000e+000 "
	                  "0x0 [0/0]0x0 3\n"
	                  "-9223372036854775808 18446744073709551615 "
	                  "0xc000012345 [3/10]0xc0000ab000\n"
	                  "no newline") == 0,
	      "print: got\n%s", out);
}

/* ------------------------------------------------------------------ */
/* Panics (texts from go1.19 programs)                                 */
/* ------------------------------------------------------------------ */

static void p_index(void) { rt_panicindex(5, 3); }
static void p_index_neg(void) { rt_panicindex(-1, 3); }
static void p_index_u(void) { rt_panicindexu((uint64_t)1 << 63, 3); }
static void p_acap(void) { rt_panicslice(RT_SLICE_ACAP, 5, 3); }
static void p_acap_u(void)
{
	rt_panicslice(RT_SLICE_ACAP | RT_BOUNDS_UNSIGNED, INT64_MIN, 3);
}
static void p_alen(void) { rt_panicslice(RT_SLICE_ALEN, 5, 3); }
static void p_b(void) { rt_panicslice(RT_SLICE_B, 4, 2); }
static void p_b_neg(void) { rt_panicslice(RT_SLICE_B, -1, 2); }
static void p_3acap(void) { rt_panicslice(RT_SLICE3_ACAP, 5, 3); }
static void p_3acap_neg(void) { rt_panicslice(RT_SLICE3_ACAP, -2, 3); }
static void p_3alen(void) { rt_panicslice(RT_SLICE3_ALEN, 5, 3); }
static void p_3b(void) { rt_panicslice(RT_SLICE3_B, 3, 2); }
static void p_3b_neg(void) { rt_panicslice(RT_SLICE3_B, -1, 2); }
static void p_3c(void) { rt_panicslice(RT_SLICE3_C, 2, 1); }
static void p_3c_neg(void) { rt_panicslice(RT_SLICE3_C, -1, 1); }
static void p_divide(void) { rt_panicdivide(); }
static void p_shift(void) { rt_panicshift(); }
static void p_str(void)
{
	rt_printstring(S("pending "));
	rt_panicstring(S("boom\nline2"));
}
static void p_int(void) { rt_panicint(42); }
static void p_uint(void) { rt_panicuint(7); }
static void p_float(void) { rt_panicfloat(1.5); }
static void p_bool(void) { rt_panicbool(true); }
static void p_named(void)
{
	rt_panicstart();
	rt_printstring(S("main.T("));
	rt_printint(42);
	rt_printstring(S(")"));
	rt_panicfinish();
}
static void p_makelen(void) { rt_makeslice(8, -1, -1); }
static void p_makecap(void) { rt_makeslice(8, 2, 1); }
static void p_makecap2(void) { rt_makeslice(8, 2, -2); }
static void p_makehuge(void) { rt_makeslice(8, (int64_t)1 << 60, (int64_t)1 << 60); }
static void p_makehugecap(void) { rt_makeslice(8, 1, (int64_t)1 << 60); }
static void p_grow(void)
{
	rt_slice s;
	rt_growslice(&s, NULL, 0, 0, (int64_t)1 << 50, 8);
}
static void p_nilderef(void)
{
	/* Address 4 is what p.y reads for a nil p of struct{ x, y int32 }. */
	volatile uintptr_t addr = 4;
	rt_install_signals();
	(void)*(volatile int *)addr;
}

static void test_panics(void)
{
#define RE "panic: runtime error: "
	expect_panic("index", p_index, RE "index out of range [5] with length 3\n");
	expect_panic("index neg", p_index_neg, RE "index out of range [-1]\n");
	expect_panic("index unsigned", p_index_u,
	             RE "index out of range [9223372036854775808] with length 3\n");
	expect_panic("acap", p_acap, RE "slice bounds out of range [:5] with capacity 3\n");
	expect_panic("acap unsigned", p_acap_u,
	             RE "slice bounds out of range [:9223372036854775808] with capacity 3\n");
	expect_panic("alen", p_alen, RE "slice bounds out of range [:5] with length 3\n");
	expect_panic("b", p_b, RE "slice bounds out of range [4:2]\n");
	expect_panic("b neg", p_b_neg, RE "slice bounds out of range [-1:]\n");
	expect_panic("3acap", p_3acap, RE "slice bounds out of range [::5] with capacity 3\n");
	expect_panic("3acap neg", p_3acap_neg, RE "slice bounds out of range [::-2]\n");
	expect_panic("3alen", p_3alen, RE "slice bounds out of range [::5] with length 3\n");
	expect_panic("3b", p_3b, RE "slice bounds out of range [:3:2]\n");
	expect_panic("3b neg", p_3b_neg, RE "slice bounds out of range [:-1:]\n");
	expect_panic("3c", p_3c, RE "slice bounds out of range [2:1:]\n");
	expect_panic("3c neg", p_3c_neg, RE "slice bounds out of range [-1::]\n");
	expect_panic("divide", p_divide, RE "integer divide by zero\n");
	expect_panic("shift", p_shift, RE "negative shift amount\n");
	expect_panic("string", p_str, "pending panic: boom\nline2\n");
	expect_panic("int", p_int, "panic: 42\n");
	expect_panic("uint", p_uint, "panic: 7\n");
	expect_panic("float", p_float, "panic: +1.500000e+000\n");
	expect_panic("bool", p_bool, "panic: true\n");
	expect_panic("named", p_named, "panic: main.T(42)\n");
	expect_panic("makeslice len", p_makelen, RE "makeslice: len out of range\n");
	expect_panic("makeslice cap", p_makecap, RE "makeslice: cap out of range\n");
	expect_panic("makeslice cap neg", p_makecap2, RE "makeslice: cap out of range\n");
	expect_panic("makeslice huge", p_makehuge, RE "makeslice: len out of range\n");
	expect_panic("makeslice huge cap", p_makehugecap, RE "makeslice: cap out of range\n");
	expect_panic("growslice", p_grow, RE "growslice: cap out of range\n");
#undef RE

	/* A real fault at a small address; pc varies, so compare up to it. */
	int status;
	const char *out = run_child(p_nilderef, &status);
	const char *want = "panic: runtime error: invalid memory address or nil "
	                   "pointer dereference\n[signal SIGSEGV: segmentation "
	                   "violation code=0x1 addr=0x4 pc=0x";
	CHECK(status == 2, "nil deref: status %d", status);
	CHECK(strncmp(out, want, strlen(want)) == 0 &&
	      strstr(out, "]\n" GOROUTINE) != NULL,
	      "nil deref: got\n%s", out);
}

/* ------------------------------------------------------------------ */
/* Allocation, slices                                                  */
/* ------------------------------------------------------------------ */

static void test_alloc(void)
{
	CHECK(rt_alloc(0) == &rt_zerobase, "alloc(0) is not zerobase");
	static const int64_t sizes[] = {1, 3, 8, 9, 15, 16, 17, 24, 33, 100,
	                                1000, 4097, 40000, 300000, 5000000};
	unsigned char *blocks[sizeof sizes / sizeof sizes[0]];
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		int64_t n = sizes[i];
		unsigned char *p = rt_alloc(n);
		/* Go's guarantee: the size class's alignment. */
		uint64_t cs = rt_roundupsize((uint64_t)n);
		uintptr_t align = cs & -cs;
		if (align > 8192)
			align = 8192;
		CHECK(((uintptr_t)p & (align - 1)) == 0,
		      "alloc(%lld) = %p misaligned", (long long)n, (void *)p);
		bool zero = true;
		for (int64_t j = 0; j < n; j++)
			zero = zero && p[j] == 0;
		CHECK(zero, "alloc(%lld) not zeroed", (long long)n);
		memset(p, (int)i + 1, (size_t)n);
		blocks[i] = p;
	}
	/* No block was overwritten by a later one. */
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		bool ok = true;
		for (int64_t j = 0; j < sizes[i]; j++)
			ok = ok && blocks[i][j] == (unsigned char)(i + 1);
		CHECK(ok, "block %zu overwritten", i);
	}

	static const uint64_t rs[][2] = {
		{0, 0},         {1, 8},         {8, 8},         {9, 16},
		{17, 24},       {25, 32},       {33, 48},       {1016, 1024},
		{1017, 1024},   {1024, 1024},   {1025, 1152},   {3073, 3200},
		{32767, 32768}, {32768, 32768}, {32769, 40960}, {100000, 106496},
	};
	for (size_t i = 0; i < sizeof rs / sizeof rs[0]; i++)
		CHECK(rt_roundupsize(rs[i][0]) == rs[i][1],
		      "roundupsize(%llu) = %llu, want %llu",
		      (unsigned long long)rs[i][0],
		      (unsigned long long)rt_roundupsize(rs[i][0]),
		      (unsigned long long)rs[i][1]);

	int64_t *a = rt_makeslice(8, 5, 10);
	bool zero = true;
	for (int i = 0; i < 10; i++)
		zero = zero && a[i] == 0;
	CHECK(zero, "makeslice not zeroed");
	CHECK(rt_makeslice(0, 5, 5) == &rt_zerobase, "make([]struct{}, 5)");
}

static void test_growslice(void)
{
	size_t n = sizeof go119_grow / sizeof go119_grow[0];
	for (size_t i = 0; i < n; i++) {
		rt_slice s;
		/* Capacity does not depend on the contents: copy nothing. */
		rt_growslice(&s, NULL, 0, go119_grow[i].old_cap,
		             go119_grow[i].new_len, go119_grow[i].elemsize);
		CHECK(s.cap == go119_grow[i].cap,
		      "growslice(size %lld, cap %lld -> len %lld): cap %lld, "
		      "want %lld",
		      (long long)go119_grow[i].elemsize,
		      (long long)go119_grow[i].old_cap,
		      (long long)go119_grow[i].new_len, (long long)s.cap,
		      (long long)go119_grow[i].cap);
	}

	/* The old elements are copied, len stays old_len. */
	int32_t old[5] = {1, 2, 3, 4, 5};
	rt_slice s;
	rt_growslice(&s, old, 5, 5, 6, sizeof(int32_t));
	CHECK(s.len == 5 && s.cap == 12 && memcmp(s.ptr, old, sizeof old) == 0 &&
	      ((int32_t *)s.ptr)[5] == 0,
	      "growslice copy: len %lld cap %lld", (long long)s.len,
	      (long long)s.cap);
	rt_growslice(&s, NULL, 0, 0, 7, 0);
	CHECK(s.ptr == &rt_zerobase && s.len == 0 && s.cap == 7,
	      "growslice of struct{}: cap %lld", (long long)s.cap);
}

/* ------------------------------------------------------------------ */
/* Strings and UTF-8                                                   */
/* ------------------------------------------------------------------ */

static bool str_is(rt_string s, const char *want, size_t n)
{
	return s.len == (int64_t)n && (n == 0 || memcmp(s.ptr, want, n) == 0);
}
#define STR_IS(s, lit) str_is(s, lit, sizeof(lit) - 1)

/* `for i, r := range s` in go1.19, for each string: the runes in order
 * (each rune's offset follows from the widths). */
static void test_decoderune(void)
{
	static const struct {
		const char *s;
		int32_t runes[5];
		int n;
	} cases[] = {
		{"a", {97}, 1},
		{"\xC3\xA9", {233}, 1},
		{"\xE2\x82\xAC", {8364}, 1},
		{"\xF0\x9F\x98\x80", {128512}, 1},
		{"\xC0\x80", {65533, 65533}, 2},
		{"\xC1\xBF", {65533, 65533}, 2},
		{"\xC2\x80", {128}, 1},
		{"\xE0\x80\x80", {65533, 65533, 65533}, 3},
		{"\xE0\x9F\xBF", {65533, 65533, 65533}, 3},
		{"\xE0\xA0\x80", {2048}, 1},
		{"\xED\xA0\x80", {65533, 65533, 65533}, 3},
		{"\xED\x9F\xBF", {55295}, 1},
		{"\xEE\x80\x80", {57344}, 1},
		{"\xF4\x90\x80\x80", {65533, 65533, 65533, 65533}, 4},
		{"\xF4\x8F\xBF\xBF", {1114111}, 1},
		{"\xF5\x80\x80\x80", {65533, 65533, 65533, 65533}, 4},
		{"\xF0\x8F\xBF\xBF", {65533, 65533, 65533, 65533}, 4},
		{"\xF0\x90\x80\x80", {65536}, 1},
		{"\xC3", {65533}, 1},
		{"\xE2\x82", {65533, 65533}, 2},
		{"\xE2\x82" "a", {65533, 65533, 97}, 3},
		{"\xF0\x9F\x98", {65533, 65533, 65533}, 3},
		{"\x80", {65533}, 1},
		{"\xBF", {65533}, 1},
		{"\xFF", {65533}, 1},
		{"\xFE", {65533}, 1},
		{"\xEF\xBF\xBD", {65533}, 1},
		{"\xC3\xC3\xA9", {65533, 233}, 2},
		{"\xE2\xC3\xA9", {65533, 233}, 2},
	};
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		const uint8_t *p = (const uint8_t *)cases[c].s;
		int64_t len = (int64_t)strlen(cases[c].s), k = 0;
		int n = 0;
		bool ok = true;
		while (k < len && n < 5) {
			int32_t r;
			int64_t next = rt_decoderune(p, len, k, &r);
			ok = ok && next > k && r == cases[c].runes[n];
			n++;
			k = next;
		}
		CHECK(ok && n == cases[c].n && k == len, "decoderune case %zu", c);

		rt_slice rs;
		rt_stringtoslicerune(&rs, p, len);
		CHECK(rs.len == cases[c].n &&
		      memcmp(rs.ptr, cases[c].runes,
		             (size_t)cases[c].n * sizeof(int32_t)) == 0,
		      "[]rune case %zu", c);
	}
}

static void test_intstring(void)
{
	/* string(v) for int64 v in go1.19: the bytes of the result. */
	static const struct {
		int64_t v;
		const char *want;
	} cases[] = {
		{65, "A"},
		{0xE9, "\xC3\xA9"},
		{-1, "\xEF\xBF\xBD"},
		{0xD800, "\xEF\xBF\xBD"},
		{0xDFFF, "\xEF\xBF\xBD"},
		{0x110000, "\xEF\xBF\xBD"},
		{0x10FFFF, "\xF4\x8F\xBF\xBF"},
		{((int64_t)1 << 32) + 65, "\xEF\xBF\xBD"},
		{INT64_MIN, "\xEF\xBF\xBD"},
		{0x7FF, "\xDF\xBF"},
		{0x800, "\xE0\xA0\x80"},
		{0xFFFF, "\xEF\xBF\xBF"},
		{0x10000, "\xF0\x90\x80\x80"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rt_string s;
		rt_intstring(&s, cases[i].v);
		CHECK(str_is(s, cases[i].want, strlen(cases[i].want)),
		      "intstring(%lld)", (long long)cases[i].v);
	}
	rt_string z;
	rt_intstring(&z, 0);
	CHECK(z.len == 1 && z.ptr[0] == 0, "intstring(0)");

	static const int32_t runes[] = {0x41, -1, 0xD800, 0x1F600, 0xE9};
	rt_string s;
	rt_slicerunetostring(&s, runes, 5);
	CHECK(STR_IS(s, "A\xEF\xBF\xBD\xEF\xBF\xBD\xF0\x9F\x98\x80\xC3\xA9"),
	      "slicerunetostring");
	rt_slicerunetostring(&s, runes, 0);
	CHECK(s.len == 0, "slicerunetostring empty");
}

static void test_strings(void)
{
	CHECK(rt_cmpstring(S("a"), S("b")) == -1, "cmp a b");
	CHECK(rt_cmpstring(S("b"), S("a")) == 1, "cmp b a");
	CHECK(rt_cmpstring(S("ab"), S("a")) == 1, "cmp ab a");
	CHECK(rt_cmpstring(S("a"), S("ab")) == -1, "cmp a ab");
	CHECK(rt_cmpstring(NULL, 0, NULL, 0) == 0, "cmp empty");
	CHECK(rt_cmpstring(S("abc"), S("abc")) == 0, "cmp equal");
	CHECK(rt_cmpstring(S("\xFF"), S("a")) == 1, "cmp is unsigned");
	CHECK(rt_eqstring(S("abc"), S("abc")) && !rt_eqstring(S("abc"), S("abd")) &&
	      !rt_eqstring(S("ab"), S("abc")) && rt_eqstring(NULL, 0, S("")),
	      "eqstring");

	/* Heap strings, so that a lone part may be returned as is. */
	rt_string heap_ab, out;
	rt_slicebytetostring(&heap_ab, S("ab"));
	rt_string parts[] = {heap_ab, {NULL, 0}, {(const uint8_t *)"cde", 3}};
	rt_concatstrings(&out, parts, 3);
	CHECK(STR_IS(out, "abcde"), "concat abcde");
	rt_concatstrings(&out, parts, 2);
	CHECK(out.ptr == heap_ab.ptr && out.len == 2, "concat lone part");
	char stack_str[3] = {'x', 'y', 'z'};
	rt_string on_stack[] = {{(const uint8_t *)stack_str, 3}, {NULL, 0}};
	rt_concatstrings(&out, on_stack, 2);
	CHECK(STR_IS(out, "xyz") && out.ptr != (const uint8_t *)stack_str,
	      "concat copies a stack part");
	rt_concatstrings(&out, parts + 1, 1);
	CHECK(out.len == 0, "concat empty");
	rt_concatstrings(&out, NULL, 0);
	CHECK(out.len == 0, "concat nothing");

	rt_slicebytetostring(&out, S("x"));
	CHECK(STR_IS(out, "x"), "slicebytetostring 1 byte");
	rt_slicebytetostring(&out, NULL, 0);
	CHECK(out.len == 0, "slicebytetostring empty");

	/* go1.19: cap([]byte(s)) for an escaping result is the size class of
	 * len(s), 32 for a non-escaping one with len <= 32; []rune alike. */
	static const char s43[] = "abc0123456789012345678901234567890123456789";
	rt_slice b;
	rt_stringtoslicebyte(&b, S("abc"));
	CHECK(b.len == 3 && b.cap == 8 && memcmp(b.ptr, "abc", 3) == 0,
	      "[]byte(abc) cap %lld", (long long)b.cap);
	rt_stringtoslicebyte(&b, S(s43));
	CHECK(b.len == 43 && b.cap == 48, "[]byte(43 bytes) cap %lld",
	      (long long)b.cap);
	rt_stringtoslicebyte(&b, NULL, 0);
	CHECK(b.len == 0 && b.cap == 0 && b.ptr != NULL, "[]byte(\"\")");
	uint8_t tmp[RT_TMPBUF_SIZE];
	memset(tmp, 0x55, sizeof tmp);
	rt_stringtoslicebyte_buf(&b, tmp, S("abc"));
	CHECK(b.ptr == tmp && b.cap == 32 && tmp[3] == 0, "[]byte tmpbuf");
	rt_stringtoslicebyte_buf(&b, tmp, S(s43));
	CHECK(b.ptr != tmp && b.cap == 48, "[]byte tmpbuf too small");

	rt_slice r;
	rt_stringtoslicerune(&r, S("abc"));
	CHECK(r.len == 3 && r.cap == 4, "[]rune(abc) cap %lld", (long long)r.cap);
	rt_stringtoslicerune(&r, S(s43));
	CHECK(r.len == 43 && r.cap == 44, "[]rune(43) cap %lld", (long long)r.cap);
	int32_t rtmp[RT_TMPBUF_SIZE];
	rt_stringtoslicerune_buf(&r, rtmp, S("h\xC3\xA9llo"));
	CHECK(r.ptr == rtmp && r.len == 5 && r.cap == 32 && rtmp[1] == 0xE9,
	      "[]rune tmpbuf");
}

int main(void)
{
	test_floats();
	test_print();
	test_panics();
	test_alloc();
	test_growslice();
	test_decoderune();
	test_intstring();
	test_strings();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
