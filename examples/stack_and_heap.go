// stack_and_heap.go: the seed example of goesc.  A big struct returned by
// value (CreateCopy) can live on the caller's stack; one returned by
// pointer (CreatePointer) must be moved to the heap.  Run it with
// `goesc run -m -l examples/stack_and_heap.go` to see where each value
// lives, and with `goesc compare examples/stack_and_heap.go` to see what
// that costs.
package main

type BigStruct struct {
	A, B, C int
	D, E, F float64
	Name    string
}

// CreateCopy returns a BigStruct by value: nothing escapes.
func CreateCopy(i int) BigStruct {
	return BigStruct{A: i, B: i * 2, C: i * 3, D: 1.5, E: 2.5, F: 3.5, Name: "copy"}
}

// CreatePointer returns the address of a local composite literal, so the
// literal outlives the call and escapes to the heap.
func CreatePointer(i int) *BigStruct {
	return &BigStruct{A: i, B: i * 2, C: i * 3, D: 1.5, E: 2.5, F: 3.5, Name: "pointer"}
}

// sum reads through a pointer parameter that does not escape.
func sum(b *BigStruct) int {
	return b.A + b.B + b.C
}

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		c := CreateCopy(i)
		total += sum(&c)
		p := CreatePointer(i)
		total += sum(p)
	}
	println("total:", total)
	c := CreateCopy(7)
	println(c.Name, c.A, c.D)
	p := CreatePointer(7)
	println(p.Name, p.B, p.F)
}
