// Tests structs as values: copies, ==, nested struct literals, field assignment, zero values.
package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	println(p.X, p.Y, q.X, q.Y)
	r := move(p, 5)
	println(p.X, r.X)
	println(p == Point{1, 2}, p != q, Point{} == Point{0, 0})
	rc := Rect{Point{0, 0}, Point{X: 3, Y: 4}, "r"}
	rc2 := rc
	rc2.Max.X = 30
	println(rc.Max.X, rc2.Max.X, rc.Name, rc == rc2)
	var z Rect
	println(z.Min.X, z.Name == "", len(z.Name))
	s := struct {
		A int
		B string
	}{A: 1, B: "anon"}
	println(s.A, s.B)
	arr := [2]Point{{1, 2}, {Y: 7}}
	println(arr[1].X, arr[1].Y)
	arr[0].Y = 99
	println(arr[0].Y)
	type local struct{ v int }
	l := local{5}
	println(l.v)
}
