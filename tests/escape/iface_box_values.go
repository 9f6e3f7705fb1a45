// Converting non-pointer values to interfaces: the box escapes or not
// depending on where the interface goes; the column depends on the
// context (return, call argument, assignment, explicit conversion).
package main

type I interface{ M() int }

type V struct{ a, b int }

func (v V) M() int { return v.a }

var sink interface{}
var sinkI I

func use(x interface{}) {} // ERROR "x does not escape$"

func keep(x interface{}) { sink = x } // ERROR "leaking param: x$"

func returnInt(n int) interface{} {
	return n // ERROR "n escapes to heap$"
}

func returnStruct(a int) I {
	v := V{a, a}
	return v // ERROR "v escapes to heap$"
}

func assignGlobal(n int, s string) { // ERROR "leaking param: s$"
	sink = n // ERROR "n escapes to heap$"
	sink = s // ERROR "s escapes to heap$"
	sinkI = V{n, 1} // ERROR "V\{\.\.\.\} escapes to heap$"
}

func argNoEscape(n int, v V) {
	use(n) // ERROR "n does not escape$"
	use(v) // ERROR "v does not escape$"
	use(V{n, 2}) // ERROR "V\{\.\.\.\} does not escape$"
}

func argEscape(n int, v V) {
	keep(n) // ERROR "n escapes to heap$"
	keep(v) // ERROR "v escapes to heap$"
	keep(interface{}(n + 1)) // ERROR "\(interface \{\}\)\(n \+ 1\) escapes to heap$"
}

func explicitConv(n int, f float64) int {
	x := interface{}(n) // ERROR "\(interface \{\}\)\(n\) does not escape$"
	y := I(V{n, n}) // ERROR "I\(V\{\.\.\.\}\) does not escape$"
	z := interface{}(f) // ERROR "\(interface \{\}\)\(f\) does not escape$"
	_ = z
	sink = interface{}(f * 2) // ERROR "\(interface \{\}\)\(f \* 2\) escapes to heap$"
	sinkI = I(V{}) // ERROR "I\(V\{\}\) escapes to heap$"
	return x.(int) + y.M() // ERROR "devirtualizing y\.M to V$"
}

func localOnly(n int) bool {
	var a, b interface{} = n, n + 1 // ERROR "n does not escape$" "n \+ 1 does not escape$"
	return a == b
}

func strings(s string, b []byte) { // ERROR "s does not escape$" "leaking param: b$"
	sink = s + "x" // ERROR "s \+ .x. escapes to heap$"
	keep(string(b)) // ERROR "string\(b\) escapes to heap$"
	use(s) // ERROR "s does not escape$"
	sink = b // ERROR "b escapes to heap$"
}

func main() {
	_ = returnInt(1)
	_ = returnStruct(2)
	assignGlobal(3, "s")
	argNoEscape(4, V{})
	argEscape(5, V{})
	_ = explicitConv(6, 1.5)
	_ = localOnly(7)
	strings("a", nil)
}
