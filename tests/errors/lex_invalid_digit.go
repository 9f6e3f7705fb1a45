// Tests invalid digits in octal, binary and decimal literals.
package main

func main() {
	a := 0o18 // ERROR "invalid digit '8' in octal literal"
	b := 0b102 // ERROR "invalid digit '2' in binary literal"
	c := 09 // ERROR "invalid digit '9' in octal literal"
	println(a, b, c)
}
