// Type assertions pass pointers through: x.(*T) returned or stored makes
// the parameter leak; assertions to interfaces and comma-ok forms too.
package main

type T struct {
	n int
	p *int
}

type I interface{ Get() *int }

func (t *T) Get() *int { return t.p } // ERROR "leaking param: t to result ~r0 level=1$"

var sinkT *T
var sinkP *int
var sinkI I

func assertReturn(x interface{}) *T { // ERROR "leaking param: x to result ~r0 level=0$"
	return x.(*T)
}

func assertStore(x interface{}) { // ERROR "leaking param: x$"
	sinkT = x.(*T)
}

func assertField(x interface{}) *int { // ERROR "leaking param: x to result ~r0 level=1$"
	return x.(*T).p
}

func assertOk(x interface{}) *T { // ERROR "leaking param: x to result ~r0 level=0$"
	if t, ok := x.(*T); ok {
		return t
	}
	return nil
}

func assertValue(x interface{}) int { // ERROR "x does not escape$"
	return x.(T).n
}

func assertIface(x interface{}) I { // ERROR "leaking param: x to result ~r0 level=0$"
	return x.(I)
}

func assertIfaceStore(x interface{}) { // ERROR "leaking param: x$"
	if i, ok := x.(I); ok {
		sinkI = i
	}
}

func assertLocal(x interface{}) bool { // ERROR "x does not escape$"
	_, ok := x.(*T)
	return ok
}

func caller() {
	v := 1
	t := &T{1, &v} // ERROR "&T\{\.\.\.\} does not escape$"
	_ = assertReturn(t)
	u := T{2, nil}
	_ = assertValue(u) // ERROR "u does not escape$"
	w := &T{} // ERROR "&T\{\} does not escape$"
	_ = assertLocal(w)
}

func main() {
	caller()
	assertStore(nil)
	_ = assertField(nil)
	_ = assertOk(nil)
	_ = assertIface(nil)
	assertIfaceStore(nil)
}
