// Tests a constraint interface (one with type terms) used as a struct
// field type, which only type parameters may use.
package main

type Number interface {
	int | float64
}

type Box struct {
	n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
}

func main() {
	var b Box
	_ = b
}
