// Tests the ! operator on an integer and unary minus on a string.
package main

func main() {
	x := 1
	println(!x) // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	s := "s"
	println(-s) // ERROR "operator - not defined on s"
}
