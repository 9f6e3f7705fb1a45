// Parameters of interface type: leaking to the heap, to a result, only
// their content, or not at all; what that means for the caller's boxes.
package main

type I interface{ M() int }

type S struct{ a, b, c int }

func (s S) M() int { return s.a }

var sink interface{}
var sinkI I

func ignore(x interface{}) bool { return x == nil } // ERROR "x does not escape$"

func store(x interface{}) { sink = x } // ERROR "leaking param: x$"

func storeI(i I) { sinkI = i } // ERROR "leaking param: i$"

func pass(x interface{}) interface{} { return x } // ERROR "leaking param: x to result ~r0 level=0$"

func compare(x, y interface{}) bool { return x == y } // ERROR "x does not escape$" "y does not escape$"

func assertInt(x interface{}) int { return x.(int) } // ERROR "x does not escape$"

func content(xs []interface{}) { // ERROR "leaking param content: xs$"
	sink = xs[0]
}

func holder(xs []interface{}) interface{} { // ERROR "leaking param: xs to result ~r0 level=1$"
	return xs[1]
}

func caller(n int, s S) {
	_ = ignore(n) // ERROR "n does not escape$"
	store(n) // ERROR "n escapes to heap$"
	storeI(s) // ERROR "s escapes to heap$"
	_ = pass(s) // ERROR "s does not escape$"
	sink = pass(n) // ERROR "n escapes to heap$"
	_ = compare(n, s) // ERROR "n does not escape$" "s does not escape$"
	_ = assertInt(n) // ERROR "n does not escape$"
	local := []interface{}{n, s} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "n escapes to heap$" "s escapes to heap$"
	content(local)
	_ = holder(local)
}

func main() {
	caller(1, S{})
}
