// The seed article's CreatePointer: the literal it returns escapes, so
// every call is one heap allocation, with or without escape analysis.
package main

// ALLOCS: mallocs=100000
// ALLOCS -heap: mallocs=100000

type BigStruct struct {
	A, B, C int
	D, E, F float64
	Name    string
}

func CreatePointer(i int) *BigStruct {
	return &BigStruct{A: i, B: i * 2, C: i * 3, D: 1.5, E: 2.5, F: 3.5, Name: "pointer"}
}

func main() {
	total := 0
	for i := 0; i < 100000; i++ {
		p := CreatePointer(i)
		total += p.A + p.C
	}
	println(total)
}
