// Tests builtins called with the wrong number or kind of arguments.
package main

func main() {
	println(len()) // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	println(len(1)) // ERROR "invalid argument: 1 \(untyped int constant\) for len"
	println(cap("s")) // ERROR "invalid argument: .s. \(untyped string constant\) for cap"
	s := []int{}
	n := copy(s) // ERROR "not enough arguments for copy"
	println(n)
}
