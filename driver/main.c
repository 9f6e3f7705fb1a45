/*
 * main.c: the goesc command.
 *
 *   goesc build [flags] FILE.go        compile to an executable
 *   goesc run [flags] FILE.go [ARGS]   compile to a temporary file and run it
 *   goesc compare [flags] FILE.go      build with and without escape
 *                                      analysis, run both, show the table
 *   goesc version | help
 *
 * The pipeline is parse -> check -> escape -> codegen -> link.  It runs on
 * a thread with a large stack: the front end and the code generator are
 * recursive, and a program of 100,000 nested parentheses must compile, not
 * overflow the stack.  Exit status: 0 success, 1 compile errors, 2 usage
 * (and, for `run`, the program's own status).
 */
#include "../codegen/codegen.h"
#include "../escape/escape.h"
#include "../frontend/frontend.h"
#include "compare.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef GOESC_VERSION
#define GOESC_VERSION "dev"
#endif
#ifndef GOESC_RUNTIME_LIB
#define GOESC_RUNTIME_LIB "libgoescrt.a"
#endif
#ifndef GOESC_LLVM_VERSION
#define GOESC_LLVM_VERSION "?"
#endif

typedef struct Options {
	const char *cmd;     /* build, run, compare */
	const char *src;     /* FILE.go as given */
	const char *out;     /* -o */
	int m;               /* -m level */
	const char *json;    /* -json=DIR */
	const char *dot;     /* -dot=FUNC */
	int opt;             /* -O level */
	CgEmit emit;
	bool emit_set;
	bool heap;
	const char *debug;   /* -d=ast,... */
	char **args;         /* run, compare: the program's arguments */
	int nargs;
	int runs;            /* compare: runs of each build (-runs=N) */
} Options;

static const char usage_text[] =
	"usage: goesc <command> [flags] FILE.go [ARGS]\n"
	"\n"
	"commands:\n"
	"  build    compile FILE.go to an executable (default name: FILE)\n"
	"  run      compile FILE.go to a temporary executable and run it\n"
	"  compare  build FILE.go twice, as the escape analysis decides and with\n"
	"           -heap, run both (-runs=N times each, default 5) and print\n"
	"           wall time, heap allocations, bytes, GC cycles, peak memory\n"
	"  version  print goesc's version\n"
	"  help     print this text\n"
	"\n"
	"flags:\n"
	"  -o PATH      output path\n"
	"  -m, -m=N     print escape decisions (N=2: with flow explanations)\n"
	"  -dot=FUNC    print the escape graph of function FUNC as Graphviz on\n"
	"               stdout (heap locations red, edges labelled with their\n"
	"               dereference counts): goesc build -dot=F x.go | dot -Tsvg\n"
	"  -json=DIR    write escape decisions and their explanations as LSP\n"
	"               diagnostics to DIR/PKG/FILE.json, as go1.19's\n"
	"               -gcflags=-json=0,DIR does (0,DIR is accepted too)\n"
	"  -l           accepted for go compatibility (goesc does not inline)\n"
	"  -O0 .. -O3   LLVM optimisation level (default -O2)\n"
	"  -emit=KIND   write llvm (IR text), asm or obj instead of an executable\n"
	"  -heap        every candidate allocation on the heap (baseline)\n"
	"  -d=ast       dump the syntax tree after parsing\n"
	"  -d=timing    print each phase's time to stderr (timing: PHASE WALL CPU)\n"
	"  -d=stop=PHASE  stop after parse, check or escape; write nothing\n"
	"               (-d options combine: -d=timing,stop=escape)\n";

static _Noreturn void usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "goesc: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nrun 'goesc help' for usage\n");
	exit(2);
}

static bool has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && strcmp(s + n - m, suf) == 0;
}

static void check_debug(const Options *o);

/* Parse flags (Go style: one or two dashes, -flag=value) and the file. */
static void parse_args(Options *o, int argc, char **argv)
{
	int i = 2;
	o->opt = 2;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || a[1] == 0)
			break;
		if (a[1] == '-') {
			if (a[2] == 0) {
				i++;
				break;
			}
			a++;
		}
		if (strcmp(a, "-o") == 0) {
			if (++i >= argc)
				usage_error("flag needs an argument: %s", "-o");
			o->out = argv[i];
		} else if (strncmp(a, "-o=", 3) == 0) {
			o->out = a + 3;
		} else if (strcmp(a, "-m") == 0) {
			o->m++;
		} else if (strncmp(a, "-m=", 3) == 0) {
			char *end;
			long v = strtol(a + 3, &end, 10);
			if (*end || end == a + 3 || v < 0 || v > 4)
				usage_error("invalid value for -m: %s", a + 3);
			o->m = (int)v;
		} else if (strncmp(a, "-dot=", 5) == 0) {
			if (!a[5])
				usage_error("-dot needs a function name: %s", a);
			o->dot = a + 5;
		} else if (strncmp(a, "-json=", 6) == 0) {
			const char *d = a + 6;
			if (strncmp(d, "0,", 2) == 0)
				d += 2;
			if (!*d)
				usage_error("-json needs a directory: %s", a);
			o->json = d;
		} else if (strcmp(a, "-l") == 0) {
			/* go compatibility: goesc never inlines before escape
			 * analysis, so -l changes nothing. */
		} else if (a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && a[3] == 0) {
			o->opt = a[2] - '0';
		} else if (strncmp(a, "-emit=", 6) == 0) {
			const char *k = a + 6;
			if (strcmp(k, "llvm") == 0)
				o->emit = CG_EMIT_LLVM;
			else if (strcmp(k, "asm") == 0)
				o->emit = CG_EMIT_ASM;
			else if (strcmp(k, "obj") == 0)
				o->emit = CG_EMIT_OBJ;
			else
				usage_error("invalid value for -emit: %s (want llvm, asm or obj)", k);
			o->emit_set = true;
		} else if (strcmp(a, "-heap") == 0) {
			o->heap = true;
		} else if (strncmp(a, "-runs=", 6) == 0 &&
		           strcmp(o->cmd, "compare") == 0) {
			char *end;
			long v = strtol(a + 6, &end, 10);
			if (*end || end == a + 6 || v < 1 || v > 1000)
				usage_error("invalid value for -runs: %s (want 1..1000)", a + 6);
			o->runs = (int)v;
		} else if (strncmp(a, "-d=", 3) == 0) {
			o->debug = o->debug ? arena_sprintf(g_arena, "%s,%s", o->debug, a + 3)
			                    : a + 3;
		} else {
			usage_error("unknown flag: %s", argv[i]);
		}
	}
	if (i >= argc)
		usage_error("%s: no Go file given", o->cmd);
	o->src = argv[i++];
	if (!has_suffix(o->src, ".go"))
		usage_error("%s: not a .go file", o->src);
	if (strcmp(o->cmd, "run") == 0 || strcmp(o->cmd, "compare") == 0) {
		o->args = argv + i;
		o->nargs = argc - i;
	} else if (i < argc) {
		usage_error("unexpected argument: %s", argv[i]);
	}
	if (o->emit_set && strcmp(o->cmd, "build") != 0)
		usage_error("-emit is a flag of build, not of %s", o->cmd);
	check_debug(o);
}

/* Go prints paths of files in the current folder as ./x.go. */
static const char *display_path(const char *src)
{
	if (src[0] == '/' || strncmp(src, "./", 2) == 0 ||
	    strncmp(src, "../", 3) == 0)
		return src;
	return arena_sprintf(g_arena, "./%s", src);
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "goesc: open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap + 1);
	for (;;) {
		if (!buf) {
			fclose(f);
			fprintf(stderr, "goesc: out of memory reading %s\n", path);
			return NULL;
		}
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		cap *= 2;
		buf = realloc(buf, cap + 1);
	}
	bool err = ferror(f);
	fclose(f);
	if (err) {
		fprintf(stderr, "goesc: read %s: %s\n", path, strerror(EIO));
		free(buf);
		return NULL;
	}
	buf[n] = 0;
	*len = n;
	return buf;
}

/* True when a and b name the same file (the output must never replace
 * the source). */
static bool same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	if (stat(a, &sa) != 0 || stat(b, &sb) != 0)
		return false;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* The runtime library: $GOESC_RUNTIME, else the one built with goesc. */
static const char *runtime_lib(void)
{
	const char *env = getenv("GOESC_RUNTIME");
	return env && *env ? env : GOESC_RUNTIME_LIB;
}

/* Link obj with the runtime into exe using the system C compiler. */
static int link_exe(const char *obj, const char *exe)
{
	const char *cc = getenv("CC");
	if (!cc || !*cc)
		cc = "cc";
	pid_t pid = fork();
	if (pid < 0) {
		perror("goesc: fork");
		return 1;
	}
	if (pid == 0) {
		execlp(cc, cc, "-no-pie", "-o", exe, obj, runtime_lib(), "-lm",
		       (char *)NULL);
		fprintf(stderr, "goesc: cannot run the C compiler %s: %s\n", cc,
		        strerror(errno));
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 1;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "goesc: linking %s failed\n", exe);
		return 1;
	}
	return 0;
}

/* Copy the file at from into the existing file (or device) at to. */
static int copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
	char buf[1 << 16];
	size_t n;
	int rc = in && out ? 0 : 1;
	while (rc == 0 && (n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			rc = 1;
	if (in)
		fclose(in);
	if (out && fclose(out) != 0)
		rc = 1;
	if (rc)
		fprintf(stderr, "goesc: cannot write %s\n", to);
	return rc;
}

/* ---- -d options: comma-separated words, some with =value ---------- */

/* The value of -d option name ("" for a bare word), or NULL if absent. */
static const char *debug_opt(const Options *o, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = o->debug; p && *p;) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len >= n && strncmp(p, name, n) == 0 &&
		    (len == n || p[n] == '='))
			return len == n ? "" : arena_sprintf(g_arena, "%.*s",
			                                     (int)(len - n - 1), p + n + 1);
		p = end ? end + 1 : p + len;
	}
	return NULL;
}

/* Reject -d words we do not know, and stop= values that name no phase. */
static void check_debug(const Options *o)
{
	static const char *const words[] = {"ast", "timing", "stop"};
	for (const char *p = o->debug; p && *p;) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		size_t w = strcspn(p, ",=");
		bool known = false;
		for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
			known |= strlen(words[i]) == w && strncmp(p, words[i], w) == 0;
		if (!known)
			usage_error("unknown -d option: %s",
			            arena_sprintf(g_arena, "%.*s", (int)len, p));
		p = end ? end + 1 : p + len;
	}
	const char *stop = debug_opt(o, "stop");
	if (stop && strcmp(stop, "parse") != 0 && strcmp(stop, "check") != 0 &&
	    strcmp(stop, "escape") != 0)
		usage_error("invalid value for -d=stop: %s (want parse, check or escape)",
		            stop);
}

/* -d=timing: one line per phase on stderr, "timing: PHASE WALL CPU" in
 * seconds.  CPU is the compiling thread's own time (page faults
 * included), which stays meaningful on a loaded machine. */
typedef struct Timer {
	bool on;
	struct timespec t0, c0;
} Timer;

static void timer_restart(Timer *t)
{
	clock_gettime(CLOCK_MONOTONIC, &t->t0);
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t->c0);
}

static void timer_start(Timer *t, const Options *o)
{
	t->on = debug_opt(o, "timing") != NULL;
	timer_restart(t);
}

static double seconds_since(struct timespec *from, clockid_t clock)
{
	struct timespec now;
	clock_gettime(clock, &now);
	double s = (double)(now.tv_sec - from->tv_sec) +
	           (double)(now.tv_nsec - from->tv_nsec) * 1e-9;
	*from = now;
	return s;
}

/* Report the phase that just ended and start the next one. */
static void timer_phase(Timer *t, const char *phase)
{
	if (!t->on)
		return;
	double wall = seconds_since(&t->t0, CLOCK_MONOTONIC);
	double cpu = seconds_since(&t->c0, CLOCK_THREAD_CPUTIME_ID);
	fprintf(stderr, "timing: %s %.6f %.6f\n", phase, wall, cpu);
}

/* -d=stop=PHASE: the pipeline ends after phase, successfully. */
static bool stop_after(const Options *o, const char *phase)
{
	const char *stop = debug_opt(o, "stop");
	return stop && strcmp(stop, phase) == 0;
}

typedef struct Job {
	Options *o;
	const char *out;   /* executable or emitted file */
	int status;
} Job;

/* parse -> check -> escape -> codegen -> link */
static void *compile(void *arg)
{
	Job *job = arg;
	Options *o = job->o;
	job->status = 1;

	Timer tm;
	timer_start(&tm, o);
	size_t len;
	char *src = read_file(o->src, &len);
	if (!src)
		return NULL;
	diag_set_path(display_path(o->src));
	timer_phase(&tm, "read");

	/* A file with syntax errors is not checked; a few errors the parser
	 * reports without failing (as Go's does) are sorted in with the
	 * checker's. */
	Node *file = parse_file(src, len);
	if (!file) {
		diag_flush();
		free(src);
		return NULL;
	}
	timer_phase(&tm, "parse");
	if (debug_opt(o, "ast"))
		ast_dump(file);
	if (stop_after(o, "parse")) {
		job->status = diag_count() ? 1 : 0;
		diag_flush();
		free(src);
		return NULL;
	}
	timer_restart(&tm); /* the dump is not part of a phase */
	Package *pkg = check_file(file);
	timer_phase(&tm, "check");
	if (!pkg || diag_count()) {
		diag_flush();
		free(src);
		return NULL;
	}
	if (stop_after(o, "check")) {
		job->status = 0;
		free(src);
		return NULL;
	}
	EscOptions eo = {.m = o->m, .json_dir = o->json, .version = "goesc" GOESC_VERSION,
	                 .src = src, .src_len = len, .dot_func = o->dot};
	esc_analyze(pkg, &eo);
	if (o->dot && !esc_dot_found()) {
		fprintf(stderr, "goesc: -dot=%s: no function of that name (name it "
		        "as -m=2 does: F, T.M, (*T).M, F.func1)\n", o->dot);
		job->status = 2;
		free(src);
		return NULL;
	}
	timer_phase(&tm, "escape");
	if (stop_after(o, "escape")) {
		job->status = 0;
		free(src);
		return NULL;
	}

	CgOptions co = {
		.opt_level = o->opt,
		.emit = o->emit,
		.heap = o->heap,
		.src_path = diag_path(),
	};
	if (o->emit_set && o->emit != CG_EMIT_OBJ) {
		job->status = cg_compile(pkg, &co, job->out) ? 1 : 0;
		timer_phase(&tm, "codegen");
		free(src);
		return NULL;
	}
	co.emit = CG_EMIT_OBJ;
	if (o->emit_set) { /* -emit=obj */
		job->status = cg_compile(pkg, &co, job->out) ? 1 : 0;
		timer_phase(&tm, "codegen");
		free(src);
		return NULL;
	}
	/* The object, and the executable when the output is not a regular
	 * file (the linker replaces its output: `-o /dev/null` as root would
	 * delete /dev/null), live in a private temporary folder. */
	char dir[] = "/tmp/goesc-XXXXXX";
	if (!mkdtemp(dir)) {
		perror("goesc: mkdtemp");
		free(src);
		return NULL;
	}
	char obj[PATH_MAX], tmpexe[PATH_MAX];
	snprintf(obj, sizeof obj, "%s/prog.o", dir);
	snprintf(tmpexe, sizeof tmpexe, "%s/prog", dir);
	struct stat st;
	bool special = stat(job->out, &st) == 0 && !S_ISREG(st.st_mode);
	int rc = cg_compile(pkg, &co, obj);
	timer_phase(&tm, "codegen");
	if (rc == 0) {
		rc = link_exe(obj, special ? tmpexe : job->out);
		timer_phase(&tm, "link");
	}
	if (rc == 0 && special)
		rc = copy_file(tmpexe, job->out);
	unlink(obj);
	unlink(tmpexe);
	rmdir(dir);
	job->status = rc ? 1 : 0;
	free(src);
	return NULL;
}

/* Run job on a thread with a 4 GiB stack (reserved, not committed). */
static int compile_big_stack(Job *job)
{
	pthread_attr_t attr;
	pthread_t th;
	pthread_attr_init(&attr);
	size_t sizes[] = {(size_t)4 << 30, (size_t)1 << 30, (size_t)256 << 20};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		if (pthread_attr_setstacksize(&attr, sizes[i]) == 0 &&
		    pthread_create(&th, &attr, compile, job) == 0) {
			pthread_join(th, NULL);
			pthread_attr_destroy(&attr);
			return job->status;
		}
	}
	pthread_attr_destroy(&attr);
	compile(job);
	return job->status;
}

/* The default output: FILE.go -> FILE (or FILE.ll/.s/.o with -emit). */
static const char *default_output(const Options *o)
{
	const char *base = strrchr(o->src, '/');
	base = base ? base + 1 : o->src;
	size_t n = strlen(base) - 3;
	const char *ext = "";
	if (o->emit_set)
		ext = o->emit == CG_EMIT_LLVM ? ".ll" : o->emit == CG_EMIT_ASM ? ".s" : ".o";
	return arena_sprintf(g_arena, "%.*s%s", (int)n, base, ext);
}

static int cmd_build(Options *o)
{
	Job job = {.o = o, .out = o->out ? o->out : default_output(o)};
	if (strcmp(job.out, o->src) == 0 || same_file(job.out, o->src)) {
		fprintf(stderr, "goesc: output %s would overwrite the source file\n",
		        job.out);
		return 2;
	}
	return compile_big_stack(&job);
}

static int cmd_run(Options *o)
{
	char dir[] = "/tmp/goesc-run-XXXXXX";
	if (!mkdtemp(dir)) {
		perror("goesc: mkdtemp");
		return 1;
	}
	char *exe = arena_sprintf(g_arena, "%s/prog", dir);
	Job job = {.o = o, .out = exe};
	int rc = compile_big_stack(&job);
	if (rc != 0 || debug_opt(o, "stop")) {
		rmdir(dir);
		return rc;
	}
	pid_t pid = fork();
	if (pid < 0) {
		perror("goesc: fork");
		unlink(exe);
		rmdir(dir);
		return 1;
	}
	if (pid == 0) {
		char **argv = calloc((size_t)o->nargs + 2, sizeof *argv);
		argv[0] = exe;
		for (int i = 0; i < o->nargs; i++)
			argv[i + 1] = o->args[i];
		execv(exe, argv);
		perror("goesc: exec");
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	unlink(exe);
	rmdir(dir);
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (WIFSIGNALED(st))
		return 128 + WTERMSIG(st);
	return 1;
}

/* Build o->src as decided by the escape analysis and with -heap, then
 * measure both (compare.c).  Escape messages (-m) are printed once. */
static int cmd_compare(Options *o)
{
	if (o->heap)
		usage_error("%s", "compare builds the -heap version itself; drop -heap");
	char dir[] = "/tmp/goesc-compare-XXXXXX";
	if (!mkdtemp(dir)) {
		perror("goesc: mkdtemp");
		return 1;
	}
	char *exe_def = arena_sprintf(g_arena, "%s/default", dir);
	char *exe_heap = arena_sprintf(g_arena, "%s/heap", dir);
	Job job = {.o = o, .out = exe_def};
	int rc = compile_big_stack(&job);
	if (rc == 0) {
		Options ho = *o;
		ho.heap = true;
		ho.m = 0;
		Job hjob = {.o = &ho, .out = exe_heap};
		rc = compile_big_stack(&hjob);
	}
	if (rc == 0) {
		fflush(stderr);
		CompareJob cj = {
			.src = o->src, .exe_default = exe_def, .exe_heap = exe_heap,
			.args = o->args, .nargs = o->nargs,
			.runs = o->runs ? o->runs : 5,
		};
		rc = compare_report(&cj);
	}
	unlink(exe_def);
	unlink(exe_heap);
	rmdir(dir);
	return rc;
}

int main(int argc, char **argv)
{
	g_arena = arena_new();
	if (argc < 2) {
		fputs(usage_text, stderr);
		return 2;
	}
	Options o = {.cmd = argv[1]};
	int rc;
	if (strcmp(o.cmd, "help") == 0 || strcmp(o.cmd, "-h") == 0 ||
	    strcmp(o.cmd, "--help") == 0 || strcmp(o.cmd, "-help") == 0) {
		fputs(usage_text, stdout);
		rc = 0;
	} else if (strcmp(o.cmd, "version") == 0) {
		printf("goesc version %s (LLVM %s)\n",
		       GOESC_VERSION, GOESC_LLVM_VERSION);
		rc = 0;
	} else if (strcmp(o.cmd, "build") == 0) {
		parse_args(&o, argc, argv);
		rc = cmd_build(&o);
	} else if (strcmp(o.cmd, "run") == 0) {
		parse_args(&o, argc, argv);
		rc = cmd_run(&o);
	} else if (strcmp(o.cmd, "compare") == 0) {
		parse_args(&o, argc, argv);
		rc = cmd_compare(&o);
	} else {
		usage_error("unknown command %s", o.cmd);
	}
	arena_free(g_arena);
	return rc;
}
