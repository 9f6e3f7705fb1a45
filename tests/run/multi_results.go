// Tests functions with multiple results, passing them to assignments and other calls.
package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) { return b, a }

func add(a, b int) int { return a + b }

func three() (int, bool, string) { return 1, true, "three" }

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	x, y := swap("a", "b")
	println(x, y)
	println(add(divmod(9, 4)))
	i, b, s := three()
	println(i, b, s)
	_, r2 := divmod(100, 7)
	println(r2)
	var p, q2 int
	p, q2 = divmod(-7, 2)
	println(p, q2)
}
