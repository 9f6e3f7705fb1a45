// Methods with value and pointer receivers, promoted methods and method values.
package main

type T struct {
	x int
	p *int
}

type E struct {
	T
	q *int
}

type PE struct {
	*T
}

var sink *int
var sinkT *T

func (t *T) Get() *int       { return t.p } // ERROR "leaking param: t to result ~r0 level=1$"
func (t *T) Self() *T        { return t } // ERROR "leaking param: t to result ~r0 level=0$"
func (t *T) Leak()           { sinkT = t } // ERROR "leaking param: t$"
func (t *T) Set(p *int)      { t.p = p } // ERROR "t does not escape$" "leaking param: p$"
func (t T) Val() *int        { return t.p } // ERROR "leaking param: t to result ~r0 level=0$"
func (t T) Addr() *int       { return &t.x } // ERROR "moved to heap: t$"
func (t *T) X() int          { return t.x } // ERROR "t does not escape$"
func (e *E) Both() (*int, *int) { return e.p, e.q } // ERROR "leaking param: e to result ~r0 level=1$" "leaking param: e to result ~r1 level=1$"

func useMethods() {
	var t T
	println(t.Get(), t.Self(), t.Val(), t.Addr(), t.X())
	var u T // ERROR "moved to heap: u$"
	u.Leak()
	var v int // ERROR "moved to heap: v$"
	var w T
	w.Set(&v)
	var e E
	println(e.Get(), e.X())
	a, b := e.Both()
	println(a, b)
	pe := PE{T: &T{}} // ERROR "&T\{\} does not escape$"
	println(pe.Get())
}

func methodValues() int {
	var t T
	f := t.X // ERROR "t\.X does not escape$"
	g := t.Val // ERROR "t\.Val does not escape$"
	println(g())
	return f()
}

func methodValueEscapes() func() int {
	t := &T{} // ERROR "&T\{\} escapes to heap$"
	return t.X // ERROR "t\.X escapes to heap$"
}

func methodExpr() *int {
	var t T
	f := (*T).Get
	return f(&t)
}

func main() {
	useMethods()
	println(methodValues(), methodValueEscapes()(), methodExpr())
}
