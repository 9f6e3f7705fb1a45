// gc order with package variables: calls, && and ||, append, len are evaluated before plain operands.
package main

var g int
var s = []int{1, 2, 3}

func incg() int     { g++; return g }
func tru() bool     { g += 10; return true }
func pair() (int, int) { g += 100; return g, g }
func idx() int      { g++; return 0 }
func sum(a, b int) int { return a*1000 + b }

type T struct{ a int }

func (t T) Get() int { return t.a }

var gt T

func bumpT() int { gt.a++; return gt.a }

func ret() (int, int) { return g, incg() }

func main() {
	println(g, g > 0 && tru(), g)
	println(g, tru() || incg() > 0)
	if g == incg() {
		println("eq")
	} else {
		println("ne", g)
	}
	switch g {
	case incg():
		println("case1")
	case g + incg():
		println("case2")
	default:
		println("def", g)
	}
	println(ret())
	s[idx()] = g + incg()
	println(s[0], g)
	x := append(s[:1], 9)
	println(s[1], x[1])
	ys := s[:1]
	println(s[1], append(ys, 7)[1], s[1])
	println(gt.Get(), bumpT(), gt.a)
	println(sum(g, incg()), sum(pair()))
	a, b := g, sum(pair())
	println(a, b)
	var v, w = g, incg()
	println(v, w)
	for i := 0; i < incg()%5+g-g; i++ {
		println("loop", i, g)
	}
	println(-g+incg(), ^g|incg(), !(g == incg()))
	arr := [3]int{g, incg(), g}
	println(arr[0], arr[1], arr[2])
	p := &T{g + incg()}
	println(p.a)
	g = 0
	println(len(s[g:incg()]), g)
	z := s[g] + incg()
	println(z)
	g += incg()
	println(g)
}
