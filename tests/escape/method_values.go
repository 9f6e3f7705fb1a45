// Methods: value and pointer receivers, method values bound to values and
// pointers, method expressions, and calls through embedded fields.
package main

type Counter struct {
	n   int
	ref *int
}

type Wrapper struct {
	Counter
	extra *int
}

type PtrWrapper struct {
	*Counter
}

type Deep struct {
	Wrapper
}

var sink *int
var sinkC *Counter
var sinkF func() *int

func (c Counter) Ref() *int     { return c.ref } // ERROR "leaking param: c to result ~r0 level=0$"
func (c *Counter) PRef() *int   { return c.ref } // ERROR "leaking param: c to result ~r0 level=1$"
func (c *Counter) Me() *Counter { return c } // ERROR "leaking param: c to result ~r0 level=0$"
func (c *Counter) Inc()         { c.n++ } // ERROR "c does not escape$"
func (c *Counter) Keep()        { sinkC = c } // ERROR "leaking param: c$"
func (c Counter) KeepRef()      { sink = c.ref } // ERROR "leaking param: c$"
func (c *Counter) Put(p *int)   { c.ref = p } // ERROR "c does not escape$" "leaking param: p$"

func methodValueOfValue() *int {
	var c Counter
	f := c.Ref // ERROR "c\.Ref does not escape$"
	return f()
}

func methodValueOfPointer() *int {
	c := &Counter{} // ERROR "&Counter\{\} does not escape$"
	f := c.PRef // ERROR "c\.PRef does not escape$"
	return f()
}

func methodValueStored() {
	c := &Counter{} // ERROR "&Counter\{\} escapes to heap$"
	sinkF = c.PRef // ERROR "c\.PRef escapes to heap$"
}

func methodValueReturned() func() *int {
	var c Counter
	return c.Ref // ERROR "c\.Ref escapes to heap$"
}

func methodExprValue() *int {
	var c Counter
	f := Counter.Ref
	return f(c)
}

func methodExprPointer() *Counter {
	var c Counter // ERROR "moved to heap: c$"
	f := (*Counter).Me
	return f(&c)
}

func methodExprDirect() {
	var c Counter // ERROR "moved to heap: c$"
	(*Counter).Inc(&c)
	(*Counter).Keep(&c)
}

func embeddedValue() *int {
	var w Wrapper
	w.Inc()
	return w.PRef()
}

func embeddedKeep() {
	var w Wrapper // ERROR "moved to heap: w$"
	w.Keep()
}

func embeddedPtr(c *Counter) *int { // ERROR "leaking param: c to result ~r0 level=1$"
	pw := PtrWrapper{c}
	pw.Inc()
	return pw.PRef()
}

func deepEmbedded() *Counter {
	var d Deep // ERROR "moved to heap: d$"
	return d.Me()
}

func deepValueMethod() *int {
	var d Deep
	return d.Ref()
}

func embeddedMethodValue() int {
	var w Wrapper
	f := w.Inc // ERROR "w\.Counter\.Inc does not escape$"
	f()
	return w.n
}

func putLocal() int {
	var c Counter
	x := 1 // ERROR "moved to heap: x$"
	c.Put(&x)
	return c.n
}

func keepRefValue() {
	var y int // ERROR "moved to heap: y$"
	c := Counter{ref: &y}
	c.KeepRef()
}

func main() {
	println(methodValueOfValue(), methodValueOfPointer(), methodValueReturned()(), methodExprValue(), methodExprPointer())
	methodValueStored()
	methodExprDirect()
	println(embeddedValue(), embeddedPtr(&Counter{}), deepEmbedded(), deepValueMethod(), embeddedMethodValue(), putLocal()) // ERROR "&Counter\{\} does not escape$"
	embeddedKeep()
	keepRefValue()
}
