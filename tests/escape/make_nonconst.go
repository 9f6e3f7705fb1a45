// make: non-constant sizes always go to the heap, constant ones stay when
// small; zero-size elements skip the size check altogether.
package main

type Empty struct{}

type Zero [0]int

type Pt struct {
	x, y int
}

const small = 16

var global = 8

func lenFromParam(n int) int {
	s := make([]Pt, n) // ERROR "make\(\[\]Pt, n\) escapes to heap$"
	return len(s)
}

func capFromParam(n int) int {
	s := make([]Pt, 1, n) // ERROR "make\(\[\]Pt, 1, n\) escapes to heap$"
	return cap(s)
}

func lenFromGlobal() int {
	s := make([]byte, global) // ERROR "make\(\[\]byte, global\) escapes to heap$"
	return len(s)
}

func lenFromLen(t []int) int { // ERROR "t does not escape$"
	s := make([]int, len(t)) // ERROR "make\(\[\]int, len\(t\)\) escapes to heap$"
	return copy(s, t)
}

func lenFromConst() int {
	s := make([]byte, small) // ERROR "make\(\[\]byte, small\) does not escape$"
	t := make([]byte, small*2, small*4) // ERROR "make\(\[\]byte, small \* 2, small \* 4\) does not escape$"
	return len(s) + len(t)
}

func lenFromLocal() int {
	n := 4
	s := make([]byte, n) // ERROR "make\(\[\]byte, n\) escapes to heap$"
	return len(s)
}

func typedConst() int {
	const k int64 = 12
	s := make([]byte, k) // ERROR "make\(\[\]byte, k\) does not escape$"
	return len(s)
}

func emptyStruct(n int) int {
	a := make([]struct{}, n) // ERROR "make\(\[\]struct \{\}, n\) escapes to heap$"
	b := make([]Empty, n, n*2) // ERROR "make\(\[\]Empty, n, n \* 2\) escapes to heap$"
	c := make([]Empty, 1<<40) // ERROR "make\(\[\]Empty, 1 << 40\) escapes to heap$"
	return len(a) + len(b) + len(c)
}

func zeroArray(n int) int {
	a := make([]Zero, n) // ERROR "make\(\[\]Zero, n\) escapes to heap$"
	b := make([][0]int, 100000) // ERROR "make\(\[\]\[0\]int, 100000\) does not escape$"
	return len(a) + len(b)
}

func emptyStructEscapes(n int) []Empty {
	return make([]Empty, n) // ERROR "make\(\[\]Empty, n\) escapes to heap$"
}

func zeroLen() int {
	s := make([]int, 0) // ERROR "make\(\[\]int, 0\) does not escape$"
	return cap(s)
}

func nonConstButReturned(n int) []int {
	return make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

func makeOfPtrs(n int) int {
	x := 1 // ERROR "moved to heap: x$"
	s := make([]*int, n) // ERROR "make\(\[\]\*int, n\) escapes to heap$"
	s[0] = &x
	return len(s)
}

func makeInLoop(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := make([]byte, i) // ERROR "make\(\[\]byte, i\) escapes to heap$"
		t += len(s)
	}
	return t
}

func main() {
	println(lenFromParam(2), capFromParam(2), lenFromGlobal(), lenFromLen(nil), lenFromConst(), lenFromLocal())
	println(typedConst(), emptyStruct(3), zeroArray(2), len(emptyStructEscapes(1)), zeroLen(), len(nonConstButReturned(1)))
	println(makeOfPtrs(1), makeInLoop(3))
}
