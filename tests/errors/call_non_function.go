// Tests calling a value that is not a function.
package main

func main() {
	x := 1
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	s := "s"
	println(s(1)) // ERROR "cannot call non-function s"
}
