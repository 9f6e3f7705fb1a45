// Tests untyped constants converted by context in shift expressions.
package main

func main() {
	var s uint = 2
	var f float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	println(f)
}
