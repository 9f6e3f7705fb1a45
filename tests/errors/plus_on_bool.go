// Tests arithmetic operators on booleans.
package main

func main() {
	a, b := true, false
	println(a + b) // ERROR "operator \+ not defined on a"
	println(a < b) // ERROR "invalid operation: a < b \(operator < not defined on bool\)"
}
