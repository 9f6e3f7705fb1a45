// Results beyond the seventh have no slot in a parameter tag: a leak to
// one of them is a leak to the heap.  Also blank and unnamed parameters,
// blank assignments, copies from local arrays, deep dereference levels.
package main

type T struct {
	p *int
	n int
}

var sink *int

func eight(p *int) (a, b, c, d, e, f, g, h *int) { // ERROR "leaking param: p$"
	h = p
	return
}

func seventh(p *int) (a, b, c, d, e, f, g *int) { // ERROR "leaking param: p to result g level=0$"
	g = p
	return
}

func eightDeref(pp **int) (a, b, c, d, e, f, g, h *int) { // ERROR "leaking param content: pp$"
	h = *pp
	a = *pp
	return
}

func unnamedParam(*int) {}

func blankParam(_ *int, q *int) *int { return q } // ERROR "leaking param: q to result ~r0 level=0$"

func blankAssign() int {
	x := 1
	_ = &x
	return x
}

func copyFromArray(d []int) int { // ERROR "d does not escape$"
	var arr [4]int
	return copy(d, arr[:])
}

func copyPtrArray(d []*int) int { // ERROR "d does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	arr := [1]*int{&x}
	return copy(d, arr[:])
}

func structValueReturn() T {
	x := 1 // ERROR "moved to heap: x$"
	t := T{p: &x}
	return t
}

func resetPtr() int {
	x := 1
	p := &x
	p = nil
	_ = p
	return x
}

func callEight() *int {
	var y int // ERROR "moved to heap: y$"
	_, _, _, _, _, _, _, h := eight(&y)
	return h
}

func callSeventh() int {
	var z int
	_, _, _, _, _, _, g := seventh(&z)
	return *g
}

func deepLevels(p ****int) ***int { // ERROR "leaking param: p to result ~r0 level=1$"
	return *p
}

func manyDerefs(p *****int) *int { // ERROR "leaking param: p to result ~r0 level=4$"
	return ****p
}

func main() {
	println(eight(nil))
	println(seventh(nil))
	println(eightDeref(nil))
	unnamedParam(nil)
	println(blankParam(nil, nil), blankAssign(), copyFromArray(nil), copyPtrArray(nil), structValueReturn().n, resetPtr())
	println(callEight(), callSeventh(), deepLevels(nil), manyDerefs(nil))
}
