// Closure capture rules: by value when small (up to 128 bytes), never
// address-taken and not reassigned after the capture (reassignments before
// it at the same loop depth are forgiven); otherwise by reference, which
// moves the variable to the heap when the closure escapes.
package main

type Big struct {
	a [20]int
}

func (b Big) Sum() int { return b.a[0] }
func (b *Big) PSum() int { return b.a[0] } // ERROR "b does not escape$"

func reassignBefore() func() int {
	x := 1
	x = 2
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func reassignAfter() func() int {
	x := 1 // ERROR "moved to heap: x$"
	f := func() int { return x } // ERROR "func literal escapes to heap$"
	x = 3
	return f
}

func reassignInLoopBefore() func() int {
	x := 1
	for i := 0; i < 2; i++ {
		x = i
	}
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func reassignInClosure() func() int {
	x := 1 // ERROR "moved to heap: x$"
	return func() int { x++; return x } // ERROR "func literal escapes to heap$"
}

func captureParam(p int) func() int {
	return func() int { return p } // ERROR "func literal escapes to heap$"
}

func captureParamReassigned(p int) func() int {
	p++
	return func() int { return p } // ERROR "func literal escapes to heap$"
}

func captureResult() (r int, f func() int) { // ERROR "moved to heap: r$"
	f = func() int { return r } // ERROR "func literal escapes to heap$"
	r = 5
	return
}

func innerOnly() func() func() int {
	y := 1 // ERROR "moved to heap: y$"
	return func() func() int { // ERROR "func literal escapes to heap$"
		return func() int { y++; return y } // ERROR "func literal escapes to heap$"
	}
}

func bigByRef() func() int {
	var b [17]int // ERROR "moved to heap: b$"
	return func() int { return b[1] } // ERROR "func literal escapes to heap$"
}

func bigExact() func() int {
	var b [16]int
	return func() int { return b[1] } // ERROR "func literal escapes to heap$"
}

func methodValueBig() func() int {
	var b Big
	return b.Sum // ERROR "b\.Sum escapes to heap$"
}

func methodValuePtrBig() func() int {
	var b Big // ERROR "moved to heap: b$"
	return b.PSum // ERROR "b\.PSum escapes to heap$"
}

func captureInLoopDecl() []func() int {
	var fs []func() int
	for i := 0; i < 2; i++ {
		z := i
		z++
		fs = append(fs, func() int { return z }) // ERROR "func literal escapes to heap$"
	}
	return fs
}

func addrOfCaptured() func() *int {
	w := 1 // ERROR "moved to heap: w$"
	return func() *int { return &w } // ERROR "func literal escapes to heap$"
}

func twoClosuresShare() (func() int, func()) {
	v := 0 // ERROR "moved to heap: v$"
	return func() int { return v }, func() { v++ } // ERROR "func literal escapes to heap$"
}

func main() {
	println(reassignBefore()(), reassignAfter()(), reassignInLoopBefore()(), reassignInClosure()())
	println(captureParam(1)(), captureParamReassigned(1)())
	r, f := captureResult()
	println(r, f(), innerOnly()()(), bigByRef()(), bigExact()(), methodValueBig()(), methodValuePtrBig()())
	println(len(captureInLoopDecl()), addrOfCaptured()())
	g, h := twoClosuresShare()
	h()
	println(g())
}
