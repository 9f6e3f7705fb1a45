// Tests number literals with no digits after the prefix and misplaced underscores.
package main

func main() {
	a := 0x // ERROR "hexadecimal literal has no digits"
	b := 1__0 // ERROR "'_' must separate successive digits"
	println(a, b)
}
