// Tests ++ and -- on non-numeric operands.
package main

func main() {
	s := "a"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b := true
	b-- // ERROR "non-numeric type bool"
	println(s, b)
}
