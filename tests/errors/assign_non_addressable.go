// Tests assignments to values that are not addressable: call results, string bytes, constants.
package main

func f() int { return 1 }

const c = 5

func main() {
	f() = 2 // ERROR "cannot assign to f\(\) \(value of type int\)"
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	c = 6 // ERROR "cannot assign to c \(untyped int constant 5\)"
	println(s)
}
