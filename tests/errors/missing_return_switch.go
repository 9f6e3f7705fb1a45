// Tests missing return after a switch without default and after a labeled loop with break.
package main

func f(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func g() int {
L:
	for {
		break L
	}
} // ERROR "missing return"

func main() {
	println(f(1), g())
}
