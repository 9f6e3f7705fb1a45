// Tests function values: passing and returning funcs, func-typed variables, nil funcs, func types.
package main

type BinOp func(int, int) int

func apply(f BinOp, a, b int) int { return f(a, b) }

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	println(apply(add, 3, 4), apply(mul, 3, 4))
	ops := [2]BinOp{add, mul}
	for _, op := range ops {
		println(op(5, 6))
	}
	var f func(int) int
	println(f == nil)
	f = func(x int) int { return x + 1 }
	println(f != nil, f(1))
	h := compose(f, func(x int) int { return x * 2 })
	println(h(10))
	g := apply
	println(g(func(a, b int) int { return a - b }, 10, 3))
	println(func(s string) string { return s + s }("ab"))
}
