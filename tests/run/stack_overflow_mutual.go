// Unbounded mutual recursion through tail calls overflows the stack (no sibling-call jumps).
package main

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func main() {
	println(even(10), odd(7))
	println(even(-1))
}
