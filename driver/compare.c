/*
 * compare.c: the measuring half of `goesc compare`.
 *
 * main.c builds the program twice, once as the escape analysis decides and
 * once with -heap (every candidate allocation on the heap); this file runs
 * both builds several times, alternating them so that a noisy machine
 * hurts both alike, and prints one table: wall time and peak RSS (medians
 * over the runs), and the heap figures the runtime reports under
 * GOESCDEBUG=memstats=1 (the same on every run of a deterministic
 * program, so the first run's are shown).  The programs' own output is
 * discarded; only their memstats line is read back from stderr.
 */
#include "compare.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* What one run of one build measured. */
typedef struct Run {
	double wall;         /* seconds */
	uint64_t maxrss;     /* bytes */
	uint64_t mallocs, frees, bytes, gcs, heap_peak;
	bool have_stats;     /* the memstats line was found */
	int status;          /* exit status, or 128 + signal */
} Run;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* GOESCDEBUG for the child: the user's settings plus memstats=1 and
 * peakrss=1 (the child's own peak RSS: ru_maxrss would include what this
 * process had resident when it forked). */
static void set_debug_env(void)
{
	const char *old = getenv("GOESCDEBUG");
	if (old && *old) {
		size_t n = strlen(old) + sizeof ",memstats=1,peakrss=1";
		char *v = malloc(n);
		snprintf(v, n, "%s,memstats=1,peakrss=1", old);
		setenv("GOESCDEBUG", v, 1);
		free(v);
	} else {
		setenv("GOESCDEBUG", "memstats=1,peakrss=1", 1);
	}
}

/* Pull the figures out of the last "memstats: ..." line of err. */
static void parse_memstats(Run *r, const char *err)
{
	const char *line = NULL;
	for (const char *p = err; (p = strstr(p, "memstats: ")) != NULL; p++)
		if (p == err || p[-1] == '\n')
			line = p;
	const char *rss = NULL;
	for (const char *p = err; (p = strstr(p, "peakrss: ")) != NULL; p++)
		if (p == err || p[-1] == '\n')
			rss = p;
	if (rss)
		sscanf(rss, "peakrss: %" SCNu64, &r->maxrss);
	if (!line)
		return;
	r->have_stats = sscanf(line,
		"memstats: mallocs=%" SCNu64 " frees=%" SCNu64 " bytes=%" SCNu64
		" gcs=%" SCNu64 " heap_peak=%" SCNu64,
		&r->mallocs, &r->frees, &r->bytes, &r->gcs, &r->heap_peak) == 5;
}

/* Run exe once with its stdout discarded and its stderr captured. */
static int run_once(const char *exe, char **args, int nargs, Run *r)
{
	int fds[2];
	if (pipe(fds) < 0) {
		perror("goesc: pipe");
		return -1;
	}
	double t0 = now();
	pid_t pid = fork();
	if (pid < 0) {
		perror("goesc: fork");
		return -1;
	}
	if (pid == 0) {
		close(fds[0]);
		FILE *null = freopen("/dev/null", "w", stdout);
		(void)null;
		dup2(fds[1], 2);
		close(fds[1]);
		char **argv = calloc((size_t)nargs + 2, sizeof *argv);
		argv[0] = (char *)exe;
		for (int i = 0; i < nargs; i++)
			argv[i + 1] = args[i];
		set_debug_env();
		execv(exe, argv);
		_exit(127);
	}
	close(fds[1]);
	size_t len = 0, cap = 4096;
	char *err = malloc(cap);
	for (;;) {
		if (len + 1 >= cap)
			err = realloc(err, cap *= 2);
		ssize_t k = read(fds[0], err + len, cap - len - 1);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		len += (size_t)k;
	}
	err[len] = '\0';
	close(fds[0]);
	int st;
	struct rusage ru;
	while (wait4(pid, &st, 0, &ru) < 0 && errno == EINTR)
		;
	r->wall = now() - t0;
	r->maxrss = (uint64_t)ru.ru_maxrss * 1024; /* unless peakrss says */
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	parse_memstats(r, err);
	free(err);
	return 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void fmt_time(char *buf, size_t n, double s)
{
	if (s < 1e-3)
		snprintf(buf, n, "%.1f us", s * 1e6);
	else if (s < 1)
		snprintf(buf, n, "%.2f ms", s * 1e3);
	else
		snprintf(buf, n, "%.3f s", s);
}

static void fmt_bytes(char *buf, size_t n, double b)
{
	if (b < 1024)
		snprintf(buf, n, "%.0f B", b);
	else if (b < 1024 * 1024)
		snprintf(buf, n, "%.1f KiB", b / 1024);
	else if (b < 1024.0 * 1024 * 1024)
		snprintf(buf, n, "%.1f MiB", b / (1024 * 1024));
	else
		snprintf(buf, n, "%.2f GiB", b / (1024.0 * 1024 * 1024));
}

static void fmt_count(char *buf, size_t n, double c)
{
	snprintf(buf, n, "%.0f", c);
}

typedef void (*Fmt)(char *buf, size_t n, double v);

/* One row: the two figures and -heap / default. */
static void row(const char *name, double def, double heap, Fmt fmt)
{
	char a[32], b[32], ratio[32];
	fmt(a, sizeof a, def);
	fmt(b, sizeof b, heap);
	if (def > 0)
		snprintf(ratio, sizeof ratio, "%.2fx", heap / def);
	else
		snprintf(ratio, sizeof ratio, heap > 0 ? "inf" : "-");
	printf("  %-18s %14s %14s %14s\n", name, a, b, ratio);
}

int compare_report(const CompareJob *job)
{
	int runs = job->runs > 0 ? job->runs : 1;
	Run *def = calloc((size_t)runs, sizeof *def);
	Run *heap = calloc((size_t)runs, sizeof *heap);
	for (int i = 0; i < runs; i++) {
		if (run_once(job->exe_default, job->args, job->nargs, &def[i]) < 0 ||
		    run_once(job->exe_heap, job->args, job->nargs, &heap[i]) < 0) {
			free(def);
			free(heap);
			return 1;
		}
	}
	double *v = calloc((size_t)runs * 4, sizeof *v);
	double *dw = v, *hw = v + runs, *dr = v + 2 * runs, *hr = v + 3 * runs;
	for (int i = 0; i < runs; i++) {
		dw[i] = def[i].wall;
		hw[i] = heap[i].wall;
		dr[i] = (double)def[i].maxrss;
		hr[i] = (double)heap[i].maxrss;
	}
	printf("goesc compare %s: %d run%s of each build, medians\n\n",
	       job->src, runs, runs == 1 ? "" : "s");
	printf("  %-18s %14s %14s %14s\n", "", "default", "-heap",
	       "-heap/default");
	row("wall time", median(dw, runs), median(hw, runs), fmt_time);
	const Run *d = &def[0], *h = &heap[0];
	if (d->have_stats && h->have_stats) {
		row("heap allocations", (double)d->mallocs, (double)h->mallocs,
		    fmt_count);
		row("heap bytes", (double)d->bytes, (double)h->bytes, fmt_bytes);
		row("GC cycles", (double)d->gcs, (double)h->gcs, fmt_count);
		row("heap peak", (double)d->heap_peak, (double)h->heap_peak,
		    fmt_bytes);
	} else {
		printf("  (no memstats line: the program did not exit normally)\n");
	}
	row("peak RSS", median(dr, runs), median(hr, runs), fmt_bytes);
	int rc = 0;
	if (d->status != 0 || h->status != 0) {
		printf("\nnote: exit status %d (default), %d (-heap)\n",
		       d->status, h->status);
		rc = 1;
	}
	free(v);
	free(def);
	free(heap);
	return rc;
}
