// Closures: capture by value and by reference, escaping closures, nesting three deep.
package main

var sinkF func() int
var sink *int

func byValue() int {
	x := 1
	f := func() int { return x } // ERROR "func literal does not escape$"
	return f()
}

func byRef() int {
	x := 1
	f := func() int { x++; return x } // ERROR "func literal does not escape$"
	return f()
}

func escaping() func() int {
	x := 1
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func escapingRef() func() int {
	x := 1 // ERROR "moved to heap: x$"
	return func() int { x++; return x } // ERROR "func literal escapes to heap$"
}

func toGlobal() {
	y := 2
	sinkF = func() int { return y } // ERROR "func literal escapes to heap$"
}

func addrInside() {
	z := 3 // ERROR "moved to heap: z$"
	func() { // ERROR "func literal does not escape$"
		sink = &z
	}()
}

func nested() int {
	a := 1
	b := 2
	f := func() int { // ERROR "func literal does not escape$"
		g := func() int { // ERROR "func literal does not escape$"
			h := func() int { // ERROR "func literal does not escape$"
				a++
				return a + b
			}
			return h()
		}
		return g()
	}
	return f()
}

func nestedEscape() func() func() int {
	a := 1
	return func() func() int { // ERROR "func literal escapes to heap$"
		return func() int { return a } // ERROR "func literal escapes to heap$"
	}
}

func directCall() *int {
	var u int // ERROR "moved to heap: u$"
	p := func() *int { return &u }() // ERROR "func literal does not escape$"
	return p
}

func directCallLocal() int {
	var u int
	*(func() *int { return &u }()) = 42 // ERROR "func literal does not escape$"
	return u
}

func viaVar() int {
	var u int // ERROR "moved to heap: u$"
	f := func() *int { return &u } // ERROR "func literal does not escape$"
	*f() = 1
	return u
}

func callParam(f func(*int)) { // ERROR "f does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	f(&x)
}

func bigCapture() int {
	var arr [20]int
	f := func() int { return arr[0] } // ERROR "func literal does not escape$"
	return f()
}

func hugeCapture() int {
	var arr [200]int
	f := func() int { return arr[0] } // ERROR "func literal does not escape$"
	return f()
}

func reassignedBefore() int {
	x := 1
	x = 2
	f := func() int { return x } // ERROR "func literal does not escape$"
	return f()
}

func loopCapture() int {
	s := 0
	for i := 0; i < 3; i++ {
		f := func() int { return i } // ERROR "func literal does not escape$"
		s += f()
	}
	return s
}

func main() {
	println(byValue(), byRef(), escaping()(), escapingRef()())
	toGlobal()
	addrInside()
	println(nested(), nestedEscape()()(), directCall(), directCallLocal(), viaVar())
	callParam(func(p *int) {}) // ERROR "p does not escape$" "func literal does not escape$"
	println(bigCapture(), hugeCapture(), reassignedBefore(), loopCapture())
}
