// Tests constants out of range for runes, bytes and strings conversions.
package main

func main() {
	var r rune = 1 << 40 // ERROR "cannot use 1 << 40 \(untyped int constant 1099511627776\) as rune value in variable declaration \(overflows\)"
	var b byte = '世' // ERROR "cannot use '世' \(untyped rune constant 19990\) as byte value in variable declaration \(overflows\)"
	println(r, b)
}
