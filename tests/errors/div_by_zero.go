// Tests integer division and modulo by a constant zero.
package main

func main() {
	x := 10
	println(x / 0) // ERROR "invalid operation: division by zero"
	println(x % 0) // ERROR "invalid operation: division by zero"
	const c = 1 / 0 // ERROR "invalid operation: division by zero"
	println(c)
}
