// Passing and returning structs of many sizes and field mixes by value.
package main

type S1 struct{ a byte }
type S2 struct {
	a byte
	b int16
}
type S3 struct {
	a float32
	b float32
	c float32
}
type S4 struct {
	a int32
	b float64
	c byte
}
type S5 struct {
	a [5]byte
	s string
}
type S6 struct {
	x []int
	y int8
}

func f1(s S1) S1 { s.a++; return s }
func f2(s S2) S2 { s.b *= -2; return s }
func f3(s S3) S3 { s.c += s.a; return s }
func f4(s S4) S4 { s.b /= 2; s.c = 9; return s }
func f5(s S5) S5 { s.a[4] = 'z'; s.s += "!"; return s }
func f6(s S6) S6 { s.x = append(s.x, int(s.y)); return s }

func main() {
	a := f1(S1{255})
	b := f2(S2{1, 300})
	c := f3(S3{1.5, 2, 3})
	d := f4(S4{-1, 7, 1})
	e := f5(S5{[5]byte{'a', 'b', 'c', 'd', 'e'}, "hey"})
	g := f6(S6{[]int{1}, -3})
	println(a.a, b.a, b.b, c.a, c.c, d.a, d.b, d.c)
	println(string(e.a[:]), e.s, len(g.x), g.x[1])
}
