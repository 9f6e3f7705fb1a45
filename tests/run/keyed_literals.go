// Keyed array and slice literals, [...] lengths, nested literals with elided types.
package main

type P struct{ x, y int }

func main() {
	a := [...]int{3: 1, 2, 0: 7}
	println(len(a), a[0], a[1], a[3], a[4])
	s := []string{5: "five", 1: "one"}
	println(len(s), cap(s), s[1], s[5], s[0] == "")
	ps := []P{{1, 2}, {y: 5}, 4: {x: 9}}
	println(len(ps), ps[1].x, ps[1].y, ps[4].x)
	pp := []*P{{1, 1}, nil, {3, 3}}
	println(pp[0].x, pp[1] == nil, pp[2].y)
	grid := [2][3]int{{1, 2, 3}, {4}}
	println(grid[0][2], grid[1][0], grid[1][2])
	nested := [][]P{{{1, 1}}, {}, {{2, 2}, {3, 3}}}
	println(len(nested), len(nested[1]), nested[2][1].y)
	const k = 2
	b := [k * 2]bool{k: true}
	println(len(b), b[2], b[3])
}
