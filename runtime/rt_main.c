/*
 * rt_main.c: the C entry point of every goesc program.  It records the
 * command line, then runs goesc_main (package initialisation, then
 * main.main, both emitted by the compiler) on a stack of its own: Go
 * lets a goroutine stack grow to 1 GB, so a program that recurses a
 * million levels deep under go1.19 must not die on the usual 8 MiB C
 * stack.  The stack is reserved with mmap (pages are only committed when
 * touched) below a guard region that the SIGSEGV handler recognises as
 * "stack overflow".  When main.main returns the program exits with 0.
 * This file holds main() alone, so that unit tests can link the library
 * with a main of their own.
 */
#include "runtime.h"

#include <sys/mman.h>
#include <ucontext.h>

#define GOROUTINE_STACK ((size_t)1000000000 & ~(size_t)0xFFFF)
#define GUARD_SIZE ((size_t)1 << 16)

static ucontext_t main_ctx, go_ctx;

static _Noreturn void run_goroutine(void)
{
	goesc_main();
	rt_exit(0);
}

/* Reserve the goroutine stack, smaller if the system refuses; NULL if
 * even that fails (the program then runs on the C stack). */
static void *reserve_stack(size_t *size)
{
	for (size_t sz = GOROUTINE_STACK; sz >= ((size_t)64 << 20); sz /= 4) {
		char *p = mmap(NULL, sz + GUARD_SIZE, PROT_READ | PROT_WRITE,
		               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE |
		                       MAP_STACK,
		               -1, 0);
		if (p == MAP_FAILED)
			continue;
		mprotect(p, GUARD_SIZE, PROT_NONE);
		/* Huge pages below the top 32 MiB, where only deep recursion
		 * reaches: running into the 1 GB limit then costs 500 page
		 * faults instead of 250,000 (seconds, under load). */
		madvise(p + GUARD_SIZE, sz - ((size_t)32 << 20), MADV_HUGEPAGE);
		*size = sz;
		return p + GUARD_SIZE;
	}
	return NULL;
}

/* Switch to the goroutine stack and run the program there.  Kept out of
 * main so that getcontext's frame holds nothing that matters. */
static __attribute__((noinline)) void run_on_stack(void *stack, size_t size)
{
	if (getcontext(&go_ctx) != 0)
		run_goroutine();
	go_ctx.uc_stack.ss_sp = stack;
	go_ctx.uc_stack.ss_size = size;
	go_ctx.uc_link = &main_ctx;
	makecontext(&go_ctx, run_goroutine, 0);
	rt_stack_lo = stack;
	rt_stack_hi = (char *)stack + size;
	swapcontext(&main_ctx, &go_ctx);
}

int main(int argc, char **argv)
{
	rt_init(argc, argv);
	size_t size = 0;
	void *stack = reserve_stack(&size);
	if (stack != NULL)
		run_on_stack(stack, size);
	/* No stack of our own, or (never) back from it: run here. */
	run_goroutine();
}
