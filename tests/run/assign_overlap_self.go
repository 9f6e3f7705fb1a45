// Assignments whose right side reads the destination: composite literals, swaps, overlapping append.
package main

type T struct{ a, b int }
type B struct {
	x [10]int
	y int
}

func swapT(p *T) T { p.a, p.b = p.b, p.a; return T{p.a + 100, p.b + 100} }

func main() {
	t := T{1, 2}
	t = T{t.b, t.a}
	println(t.a, t.b)
	arr := [3]int{1, 2, 3}
	arr = [3]int{arr[2], arr[1], arr[0]}
	println(arr[0], arr[1], arr[2])
	p := &t
	*p = T{p.b, p.a}
	println(t.a, t.b)
	t = swapT(&t)
	println(t.a, t.b)
	var b1, b2 B
	b1.x[0] = 1
	b2.x[0] = 2
	b1, b2 = b2, b1
	println(b1.x[0], b2.x[0])
	b1 = B{x: [10]int{b1.x[9], b1.x[0]}, y: b1.x[0]}
	println(b1.x[0], b1.x[1], b1.y)
	s := make([]int, 3, 10)
	s[0], s[1], s[2] = 1, 2, 3
	s = append(s[:1], s...)
	println(len(s), s[0], s[1], s[2], s[3])
	m := [][3]int{{1, 2, 3}, {4, 5, 6}}
	m[0] = m[1]
	m[1][0] = 0
	println(m[0][0])
	pa := &arr
	*pa = [3]int{pa[1], pa[2], pa[0]}
	println(arr[0], arr[1], arr[2])
	type W struct{ in T; z int }
	w := W{T{1, 2}, 3}
	w = W{in: T{w.z, w.in.a}, z: w.in.b}
	println(w.in.a, w.in.b, w.z)
	x := [2]T{{1, 2}, {3, 4}}
	x[0], x[1] = x[1], x[0]
	println(x[0].a, x[1].a)
	x = [2]T{x[1], x[0]}
	println(x[0].a, x[1].a)
}
