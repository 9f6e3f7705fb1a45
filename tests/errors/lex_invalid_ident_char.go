// Tests a combining mark (not a letter or digit) inside an identifier.
package main

func main() {
	xٟ := 1 // ERROR "invalid character U\+065F .ٟ. in identifier"
	println(xٟ) // ERROR "invalid character U\+065F .ٟ. in identifier"
}
