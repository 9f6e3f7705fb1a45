// Package-level initializers: what gc lays out statically (literals, &T{},
// closures, []byte and []rune of constants, addresses of globals) has no
// message; the dynamic parts run in the init function and are analysed
// there: they flow into their global (the heap) unless discarded.
package main

type T struct {
	p *int
	s []int
}

func two() (*int, []int) { return new(int), nil } // ERROR "new\(int\) escapes to heap$"
func run(f func(*int) int) int { return 0 } // ERROR "f does not escape$"

var _ = make([]int, 3) // ERROR "make\(\[\]int, 3\) does not escape$"
var _ = new(int)
var _ = len(make([]byte, 5)) // ERROR "make\(\[\]byte, 5\) does not escape$"
var a, b = two()
var c = run(func(p *int) int { return *p }) // ERROR "p does not escape$" "func literal does not escape$"
var d = []*int{new(int)} // ERROR "new\(int\) escapes to heap$"
var e = [2][]int{make([]int, 1)} // ERROR "make\(\[\]int, 1\) escapes to heap$"
var f = &[]*T{{p: new(int)}} // ERROR "new\(int\) escapes to heap$"
var g = T{p: b2}
var b2 = new(int) // ERROR "new\(int\) escapes to heap$"
var h = []byte("x" + "y")
var i = []rune("xy")
var j = string(h) // ERROR "string\(h\) escapes to heap$"
var k = b[0:]
var l = &b
var m = &T{s: b}
var n = &e[0]
var o = two
var q = T.m
var r = len([]int{1, 2}) // ERROR "\[\]int\{\.\.\.\} does not escape$"

func (T) m() {}

func main() {
	useInits()
	println(a, b, c, d, e[0], f, g.p, h, i, j, k, l, m, n, o, q, r)
}

var gi = make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
var gn = new(int) // ERROR "new\(int\) escapes to heap$"
var gd = &T{p: new(int)} // ERROR "new\(int\) escapes to heap$"
var gf = func(p *int) int { return *p } // ERROR "p does not escape$"
var gl = id(new(int)) // ERROR "new\(int\) escapes to heap$"
var gj = none(new(int)) // ERROR "new\(int\) does not escape$"
var gs = s1 + "b" // ERROR "s1 \+ .b. escapes to heap$"
var s1 = "a"
var gq = &T{s: []int{1}}
var gbig = new([70000]byte) // ERROR "new\(\[70000\]byte\) escapes to heap$"
var gnest = [][]*int{{new(int)}, nil} // ERROR "new\(int\) escapes to heap$"

func id(p *int) *int  { return p } // ERROR "leaking param: p to result ~r0 level=0$"
func none(p *int) int { return *p } // ERROR "p does not escape$"

func useInits() {
	println(gi, gn, gd, gf, gl, gj, gs, gq, gbig, gnest)
}
