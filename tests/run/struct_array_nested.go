// Tests arrays of structs and structs of arrays: nested literals, copies and element updates.
package main

type Cell struct {
	V    int
	Tags [2]string
}

type Grid struct {
	Cells [3]Cell
	N     int
}

func main() {
	g := Grid{Cells: [3]Cell{{1, [2]string{"a", "b"}}, {V: 2}, {3, [2]string{1: "z"}}}, N: 3}
	h := g
	h.Cells[0].Tags[1] = "changed"
	h.Cells[2].V = 30
	println(g.Cells[0].Tags[1], h.Cells[0].Tags[1], g.Cells[2].V, h.Cells[2].V)
	println(g == h, g.N, len(g.Cells))
	h = g
	println(g == h)
	var gs [2]Grid
	gs[1] = g
	gs[1].Cells[1].V++
	println(gs[0].Cells[1].V, gs[1].Cells[1].V, g.Cells[1].V)
	for i := 0; i < len(g.Cells); i++ {
		print(g.Cells[i].V, g.Cells[i].Tags[0], g.Cells[i].Tags[1], ";")
	}
	println()
}
