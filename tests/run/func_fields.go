// Tests func-typed struct fields and array elements called through selectors and indexes.
package main

type Op struct {
	name string
	fn   func(int, int) int
}

type Handler func(string) string

func main() {
	ops := [3]Op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, op := range ops {
		println(op.name, op.fn(7, 3))
	}
	var h Handler = func(s string) string { return "<" + s + ">" }
	println(h("x"), Handler(h)("y"))
	table := []func() string{
		func() string { return "first" },
		func() string { return "second" },
	}
	println(table[1](), table[0]())
}
