// Composite literals and interfaces: boxed struct literals, &T{} in an
// interface, []interface{}{...} slices and arrays of interfaces.
package main

type P struct{ x, y int }

var sink interface{}
var sinkS []interface{}

func boxedLiteral(n int) {
	sink = P{n, n} // ERROR "P\{\.\.\.\} escapes to heap$"
	sink = &P{n, 0} // ERROR "&P\{\.\.\.\} escapes to heap$"
	sink = [2]int{n, n} // ERROR "\[2\]int\{\.\.\.\} escapes to heap$"
}

func sliceLocal(a, b int) int {
	xs := []interface{}{a, b, "c"} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "a does not escape$" "b does not escape$" ".c. does not escape$"
	return len(xs)
}

func sliceStored(a int, s string) { // ERROR "leaking param: s$"
	sinkS = []interface{}{a, s} // ERROR "\[\]interface \{\}\{\.\.\.\} escapes to heap$" "a escapes to heap$" "s escapes to heap$"
}

func sliceElementStored(a int) {
	xs := []interface{}{a, 2} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "a escapes to heap$" "2 escapes to heap$"
	sink = xs[0]
}

func arrayLocal(a int) bool {
	arr := [3]interface{}{a, P{}, nil} // ERROR "a does not escape$" "P\{\} does not escape$"
	return arr[0] == arr[1]
}

func arrayStored(a int) {
	arr := [2]interface{}{a, a + 1} // ERROR "a escapes to heap$" "a \+ 1 escapes to heap$"
	sink = arr // ERROR "arr escapes to heap$"
}

func structWithIface(a int) {
	type Holder struct {
		v interface{}
		n int
	}
	h := Holder{a, 1} // ERROR "a escapes to heap$"
	sink = h.v
	h2 := &Holder{v: a} // ERROR "&Holder\{\.\.\.\} does not escape$" "a does not escape$"
	_ = h2
}

func main() {
	boxedLiteral(1)
	_ = sliceLocal(1, 2)
	sliceStored(1, "s")
	sliceElementStored(3)
	_ = arrayLocal(4)
	arrayStored(5)
	structWithIface(6)
}
