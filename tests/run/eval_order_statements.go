// gc order in switch tags, loop conditions, range, returns, composite literals and && / ||.
package main

var g int
var log []int

func inc() int { g++; return g }
func id(v int) int { log = append(log, v); return v }
func sl(n int) []int { return make([]int, n) }
func tr(v bool) bool { g += 100; return v }

func two() (int, int) { return g, inc() }
func three() (a, b, c int) { return g, inc() + g, id(g) }

type S struct{ a, b int }

func mkS() S { return S{g, inc()} }

func main() {
	switch g + inc() {
	case 2:
		println("two")
	default:
		println("other", g)
	}
	for i := 0; i < g+inc()%3; i++ {
		println("i", i, g)
		if i > 3 {
			break
		}
	}
	for i, v := range sl(g + inc()) {
		_ = v
		if i == 0 {
			println("range", g)
		}
	}
	println(two())
	println(three())
	s := mkS()
	println(s.a, s.b)
	t := S{b: g, a: inc()}
	println(t.a, t.b)
	ok := g > 0 && tr(g > 0) || tr(false)
	println(ok, g)
	x := []int{1, 2, 3}
	y := x[g%3 : inc()%3+1]
	println(len(y), g)
	if g == inc()-1 {
		println("pre-inc equal")
	} else {
		println("post-inc read", g)
	}
	m := g - -inc()
	println(m)
	var z = id(g) + id(inc()) + g
	println(z, len(log))
	str := "abc"
	strf := func() string { str += "d"; return "e" }
	println(str+strf(), str)
	bs := []byte(str + strf())
	println(string(bs), str)
	println(len(str), strf(), len(str))
}
