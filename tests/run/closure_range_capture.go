// Closures capturing range key and value: one pair of variables for the whole loop in go1.19.
package main

func main() {
	xs := []string{"a", "b", "c"}
	var fs []func() string
	var gs []func() int
	for i, s := range xs {
		fs = append(fs, func() string { return s })
		gs = append(gs, func() int { return i })
	}
	for k := range fs {
		print(fs[k](), gs[k](), " ")
	}
	println()
	var hs []func() string
	for _, s := range xs {
		s := s
		hs = append(hs, func() string { return s + s })
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println()
}
