// Tests use of an undefined variable.
package main

func main() {
	x := 1
	println(x + y) // ERROR "undefined: y"
}
