// Switch with fallthrough chains, default in the middle, and init statements.
package main

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "small "
	case n > 100:
		s += "big "
		fallthrough
	default:
		s += "default "
		fallthrough
	case n == 50:
		s += "fifty "
	}
	return s
}

func main() {
	for _, n := range []int{-5, 0, 50, 7, 200} {
		println(n, classify(n))
	}
	switch x := 3; x {
	case 1, 2:
		println("one or two")
	case 3, 4:
		println("three or four")
		fallthrough
	case 5:
		println("five (fell)")
	}
	switch y := 10; {
	case y > 5:
		println("y>5")
	}
}
