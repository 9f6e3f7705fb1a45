// Tests variadic functions: zero, one and many arguments, passing a slice with ..., mixed params.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func count(xs ...int) (int, bool) { return len(xs), xs == nil }

func modify(xs ...int) { xs[0] = 99 }

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	println(sum(s...))
	println(join(", ", "a", "b", "c"), join("-"))
	println(count())
	println(count(s...))
	modify(s...)
	println(s[0])
	modify(1, 2)
	var ns []int
	println(count(ns...))
}
