// Forwarding variadic arguments and appending to the variadic slice.
package main

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

func wrap(parts ...string) string {
	parts = append(parts, "end")
	return join("-", parts...)
}

func keep(xs ...*int) []*int { return xs }

func main() {
	println(wrap("a", "b"))
	println(wrap())
	base := make([]string, 2, 5)
	base[0], base[1] = "x", "y"
	println(wrap(base...))
	println(len(base), base[:3][2])
	a, b := 1, 2
	ps := keep(&a, &b)
	*ps[0] = 10
	println(a, *ps[1])
	fs := []func(...int) int{
		func(v ...int) int { return len(v) },
		func(v ...int) int { return v[0] },
	}
	println(fs[0](1, 2, 3), fs[1](9))
}
