// The seed article's CreateCopy loop: a 64-byte struct returned by value,
// 20,000,000 times.  Nothing escapes; no heap allocation at all.
package main

type BigStruct struct {
	A, B, C int
	D, E, F float64
	Name    string
}

//go:noinline
func CreateCopy(i int) BigStruct {
	return BigStruct{A: i, B: i * 2, C: i * 3, D: 1.5, E: 2.5, F: 3.5, Name: "copy"}
}

func main() {
	total := 0
	for i := 0; i < 20000000; i++ {
		c := CreateCopy(i)
		total += c.A + c.B + c.C + len(c.Name)
	}
	println(total)
}
