// Tests an interface embedding a non-interface type (a constraint, not
// usable as a value type), and wrong arguments and results of a method
// called through an interface.
package main

type T struct{}

type I interface {
	T
	M(x int) string
}

type J interface{ M(x int) string }

func main() {
	var i I // ERROR "cannot use type I outside a type constraint: interface contains type constraints"
	_ = i
	var j J
	_ = j.M("s") // ERROR "cannot use .s. \(untyped string constant\) as int value in argument to j\.M"
	var n int = j.M(1) // ERROR "cannot use j\.M\(1\) \(value of type string\) as type int in variable declaration"
	_ = n
}
