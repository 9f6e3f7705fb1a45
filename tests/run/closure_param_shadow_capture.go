// Closures capturing shadowed names bind to the innermost declaration at that point.
package main

func main() {
	x := 1
	f1 := func() int { return x }
	{
		x := 2
		f2 := func() int { return x }
		x = 3
		println(f1(), f2())
	}
	x = 10
	f3 := func(x int) int { return x + 1 }
	println(f1(), f3(100))
	for x := 0; x < 1; x++ {
		g := func() int { return x }
		println(g())
	}
	println(x)
}
