// Tests local variables declared but never used.
package main

func main() {
	x := 1 // ERROR "x declared but not used"
	var y int // ERROR "y declared but not used"
	z := 2 // ERROR "z declared but not used"
	z = 3
	a, b := 1, 2 // ERROR "a declared but not used"
	println(b)
}
