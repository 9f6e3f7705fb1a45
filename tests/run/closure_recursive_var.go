// A closure assigned to a variable it calls recursively.
package main

func main() {
	var fib func(int) int
	calls := 0
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20), calls)
	var even, odd func(int) bool
	even = func(n int) bool {
		if n == 0 {
			return true
		}
		return odd(n - 1)
	}
	odd = func(n int) bool {
		if n == 0 {
			return false
		}
		return even(n - 1)
	}
	println(even(10), odd(7), even(7))
}
