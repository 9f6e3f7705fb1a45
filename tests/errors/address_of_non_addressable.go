// Tests taking the address of values that are not addressable.
package main

func f() int { return 1 }

func main() {
	p := &f() // ERROR "cannot take address of f\(\)"
	q := &1 // ERROR "cannot take address of 1"
	println(p, q)
}
