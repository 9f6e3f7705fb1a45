// Calls through interfaces have no known callee: the receiver and every
// argument reach the heap.  Interface method values are closures over
// the interface value; comparisons of interfaces keep nothing.  gc also
// writes a wrapper I.M for every method of a named interface, and the
// promoted methods of a type embedding an interface (seen at -m=2).
package main

type T struct{ a int }

func (t T) M(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

type I interface{ M(p *int) *int }

type K interface {
	I
	V(xs ...*int)
	r() (a, b *int)
	N(*int, []int)
	B(_ *int, s []int)
}

type S struct {
	I
	n int
}

type P struct {
	*S
}

var sink interface{}
var isink I

func mk() I { return T{} } // ERROR "T\{\} escapes to heap$"

func calls(i I, k K, x int) *int { // ERROR "leaking param: i$" "leaking param: k$" "moved to heap: x$"
	y := 1 // ERROR "moved to heap: y$"
	i.M(&y)
	z := 2 // ERROR "moved to heap: z$"
	k.V(&z, nil) // ERROR "\.\.\. argument escapes to heap$"
	mk().M(nil)
	f := i.M // ERROR "i\.M does not escape$"
	f(nil)
	g := k.M // ERROR "k\.M does not escape$"
	_ = g
	_ = i == isink
	_ = sink == isink
	return k.M(&x)
}

func embedded(s S, p *P) { // ERROR "leaking param: s$" "leaking param content: p$"
	w := 3 // ERROR "moved to heap: w$"
	s.M(&w)
	p.M(nil)
}

func main() {
	calls(T{}, nil, 1) // ERROR "T\{\} escapes to heap$"
	embedded(S{}, nil)
}
