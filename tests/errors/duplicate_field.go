// Tests a struct type declaring the same field twice.
package main

type T struct {
	a int
	b string
	a float64 // ERROR "a redeclared"
}

func main() {
	var t T
	_ = t
}
