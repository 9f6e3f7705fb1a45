// A variable declared with := inside a loop body is fresh on every iteration.
package main

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		x := i * i
		fs = append(fs, func() int { return x })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		i := i
		gs = append(gs, func() int { i += 100; return i })
	}
	for _, g := range gs {
		print(g(), " ", g(), " ")
	}
	println()
}
