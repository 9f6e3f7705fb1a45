// Tests tuple assignment with mismatched counts.
package main

func main() {
	a, b := 1, 2
	a, b = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	a = 1, 2 // ERROR "assignment mismatch: 1 variable but 2 values"
	println(a, b)
}
