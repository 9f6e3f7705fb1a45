// Unbounded recursion f(n+1) + 1, which LLVM's accumulator tail-recursion elimination would make a loop, overflows the stack.
package main

func f(n int) int { return f(n+1) + 1 }

func main() {
	println("start")
	println(f(0))
}
