// The programs of the seed articles on stack and heap allocation.
package main

type S struct {
	a, b, c int64
	d, e, f string
	g, h, i float64
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

func CreateCopy() S {
	return S{a: 1, b: 1, c: 1, d: "x", e: "y", f: "z", g: 1.0, h: 1.0, i: 1.0}
}

func CreatePointer() *S {
	return &S{a: 1, b: 1, c: 1, d: "x", e: "y", f: "z", g: 1.0, h: 1.0, i: 1.0} // ERROR "&S\{\.\.\.\} escapes to heap$"
}

type buffer struct {
	data []byte
}

func memAllocRepro(n int) []byte {
	b := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap$"
	return b
}

func noAlloc1() int {
	b := make([]byte, 64) // ERROR "make\(\[\]byte, 64\) does not escape$"
	b[0] = 1
	return len(b)
}

func noAlloc2(buf *buffer) int { // ERROR "buf does not escape$"
	tmp := buf.data[:4]
	return len(tmp)
}

func emptyStructs(n int) int {
	s := make([]struct{}, n) // ERROR "make\(\[\]struct \{\}, n\) escapes to heap$"
	t := make([]struct{}, 1000000) // ERROR "make\(\[\]struct \{\}, 1000000\) does not escape$"
	return len(s) + len(t)
}

func main() {
	println(stackIt(), *stackIt2())
	x := 3
	println(stackIt3(&x))
	c := CreateCopy()
	p := CreatePointer()
	println(c.a, p.a)
	println(len(memAllocRepro(10)), noAlloc1(), noAlloc2(&buffer{data: make([]byte, 8)})) // ERROR "&buffer\{\.\.\.\} does not escape$" "make\(\[\]byte, 8\) does not escape$"
	println(emptyStructs(5))
}
