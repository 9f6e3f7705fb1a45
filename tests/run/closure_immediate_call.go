// Function literals called immediately, with results and captured variables.
package main

func main() {
	x := 3
	y := func(a int) int { return a * x }(4)
	println(y)
	func() { x = 10 }()
	println(x)
	a, b := func() (int, string) { return x + 1, "s" }()
	println(a, b)
	z := func() func() int { return func() int { return x * 2 } }()()
	println(z)
}
