// Comparing interfaces holding equal-typed structs with a slice field
// panics, naming the struct type.
package main

type Bag struct {
	name  string
	items []string
}

type Named interface{ Name() string }

func (b Bag) Name() string { return b.name }

func main() {
	var x Named = Bag{"a", nil}
	var y Named = Bag{"b", nil}
	println(x.Name(), y.Name())
	println("comparing")
	println(x == y)
}
