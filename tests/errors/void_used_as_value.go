// Tests using the result of a function that returns nothing.
package main

func f() {}

func main() {
	x := f() // ERROR "f\(\) \(no value\) used as value"
	println(f()) // ERROR "f\(\) \(no value\) used as value"
	_ = x
}
