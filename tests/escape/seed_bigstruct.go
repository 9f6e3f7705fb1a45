// The seed articles' benchmarks in their other forms: CreateCopy and
// CreatePointer with a BigStruct, the pointer and copy variants, and
// stackIt with its helpers written as the benchmarks call them.
package main

type BigStruct struct {
	A, B, C int
	D, E, F string
	G, H, I float64
	J, K, L bool
}

type BigHolder struct {
	big *BigStruct
}

//go:noinline
func CreateCopy() BigStruct {
	return BigStruct{A: 1, B: 1, C: 1, D: "ok", E: "ok", F: "ok", G: 1.0, H: 1.0, I: 1.0, J: true, K: true, L: true}
}

//go:noinline
func CreatePointer() *BigStruct {
	return &BigStruct{A: 1, B: 1, C: 1, D: "ok", E: "ok", F: "ok", G: 1.0, H: 1.0, I: 1.0, J: true, K: true, L: true} // ERROR "&BigStruct\{\.\.\.\} escapes to heap$"
}

func CreatePointerLocal() int {
	b := &BigStruct{A: 2} // ERROR "&BigStruct\{\.\.\.\} does not escape$"
	return b.A
}

func CreateInto(h *BigHolder) { // ERROR "h does not escape$"
	h.big = &BigStruct{B: 3} // ERROR "&BigStruct\{\.\.\.\} escapes to heap$"
}

func CopyIt(b BigStruct) int { // ERROR "b does not escape$"
	return b.A + len(b.D)
}

func PointerIt(b *BigStruct) int { // ERROR "b does not escape$"
	return b.A + len(b.D)
}

func PointerKeep(b *BigStruct) *BigStruct { // ERROR "leaking param: b to result ~r0 level=0$"
	return b
}

func stackIt() int {
	y := 2
	return y * 2
}

func stackIt2() *int {
	y := 2
	res := y * 2 // ERROR "moved to heap: res$"
	return &res
}

func stackIt3(y *int) int { // ERROR "y does not escape$"
	res := *y * 2
	return res
}

func runCopy(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		c := CreateCopy()
		t += CopyIt(c)
	}
	return t
}

func runPointer(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := CreatePointer()
		t += PointerIt(p)
	}
	return t
}

func memAllocRepro(values []int) []int { // ERROR "values does not escape$"
	out := make([]int, len(values)) // ERROR "make\(\[\]int, len\(values\)\) escapes to heap$"
	for i, v := range values {
		out[i] = v * 2
	}
	return out
}

func noAlloc1(values []int) int { // ERROR "values does not escape$"
	var buf [16]int
	out := buf[:0]
	for _, v := range values {
		out = append(out, v)
	}
	return len(out)
}

func noAlloc2(values []int) int { // ERROR "values does not escape$"
	tmp := make([]int, 16) // ERROR "make\(\[\]int, 16\) does not escape$"
	copy(tmp, values)
	return tmp[0]
}

func emptyMake(n int) int {
	s := make([]struct{}, n) // ERROR "make\(\[\]struct \{\}, n\) escapes to heap$"
	return len(s)
}

func main() {
	x := 3
	println(stackIt(), *stackIt2(), stackIt3(&x))
	var h BigHolder
	CreateInto(&h)
	println(runCopy(2), runPointer(2), CreatePointerLocal(), PointerKeep(h.big).A)
	println(len(memAllocRepro([]int{1, 2})), noAlloc1(nil), noAlloc2(nil), emptyMake(4)) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
