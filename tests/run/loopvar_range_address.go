// Address of range value variable: one variable reused, holds the last element.
package main

type P struct{ x, y int }

func main() {
	arr := []P{{1, 2}, {3, 4}, {5, 6}}
	var ps []*P
	for _, p := range arr {
		ps = append(ps, &p)
	}
	for _, p := range ps {
		print(p.x, ",", p.y, " ")
	}
	println()
	var qs []*P
	for i := range arr {
		qs = append(qs, &arr[i])
	}
	qs[1].x = 99
	println(arr[1].x, qs[0].y, qs[2].x)
	var ks []*int
	for k := range arr {
		ks = append(ks, &k)
	}
	println(*ks[0], *ks[1], *ks[2])
}
