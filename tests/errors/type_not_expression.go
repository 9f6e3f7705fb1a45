// Tests using a type where a value is expected.
package main

func main() {
	println(int) // ERROR "int \(type\) is not an expression"
	x := string // ERROR "string \(type\) is not an expression"
	_ = x
}
