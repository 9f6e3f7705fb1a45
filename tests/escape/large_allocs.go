// Size limits: explicit variables move to the heap above 10 MiB, implicit
// allocations (new, &T{}, make, literals) above 64 KiB; both exactly at and
// just past each limit.
package main

type At64K struct {
	b [65536]byte
}

type Over64K struct {
	b [65537]byte
}

type At10M struct {
	b [10 << 20]byte
}

type Over10M struct {
	b [10<<20 + 1]byte
}

func varAt10M() int {
	var x At10M
	return len(x.b)
}

func varOver10M() int {
	var x Over10M // ERROR "moved to heap: x$"
	return len(x.b)
}

func varArrayAt10M() int {
	var a [10 << 20]byte
	return len(a)
}

func varArrayOver10M() int {
	var a [10<<20 + 8]byte // ERROR "moved to heap: a$"
	return len(a)
}

func shortVarOver10M() int {
	a := [10<<20 + 1]byte{} // ERROR "moved to heap: a$"
	return len(a)
}

func newAt64K() int {
	p := new(At64K) // ERROR "new\(At64K\) does not escape$"
	return len(p.b)
}

func newOver64K() int {
	p := new(Over64K) // ERROR "new\(Over64K\) escapes to heap$"
	return len(p.b)
}

func litAt64K() int {
	p := &At64K{} // ERROR "&At64K\{\} does not escape$"
	return len(p.b)
}

func litOver64K() int {
	p := &Over64K{} // ERROR "&Over64K\{\} escapes to heap$"
	return len(p.b)
}

func makeAt64K() int {
	s := make([]int64, 8192) // ERROR "make\(\[\]int64, 8192\) does not escape$"
	return len(s)
}

func makeOver64K() int {
	s := make([]int64, 8193) // ERROR "make\(\[\]int64, 8193\) escapes to heap$"
	return len(s)
}

func makeCapOver64K() int {
	s := make([]int32, 10, 16385) // ERROR "make\(\[\]int32, 10, 16385\) escapes to heap$"
	return len(s)
}

func makeConstExpr() int {
	const n = 1 << 10
	s := make([]int64, n*8) // ERROR "make\(\[\]int64, n \* 8\) does not escape$"
	t := make([]int64, n*8+1) // ERROR "make\(\[\]int64, n \* 8 \+ 1\) escapes to heap$"
	return len(s) + len(t)
}

func sliceLitLarge() int {
	s := []int64{8192: 1} // ERROR "\[\]int64\{\.\.\.\} does not escape$"
	return len(s)
}

func sliceLitAtLimit() int {
	s := []int64{8191: 1} // ERROR "\[\]int64\{\.\.\.\} does not escape$"
	return len(s)
}

func varOver64KOK() int {
	var a [1 << 20]byte
	p := &a
	return len(p)
}

func main() {
	println(varAt10M(), varOver10M(), varArrayAt10M(), varArrayOver10M(), shortVarOver10M())
	println(newAt64K(), newOver64K(), litAt64K(), litOver64K())
	println(makeAt64K(), makeOver64K(), makeCapOver64K(), makeConstExpr())
	println(sliceLitLarge(), sliceLitAtLimit(), varOver64KOK())
}
