// Unbounded self-recursion in tail position overflows the stack (Go has no tail calls: no loop at any -O).
package main

var depth int

func f(n int) {
	depth = n
	f(n + 1)
}

func main() {
	println("start")
	f(0)
	println("unreachable", depth)
}
