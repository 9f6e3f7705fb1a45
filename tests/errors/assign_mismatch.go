// Tests assignment count mismatches in := and =.
package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var c int
	c = two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	d, e, f := two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	println(a, b, c, d, e, f)
}
