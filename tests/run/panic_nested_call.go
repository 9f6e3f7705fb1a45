// Tests a panic raised in a deeply nested call: only the panic value and status matter.
package main

func level(n int) int {
	if n == 0 {
		panic("deep " + "panic")
	}
	return level(n-1) + 1
}

func main() {
	println("start")
	println(level(10))
}
