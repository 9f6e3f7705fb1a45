// The seed article's CreateCopy: returned by value, the struct never
// needs the heap; the -heap baseline puts the address-taken copy there.
package main

// ALLOCS: mallocs=0
// ALLOCS -heap: mallocs=100000

type BigStruct struct {
	A, B, C int
	D, E, F float64
	Name    string
}

func CreateCopy(i int) BigStruct {
	return BigStruct{A: i, B: i * 2, C: i * 3, D: 1.5, E: 2.5, F: 3.5, Name: "copy"}
}

func sum(b *BigStruct) int {
	return b.A + b.B + b.C
}

func main() {
	total := 0
	for i := 0; i < 100000; i++ {
		c := CreateCopy(i)
		total += sum(&c)
	}
	println(total)
}
