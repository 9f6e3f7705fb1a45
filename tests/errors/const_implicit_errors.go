// Tests that errors in a repeated (implicit) constant expression are
// reported at the constant that repeats it.
package main

const (
	ok = byte(iota + 253)
	bad
	barn
	bard // ERROR "cannot convert iota \+ 253 \(untyped int constant 256\) to type byte"
)

const (
	c = len([1 - iota]int{})
	d
	e // ERROR "invalid array length 1 - iota \(untyped int constant -1\)"
)

func main() {}
