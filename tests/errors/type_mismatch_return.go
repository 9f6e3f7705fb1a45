// Tests returning a value of the wrong type.
package main

func f() int {
	return "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in return statement"
}

func g() (bool, string) {
	return 1, "x" // ERROR "cannot use 1 \(untyped int constant\) as bool value in return statement"
}

func main() {
	f()
	g()
}
