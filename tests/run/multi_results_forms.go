// Multiple results: passing f() to g(a, b), swap, ignoring with blank, chained calls.
package main

func pair(a, b int) (int, int) { return b, a }

func sum(a, b int) int { return a + b }

func three() (int, string, bool) { return 1, "two", true }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	println(sum(pair(3, 4)))
	a, b := pair(pair(1, 2))
	println(a, b)
	x, _, z := three()
	println(x, z)
	q, r := divmod(17, 5)
	println(q, r)
	q, r = divmod(-17, 5)
	println(q, r)
	var arr [2]int
	arr[0], arr[1] = pair(8, 9)
	println(arr[0], arr[1])
	s := []int{0, 0}
	i := 0
	i, s[i] = 1, 5
	println(i, s[0], s[1])
}
