// Variadic calls with and without spread; the spread slice is shared, not copied.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
}

func info(prefix string, xs ...int) {
	println(prefix, len(xs), cap(xs), xs == nil)
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	println(sum(s...))
	zero(s...)
	println(s[0], s[1], s[2])
	a := []int{1, 2, 3}
	zero(a[1], a[2])
	println(a[1], a[2])
	info("none")
	info("nil", nil...)
	info("two", 1, 2)
	info("spread", s[:2]...)
	var empty []int
	info("empty", empty...)
}
