// Tests indexing and slicing a value of a type that cannot be indexed.
package main

func main() {
	x := 1
	println(x[0]) // ERROR "invalid operation: cannot index x \(variable of type int\)"
	b := true
	println(b[1:]) // ERROR "invalid operation: cannot slice b \(variable of type bool\)"
}
