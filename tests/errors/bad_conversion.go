// Tests conversions that are not allowed.
package main

func main() {
	println(int("a")) // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	s := "x"
	println(float64(s)) // ERROR "cannot convert s \(variable of type string\) to type float64"
	b := true
	println(int(b)) // ERROR "cannot convert b \(variable of type bool\) to type int"
}
