// More size limits: make with huge elements, &[N]T{} literals around 64 KiB,
// new of arrays, constant expressions and typed constants as make sizes.
package main

type Big struct {
	b [100000]byte
}

func makeBigElem() int {
	s := make([]Big, 1) // ERROR "make\(\[\]Big, 1\) escapes to heap$"
	return len(s)
}

func makeLenVarCapConst(n int) int {
	s := make([]int, n, 10) // ERROR "make\(\[\]int, n, 10\) does not escape$"
	return len(s)
}

func addrArrayLit() int {
	p := &[70000]byte{} // ERROR "&\[70000\]byte\{\} escapes to heap$"
	q := &[60000]byte{} // ERROR "&\[60000\]byte\{\} does not escape$"
	return len(p) + len(q)
}

func ellipsisArray() int {
	a := [...]int{1, 2, 3}
	p := &a
	return len(p)
}

func newArray() int {
	p := new([8193]int64) // ERROR "new\(\[8193\]int64\) escapes to heap$"
	q := new([8192]int64) // ERROR "new\(\[8192\]int64\) does not escape$"
	return len(p) + len(q)
}

func bigStructLitVar() int {
	v := Big{}
	return len(v.b)
}

func closureBigByRef() int {
	var b Big
	f := func() int { return int(b.b[0]) } // ERROR "func literal does not escape$"
	return f()
}

func sliceLitBig() int {
	s := []Big{{}} // ERROR "\[\]Big\{\.\.\.\} does not escape$"
	return len(s)
}

func makeNegativeConst() int {
	const n = 3
	s := make([]int, n-1) // ERROR "make\(\[\]int, n - 1\) does not escape$"
	return len(s)
}

func makeUint(n uint8) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func makeConstTyped() int {
	s := make([]byte, uint(10)) // ERROR "make\(\[\]byte, uint\(10\)\) does not escape$"
	return len(s)
}

func main() {
	println(makeBigElem(), makeLenVarCapConst(2), addrArrayLit(), ellipsisArray(), newArray(), bigStructLitVar(), closureBigByRef())
	println(sliceLitBig(), makeNegativeConst(), makeUint(3), makeConstTyped())
}
