// Zero values of every kind of type, for locals, new, make and composite literals.
package main

type Inner struct {
	p *int
	s []int
	f func()
}

type S struct {
	b   bool
	i   int
	u8  uint8
	f   float64
	f32 float32
	str string
	arr [3]int16
	in  Inner
	e   struct{}
}

func main() {
	var s S
	println(s.b, s.i, s.u8, s.f, s.f32, s.str == "", len(s.str))
	println(s.arr[0], s.arr[2], s.in.p == nil, s.in.s == nil, s.in.f == nil)
	p := new(S)
	println(p.i, p.str == "", p.in.s == nil)
	xs := make([]S, 3)
	println(xs[2].f, xs[1].arr[1])
	lit := S{i: 5}
	println(lit.b, lit.i, lit.str == "")
	var r rune
	var by byte
	var up uintptr
	println(r, by, up)
	arr := [2][2]string{}
	println(arr[1][1] == "")
	for i := 0; i < 3; i++ {
		var v int
		var a [2]int
		print(v, a[0], a[1], " ")
		v = i + 1
		a[1] = v
	}
	println()
}
