// Tests closures returning several results, and named results modified in the closure.
package main

func minmax(xs []int) (lo, hi int) {
	update := func(v int) {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		update(x)
	}
	return
}

func main() {
	println(minmax([]int{5, -3, 9, 0}))
	split := func(s string) (string, string) { return s[:1], s[1:] }
	a, b := split("hello")
	println(a, b)
}
