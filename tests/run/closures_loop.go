// Tests closures capturing loop variables (go1.19: one variable shared by all iterations).
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		i := i
		gs = append(gs, func() int { return i * 10 })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()
	var hs []func() string
	for _, s := range []string{"a", "b", "c"} {
		hs = append(hs, func() string { return s })
	}
	for _, h := range hs {
		print(h())
	}
	println()
}
