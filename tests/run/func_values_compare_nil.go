// Function values: assigning, nil checks, storing in structs and arrays, passing as args.
package main

type Op struct {
	name string
	f    func(int, int) int
}

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func add(a, b int) int { return a + b }

func main() {
	ops := []Op{
		{"add", add},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
		{"nil", nil},
	}
	for _, op := range ops {
		if op.f == nil {
			println(op.name, "is nil")
			continue
		}
		println(op.name, apply(op.f, 7, 3))
	}
	var table [3]func() string
	for i := range table {
		c := string(rune('A' + i))
		table[i] = func() string { return c }
	}
	println(table[0]() + table[1]() + table[2]())
	f := add
	g := f
	println(g(1, 2), f != nil)
}
