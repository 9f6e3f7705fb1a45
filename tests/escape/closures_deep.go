// Closures nested three deep: capture by value and by reference at each
// level, closures called directly versus stored, closures returning closures.
package main

var sinkF func() int
var sink *int

func threeByValue() int {
	a := 1
	return func() int { // ERROR "func literal does not escape$"
		b := 2
		return func() int { // ERROR "func literal does not escape$"
			c := 3
			return func() int { // ERROR "func literal does not escape$"
				return a + b + c
			}()
		}()
	}()
}

func threeByRef() int {
	a := 1
	func() { // ERROR "func literal does not escape$"
		func() { // ERROR "func literal does not escape$"
			func() { // ERROR "func literal does not escape$"
				a++
			}()
		}()
	}()
	return a
}

func threeAddrTaken() int {
	a := 1 // ERROR "moved to heap: a$"
	f := func() *int { // ERROR "func literal does not escape$"
		g := func() *int { // ERROR "func literal does not escape$"
			h := func() *int { // ERROR "func literal does not escape$"
				return &a
			}
			return h()
		}
		return g()
	}
	*f() = 5
	return a
}

func threeEscaping() func() func() func() int {
	a := 1 // ERROR "moved to heap: a$"
	return func() func() func() int { // ERROR "func literal escapes to heap$"
		b := 2
		return func() func() int { // ERROR "func literal escapes to heap$"
			c := 3
			return func() int { // ERROR "func literal escapes to heap$"
				a++
				return a + b + c
			}
		}
	}
}

func innerToGlobal() {
	a := 1
	func() { // ERROR "func literal does not escape$"
		b := 2
		func() { // ERROR "func literal does not escape$"
			sinkF = func() int { return a + b } // ERROR "func literal escapes to heap$"
		}()
	}()
}

func innerAddrToGlobal() {
	a := 1 // ERROR "moved to heap: a$"
	func() { // ERROR "func literal does not escape$"
		func() { // ERROR "func literal does not escape$"
			sink = &a
		}()
	}()
}

func storedNotEscaping() int {
	x := 1
	f := func() int { return x } // ERROR "func literal does not escape$"
	g := f
	return g()
}

func storedInSlice() int {
	x := 1
	fs := []func() int{func() int { return x }} // ERROR "\[\]func\(\) int\{\.\.\.\} does not escape$" "func literal does not escape$"
	return fs[0]()
}

func returnsClosure() func() int {
	x := 10
	f := func() func() int { // ERROR "func literal does not escape$"
		return func() int { return x } // ERROR "func literal escapes to heap$"
	}
	return f()
}

func closureArgLeaks() int {
	x := 1
	f := func(p *int) int { return *p } // ERROR "p does not escape$" "func literal does not escape$"
	return f(&x)
}

func closureParamToGlobal() {
	y := 1 // ERROR "moved to heap: y$"
	f := func(p *int) { sink = p } // ERROR "leaking param: p$" "func literal does not escape$"
	f(&y)
}

func closureResultParam() *int {
	z := 1 // ERROR "moved to heap: z$"
	f := func(p *int) *int { return p } // ERROR "leaking param: p$" "func literal does not escape$"
	return f(&z)
}

func capturedStruct() int {
	type P struct{ a, b int }
	v := P{1, 2}
	return func() int { return v.a + v.b }() // ERROR "func literal does not escape$"
}

func main() {
	println(threeByValue(), threeByRef(), threeAddrTaken(), threeEscaping()()()())
	innerToGlobal()
	innerAddrToGlobal()
	println(storedNotEscaping(), storedInSlice(), returnsClosure()(), closureArgLeaks())
	closureParamToGlobal()
	println(closureResultParam(), capturedStruct())
}
