// Tests unused variables inside function literals.
package main

func main() {
	f := func() {
		x := 1 // ERROR "x declared but not used"
	}
	f()
}
