// A var declared in a loop body is re-zeroed on each iteration, even when its address escaped.
package main

func main() {
	var ps []*[4]int
	for i := 0; i < 3; i++ {
		var a [4]int
		print(a[0], a[3], " ")
		a[0] = i + 1
		a[3] = 10 * (i + 1)
		ps = append(ps, &a)
	}
	println()
	for _, p := range ps {
		print(p[0], ",", p[3], " ")
	}
	println()
	for i := 0; i < 3; i++ {
		var s struct {
			n    int
			name string
		}
		print(s.n, "[", s.name, "] ")
		s.n = i
		s.name = "x"
	}
	println()
}
