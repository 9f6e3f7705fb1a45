// Type assertions and type switches: x.(T) is x's data word itself for
// an interface or pointer-shaped T, else what it points to; each clause
// of a type switch has its own variable, declared at the clause's colon.
package main

type T struct {
	a int
	p *int
}

func (t T) M() int { return t.a } // ERROR "t does not escape$"

type I interface{ M() int }

var sink interface{}
var isink I
var ps *T
var pi *int

func asserts(x interface{}) *int { // ERROR "leaking param: x$"
	q := x.(T)
	p := x.(*int)
	i, ok := x.(I)
	_ = ok
	isink = i
	pi = q.p
	return p
}

func commaok(x interface{}) { // ERROR "leaking param: x$"
	t, ok := x.(*T)
	_ = ok
	ps = t
	var u, ok2 = x.(T) // ERROR "moved to heap: u$"
	_ = ok2
	ps = &u
}

func content(x I) *int { // ERROR "leaking param: x to result ~r0 level=1$"
	return x.(T).p
}

func tsw(x interface{}) { // ERROR "leaking param: x$"
	switch y := x.(type) {
	case T: // ERROR "moved to heap: y$"
		ps = &y
	case *int, string:
		sink = y
	case nil:
		isink = nil
	default:
		_ = y
	}
}

func tswNoBind(x interface{}) int { // ERROR "x does not escape$"
	switch x.(type) {
	case T:
		return 1
	}
	return 0
}

func tswLoop(xs []interface{}) { // ERROR "leaking param content: xs$"
	for _, x := range xs {
		switch v := x.(type) {
		case *T:
			ps = v
		case T:
			pi = v.p
		}
	}
}

func main() {
	asserts(T{}) // ERROR "T\{\} escapes to heap$"
	commaok(nil)
	content(T{}) // ERROR "T\{\} does not escape$"
	tsw(nil)
	tswNoBind(nil)
	tswLoop(nil)
}
