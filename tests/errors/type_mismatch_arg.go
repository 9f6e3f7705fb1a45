// Tests passing arguments of the wrong type.
package main

func f(s string, n int) {}

func main() {
	x := 1
	f(x, 2) // ERROR "cannot use x \(variable of type int\) as type string in argument to f"
	f("a", "b") // ERROR "cannot use .b. \(untyped string constant\) as int value in argument to f"
}
