// Tests if/else chains, if with an init statement and scoping of the init variable.
package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func sq(n int) int { return n * n }

func main() {
	println(classify(-5), classify(0), classify(7), classify(70))
	x := 1
	if x := sq(4); x > 10 {
		println("inner", x)
	} else {
		println("else", x)
	}
	println("outer", x)
	if y := sq(2); y > 10 {
		println("big", y)
	} else if z := y * 2; z == 8 {
		println("z", y, z)
	}
	if b := x == 1; b {
		println("b true")
	}
}
