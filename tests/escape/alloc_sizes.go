// Large and non-constant allocations, variadic calls, panic arguments.
package main

type Big struct {
	data [100000]int
}

type Small struct {
	a, b int
}

func bigVar() int {
	var x [2 << 20]int // ERROR "moved to heap: x$"
	return len(x)
}

func okVar() int {
	var x [1 << 16]int
	return len(x)
}

func bigNew() int {
	p := new(Big) // ERROR "new\(Big\) escapes to heap$"
	return len(p.data)
}

func bigLit() int {
	p := &Big{} // ERROR "&Big\{\} escapes to heap$"
	return len(p.data)
}

func smallNew() int {
	p := new(Small) // ERROR "new\(Small\) does not escape$"
	q := &Small{a: 1} // ERROR "&Small\{\.\.\.\} does not escape$"
	return p.a + q.a
}

func makeConst() int {
	a := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	b := make([]int, 10, 20) // ERROR "make\(\[\]int, 10, 20\) does not escape$"
	c := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	d := make([]int, 8193) // ERROR "make\(\[\]int, 8193\) escapes to heap$"
	return len(a) + len(b) + len(c) + len(d)
}

func makeVar(n int) int {
	a := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	b := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) escapes to heap$"
	return len(a) + len(b)
}

func makeZero(n int) int {
	a := make([]struct{}, n) // ERROR "make\(\[\]struct \{\}, n\) escapes to heap$"
	b := make([]struct{}, 1<<30) // ERROR "make\(\[\]struct \{\}, 1 << 30\) does not escape$"
	return len(a) + len(b)
}

func makeBytes() int {
	b := make([]byte, 65536) // ERROR "make\(\[\]byte, 65536\) does not escape$"
	c := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
	return len(b) + len(c)
}

func vararg(xs ...*int) int { // ERROR "xs does not escape$"
	return len(xs)
}

func varargLeak(xs ...*int) []*int { // ERROR "leaking param: xs to result ~r0 level=0$"
	return xs
}

var sinkP *int

func varargHeap(xs ...*int) { // ERROR "leaking param content: xs$"
	sinkP = xs[0]
}

func callVarargs() {
	var a, b, c int
	println(vararg(&a, &b), vararg()) // ERROR "\.\.\. argument does not escape$"
	println(varargLeak(&c)) // ERROR "\.\.\. argument does not escape$"
	var d int // ERROR "moved to heap: d$"
	varargHeap(&d) // ERROR "\.\.\. argument does not escape$"
	s := []*int{&a} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	println(vararg(s...))
}

func panics(n int, s string) { // ERROR "leaking param: s$"
	if n == 1 {
		panic("constant") // ERROR ".constant. escapes to heap$"
	}
	if n == 2 {
		panic(n) // ERROR "n escapes to heap$"
	}
	if n == 3 {
		panic(s) // ERROR "s escapes to heap$"
	}
	if n == 4 {
		panic(s + "!") // ERROR "s \+ .!. escapes to heap$"
	}
	panic(n * 2) // ERROR "n \* 2 escapes to heap$"
}

func main() {
	println(bigVar(), okVar(), bigNew(), bigLit(), smallNew())
	println(makeConst(), makeVar(3), makeZero(2), makeBytes())
	callVarargs()
	panics(0, "")
}
