// var a, b = x, f() assigns one by one in gc, unlike a, b := x, f() which evaluates the call first.
package main

var g int

func incg() int { g++; return g }

func main() {
	var v, w = g, incg()
	println(v, w)
	a, b := g, incg()
	println(a, b)
	var c, d int
	c, d = g, incg()
	println(c, d)
	x := 1
	f := func() int { x++; return x }
	var e, h = x, f()
	println(e, h)
	var i, j int = x, f()
	println(i, j)
	k, l := x, f()
	println(k, l)
}
