// Tests fallthrough, tagless switches, switch with init and evaluation order of cases.
package main

var calls int

func val(n int) int {
	calls++
	println("eval", n)
	return n
}

func main() {
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			println("zero")
			fallthrough
		case 1:
			println("zero or one")
			fallthrough
		default:
			println("default", i)
		case 3:
			println("three")
		}
	}
	x := 7
	switch {
	case x > 10:
		println("big")
	case x > 5:
		println("medium")
		fallthrough
	case x > 100:
		println("fell into x > 100")
	}
	switch y := x * 2; {
	case y == 14:
		println("fourteen")
	}
	switch val(2) {
	case val(1), val(2), val(3):
		println("matched")
	case val(4):
	}
	println(calls)
}
