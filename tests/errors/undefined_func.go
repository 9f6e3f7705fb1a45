// Tests a call of an undefined function and an undefined type.
package main

func main() {
	foo(1) // ERROR "undefined: foo"
	var t Thing // ERROR "undefined: Thing"
	_ = t
}
