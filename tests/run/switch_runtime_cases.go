// Switch with runtime case values: the first matching case wins, and cases are evaluated lazily.
package main

var evals int

func val(n int) int {
	evals++
	return n
}

func main() {
	x := 2
	switch x {
	case val(1), val(2), val(2):
		println("first match")
	case val(2):
		println("second")
	}
	println(evals)
	switch true {
	case x > 5:
		println("big")
	case x > 1:
		println("mid")
	default:
		println("small")
	}
	f := 2.5
	switch f {
	case 2.5:
		println("float match")
	}
	s := "b"
	switch s + s {
	case "aa":
		println("aa")
	case "bb":
		println("bb")
		fallthrough
	default:
		println("fell to default")
	}
	switch b := x == 2; b {
	case false:
		println("false")
	case true:
		println("true")
	}
}
