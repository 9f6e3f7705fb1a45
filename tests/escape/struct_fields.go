// Struct fields through values and pointers, embedded structs, nested literals.
package main

type Inner struct {
	p *int
	v int
}

type Outer struct {
	Inner
	in  *Inner
	arr [2]Inner
}

var sinkI *Inner
var sink *int

func valueField(o Outer) *int { // ERROR "leaking param: o to result ~r0 level=0$"
	return o.p
}

func ptrField(o *Outer) *int { // ERROR "leaking param: o to result ~r0 level=2$"
	return o.in.p
}

func embeddedPtr(o *Outer) *Inner { // ERROR "leaking param: o to result ~r0 level=0$"
	return &o.Inner
}

func arrField(o *Outer) *int { // ERROR "leaking param: o to result ~r0 level=1$"
	return o.arr[1].p
}

func storeLocal() int {
	var x int
	var o Outer
	o.p = &x
	o.arr[0].p = &x
	return o.v
}

func storeThrough(o *Outer) { // ERROR "o does not escape$"
	var x int // ERROR "moved to heap: x$"
	o.in.p = &x
}

func literal() *Outer {
	var x int // ERROR "moved to heap: x$"
	return &Outer{Inner: Inner{p: &x}, in: &Inner{v: 1}} // ERROR "&Outer\{\.\.\.\} escapes to heap$" "&Inner\{\.\.\.\} escapes to heap$"
}

func literalLocal() int {
	var x int
	o := Outer{in: &Inner{p: &x}} // ERROR "&Inner\{\.\.\.\} does not escape$"
	return o.in.v
}

func fieldAddr() *int {
	var o Outer // ERROR "moved to heap: o$"
	return &o.v
}

func heapField(o *Outer) { // ERROR "leaking param content: o$"
	sinkI = o.in
}

func main() {
	var o Outer
	println(valueField(o), ptrField(&o), embeddedPtr(&o), arrField(&o), storeLocal())
	storeThrough(&o)
	println(literal(), literalLocal(), fieldAddr())
	heapField(&o)
}
