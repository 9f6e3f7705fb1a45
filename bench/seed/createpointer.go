// The seed article's CreatePointer loop: the literal escapes, so each of
// the 20,000,000 calls is one 64-byte heap allocation.
package main

type BigStruct struct {
	A, B, C int
	D, E, F float64
	Name    string
}

//go:noinline
func CreatePointer(i int) *BigStruct {
	return &BigStruct{A: i, B: i * 2, C: i * 3, D: 1.5, E: 2.5, F: 3.5, Name: "pointer"}
}

func main() {
	total := 0
	for i := 0; i < 20000000; i++ {
		p := CreatePointer(i)
		total += p.A + p.B + p.C + len(p.Name)
	}
	println(total)
}
