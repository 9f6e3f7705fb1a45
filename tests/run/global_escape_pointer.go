// Storing pointers to locals in package variables; later functions see them.
package main

var g *int
var gs []*int

type Holder struct{ p *[2]int }

var h Holder

func set() {
	x := 5
	g = &x
	arr := [2]int{1, 2}
	h.p = &arr
	for i := 0; i < 3; i++ {
		v := i
		gs = append(gs, &v)
	}
}

func main() {
	set()
	*g++
	h.p[1] = 20
	println(*g, h.p[0], h.p[1])
	for _, p := range gs {
		print(*p, " ")
	}
	println()
	set()
	println(*g, len(gs))
}
