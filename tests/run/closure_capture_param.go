// Closures capturing parameters and named results, modifying them.
package main

func mk(x int) (f func() int, g func(int)) {
	f = func() int { return x }
	g = func(v int) { x = v }
	return
}

func named() (r int) {
	set := func() { r = 7 }
	set()
	r *= 3
	return
}

func main() {
	f, g := mk(5)
	println(f())
	g(9)
	println(f())
	println(named())
}
