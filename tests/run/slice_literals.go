// Tests slice composite literals: keyed elements, nested slices, slices of structs with elided types.
package main

type P struct{ X, Y int }

func main() {
	a := []int{1, 2, 3}
	b := []string{3: "d", 1: "b"}
	println(len(a), len(b), b[0] == "", b[1], b[3])
	m := [][]int{{1}, {2, 3}, {}}
	println(len(m), len(m[1]), m[1][1], len(m[2]))
	ps := []P{{1, 2}, {Y: 5}}
	println(ps[1].X, ps[1].Y)
	pp := []*P{{3, 4}, &P{5, 6}}
	println(pp[0].X, pp[1].Y)
	arrs := [][2]bool{{true, false}, {}}
	println(arrs[0][0], arrs[1][1])
	f := []float64{1, 2.5, 1e3}
	println(f[1], f[2])
	for i, v := range []string{"x", "y"} {
		println(i, v)
	}
}
