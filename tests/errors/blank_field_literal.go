// Tests that a blank struct field cannot be named in a composite literal.
package main

type T struct {
	_ int
	a string
}

func main() {
	y := T{_: 1, a: "x"} // ERROR "unknown field '_' in struct literal of type T"
	println(y.a)
}
