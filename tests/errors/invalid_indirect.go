// Tests dereferencing a value that is not a pointer.
package main

func main() {
	x := 1
	println(*x) // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
}
