// Switches on constants: gc's deadcode keeps only the matching case (or
// the default, or nothing) before escape analysis, unless a case is not
// constant or the matching case falls through.
package main

type T struct{ a int }

var sinkT *T
var fs func() int

var sink []int

func a(n int) {
	switch 6 {
	case 1:
		sink = make([]int, n)
	case 6:
		x := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
		println(len(x))
	case 7:
		y := make([]int, n)
		println(len(y))
	default:
		z := make([]int, n)
		println(len(z))
	}
}

func b(n int) {
	switch {
	case false:
		sink = make([]int, n)
	case true:
		x := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
		println(len(x))
	}
}

func c(n int) {
	switch 2 {
	case 1, 2:
		x := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
		println(len(x))
		fallthrough
	case 3:
		y := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
		println(len(y))
	case 4:
		z := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
		println(len(z))
	}
}

const K = 3

func d(n int) {
	switch K {
	case n:
		x := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
		println(len(x))
	case 3:
		y := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
		println(len(y))
	}
}

func main() { a(1); b(1); c(1); d(1); e(1); f("") }

func e(n int) int {
	switch 3 {
	case 1:
		fs = func() int { return n }
	case 2:
		sinkT = &T{n}
	default:
		p := &T{n} // ERROR "&T\{\.\.\.\} does not escape$"
		return p.a
	}
	return 0
}

func f(s string) { // ERROR "s does not escape$"
	switch "x" {
	case "y":
		sinkT = &T{len(s)}
	case "x":
		q := &T{1} // ERROR "&T\{\.\.\.\} does not escape$"
		println(q.a)
	}
	switch 1.5 {
	case 2.5:
		sinkT = new(T)
	}
}
