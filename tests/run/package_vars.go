// Tests package-level variables initialised in dependency order, not declaration order.
package main

var a = b + c
var b = f("b")
var c = f("c")
var d = 3

var total int

func f(s string) int {
	println("init", s, d)
	total++
	return d * 2
}

var x, y = pair()

func pair() (int, int) {
	println("pair")
	return 1, 2
}

var e = g()

func g() int { return a + 1 }

func main() {
	println(a, b, c, d, e, x, y, total)
}
