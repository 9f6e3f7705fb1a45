// Tests a struct type that contains itself by value.
package main

type T struct { // ERROR "invalid recursive type T"
	a int
	t T
}

func main() {
	var t T
	_ = t
}
