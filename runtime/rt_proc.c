/*
 * rt_proc.c: the process around the Go program.  It keeps the command
 * line (for os.Args), reads GOESCDEBUG, writes to file descriptors, knows
 * the bounds of the goroutine stack, exits (flushing print output and
 * printing the allocation reports), and turns hardware faults into Go's
 * messages: a SIGSEGV at an address below 4096 is the nil-dereference
 * panic, a fault at the stack's guard region is go1.19's "stack
 * overflow" fatal error, anything else is "unexpected fault address".
 * The handler runs on an alternate signal stack so that it works when
 * the stack is exhausted.
 */
#define _GNU_SOURCE
#include "runtime.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

int rt_argc;
char **rt_argv;
bool rt_debug_memstats, rt_debug_allocfreetrace, rt_debug_allocsites;
bool rt_debug_peakrss;
bool rt_debug_alloc;
void *rt_stack_lo, *rt_stack_hi;

/* The start of the initial thread's stack (glibc). */
extern void *__libc_stack_end;

/* GOESCDEBUG is a comma-separated list of name=value settings, as Go's
 * GODEBUG; a value is a decimal integer, nonzero means on. */
static void read_goescdebug(void)
{
	static const struct {
		const char *name;
		bool *flag;
	} settings[] = {
		{"memstats", &rt_debug_memstats},
		{"peakrss", &rt_debug_peakrss},
		{"allocfreetrace", &rt_debug_allocfreetrace},
		{"allocsites", &rt_debug_allocsites},
		{"gctrace", &rt_debug_gctrace},
		{"gcstress", &rt_debug_gcstress},
		{"gcpoison", &rt_debug_gcpoison},
	};
	const char *s = getenv("GOESCDEBUG");
	while (s != NULL && *s != '\0') {
		const char *end = strchr(s, ',');
		size_t n = end != NULL ? (size_t)(end - s) : strlen(s);
		const char *eq = memchr(s, '=', n);
		size_t nset = sizeof settings / sizeof settings[0];
		for (size_t i = 0; eq != NULL && i < nset; i++) {
			size_t k = strlen(settings[i].name);
			if ((size_t)(eq - s) == k &&
			    memcmp(s, settings[i].name, k) == 0)
				*settings[i].flag = atoi(eq + 1) != 0;
		}
		s = end != NULL ? end + 1 : NULL;
	}
	/* gcstress collects in the allocator's general path: send every
	 * allocation there. */
	rt_debug_alloc = rt_debug_allocfreetrace || rt_debug_allocsites ||
	                 rt_debug_gcstress;
	if (rt_debug_gcstress)
		rt_debug_gcpoison = true;
}

void rt_init(int argc, char **argv)
{
	rt_argc = argc;
	rt_argv = argv;
	read_goescdebug();
	rt_gc_init();
	rt_install_signals();
}

void rt_write(int fd, const void *p, size_t n)
{
	const char *c = p;
	while (n > 0) {
		ssize_t w = write(fd, c, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return; /* nowhere to report it; Go drops it too */
		}
		c += w;
		n -= (size_t)w;
	}
}

_Noreturn void rt_exit(int code)
{
	rt_printflush();
	rt_alloc_report_exit();
	rt_printflush();
	exit(code);
}

bool rt_on_stack(const void *p)
{
	const char *lo = __builtin_frame_address(0);
	const char *hi = rt_stack_hi != NULL ? rt_stack_hi : __libc_stack_end;
	return (const char *)p >= lo && (const char *)p < hi;
}

/* ------------------------------------------------------------------ */
/* Faults                                                              */
/* ------------------------------------------------------------------ */

/* The faulting pc and stack pointer from the signal context. */
static void fault_regs(void *ctx, uint64_t *pc, uint64_t *sp)
{
	*pc = *sp = 0;
#if defined(__x86_64__)
	const ucontext_t *uc = ctx;
	*pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
	*sp = (uint64_t)uc->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
	const ucontext_t *uc = ctx;
	*pc = (uint64_t)uc->uc_mcontext.pc;
	*sp = (uint64_t)uc->uc_mcontext.sp;
#else
	(void)ctx;
#endif
}

/* go1.19's report when the goroutine stack limit is reached. */
static _Noreturn void stack_overflow(uint64_t sp)
{
	rt_printflush();
	rt_printcstr("runtime: goroutine stack exceeds 1000000000-byte limit\n"
	             "runtime: sp=");
	rt_printhex(sp);
	rt_printcstr(" stack=[");
	rt_printpointer(rt_stack_lo);
	rt_printcstr(", ");
	rt_printpointer(rt_stack_hi);
	rt_printcstr("]\n");
	rt_throw_system("stack overflow"); /* newstack runs on g0 */
}

static void on_sigsegv(int sig, siginfo_t *info, void *ctx)
{
	uint64_t pc, sp;
	uint64_t addr = (uint64_t)(uintptr_t)info->si_addr;
	fault_regs(ctx, &pc, &sp);

	/* The guard pages lie just below rt_stack_lo. */
	if (rt_stack_lo != NULL && sp != 0 &&
	    sp < (uint64_t)(uintptr_t)rt_stack_lo + 4096)
		stack_overflow(sp);
	if (rt_stack_lo != NULL && addr < (uint64_t)(uintptr_t)rt_stack_lo &&
	    addr + ((uint64_t)1 << 20) >= (uint64_t)(uintptr_t)rt_stack_lo)
		stack_overflow(sp);
	if (addr < 4096 && sig == SIGSEGV)
		rt_panicnilat(addr, pc);

	rt_printflush();
	rt_printcstr("unexpected fault address ");
	rt_printhex(addr);
	rt_printcstr("\nfatal error: fault\n[signal ");
	rt_printcstr(sig == SIGSEGV ? "SIGSEGV: segmentation violation"
	                            : "SIGBUS: bus error");
	rt_printcstr(" code=");
	rt_printhex((uint64_t)info->si_code);
	rt_printcstr(" addr=");
	rt_printhex(addr);
	rt_printcstr(" pc=");
	rt_printhex(pc);
	rt_printcstr("]\n");
	rt_crash();
}

void rt_install_signals(void)
{
	static char altstack[64 * 1024];
	stack_t ss;
	memset(&ss, 0, sizeof ss);
	ss.ss_sp = altstack;
	ss.ss_size = sizeof altstack;
	sigaltstack(&ss, NULL);

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sigsegv;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
}
