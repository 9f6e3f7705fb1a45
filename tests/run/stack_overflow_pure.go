// A call of a side-effect-free function that never returns is not dead code: it overflows the stack.
package main

func f(n int) int {
	if n < 0 {
		return 0
	}
	return f(n+1) + f(n+2)
}

func g(x int) int { return g(x) }

func main() {
	println("start", f(-1))
	_ = g(1)
	println("unreachable")
}
