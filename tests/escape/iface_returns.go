// Interfaces as results: returned boxes escape; constants, zero-size
// values and small values in interfaces; results passed back in.
package main

type E struct{}

type Pair struct{ a, b int }

func constInt() interface{} {
	return 42 // ERROR "42 escapes to heap$"
}

func constString() interface{} {
	return "hello" // ERROR ".hello. escapes to heap$"
}

func constBool() interface{} {
	return true // ERROR "true escapes to heap$"
}

func zeroSize() interface{} {
	return E{} // ERROR "E\{\} escapes to heap$"
}

func variable(n int) interface{} {
	return n // ERROR "n escapes to heap$"
}

func literal(n int) interface{} {
	return Pair{n, n} // ERROR "Pair\{\.\.\.\} escapes to heap$"
}

func named() (r interface{}) {
	p := Pair{1, 2}
	r = p // ERROR "p escapes to heap$"
	return
}

func multi(n int) (interface{}, interface{}) {
	return n, "x" // ERROR "n escapes to heap$" ".x. escapes to heap$"
}

func forward(n int) interface{} {
	return variable(n)
}

func byteVal(b byte) interface{} {
	return b // ERROR "b escapes to heap$"
}

func nilIface() interface{} {
	return nil
}

func main() {
	_ = constInt()
	_ = constString()
	_ = constBool()
	_ = zeroSize()
	_ = variable(1)
	_ = literal(2)
	_ = named()
	_, _ = multi(3)
	_ = forward(4)
	_ = byteVal(5)
	_ = nilIface()
}
