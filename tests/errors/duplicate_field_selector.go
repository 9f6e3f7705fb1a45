// Tests that a duplicate struct field is reported once and dropped, so
// selecting it is not also called ambiguous.
package main

type T struct {
	x int
	x int // ERROR "x redeclared"
}

func main() {
	var t T
	println(t.x)
}
