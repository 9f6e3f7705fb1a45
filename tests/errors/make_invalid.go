// Tests make with a non-slice type, missing length, and len > cap constants.
package main

func main() {
	a := make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	b := make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	c := make([]int, 5, 2) // ERROR "invalid argument: length and capacity swapped"
	println(a, b, c)
}
