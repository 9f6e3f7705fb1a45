// Variables, new and make of 1 TiB types: moved to the heap, and compiled in constant time and memory.
package main

type T struct {
	p *int
	b [1 << 40]byte
	q *int
}

func local() byte {
	var a [1 << 40]byte // ERROR "moved to heap: a$"
	a[5] = 1
	return a[5]
}

func pointers() int {
	var a [1 << 40]*int // ERROR "moved to heap: a$"
	x := 3              // ERROR "moved to heap: x$"
	a[5] = &x
	return *a[5]
}

func field() bool {
	var t T // ERROR "moved to heap: t$"
	return t.p == nil
}

func newArray() *byte {
	p := new([1 << 40]*byte) // ERROR "new\(\[1099511627776\]\*byte\) escapes to heap$"
	return p[3]
}

func makeSlice(n int) int {
	s := make([][1 << 30]*int, n) // ERROR "make\(\[\]\[1073741824\]\*int, n\) escapes to heap$"
	return len(s)
}

func main() {
	println(local(), pointers(), field(), newArray() == nil, makeSlice(0))
}
