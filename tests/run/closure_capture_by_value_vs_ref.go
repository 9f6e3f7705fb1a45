// Closures see later writes to captured variables made by every kind of assignment (never a stale copy).
package main

type C struct{ n int }

func (c *C) Inc() { c.n++ }

type A [3]int

func (a *A) Set() { a[0] = 7 }

func two() (int, int) { return 5, 6 }

func main() {
	x := 1
	f := func() int { return x }
	x, y := 2, 3
	println(f(), y)

	p := 10
	g := func() int { return p }
	pp := &p
	*pp = 11
	println(g())

	c := C{1}
	h := func() int { return c.n }
	c.Inc()
	println(h())

	arr := [3]int{1, 2, 3}
	k := func() int { return arr[0] }
	sl := arr[:]
	sl[0] = 100
	println(k())

	var a A
	m := func() int { return a[0] }
	a.Set()
	println(m())

	r := 0
	q := func() int { return r }
	for r = range []int{1, 2, 3} {
	}
	println(q())

	t := 0
	u := func() int { return t }
	t, _ = two()
	println(u())

	z := 0
	w := func() int { return z }
	func() { z = 42 }()
	println(w())

	st := struct{ a, b int }{1, 2}
	sf := func() int { return st.b }
	ps := &st.b
	*ps = 20
	println(sf())

	v := 1
	vf := func() int { return v }
	v++
	println(vf())

	big := [200]int{}
	bf := func() int { return big[199] }
	big[199] = 3
	println(bf())

	s2 := "a"
	sf2 := func() string { return s2 }
	s2 += "b"
	println(sf2())

	var n1 int
	nf := func() int { return n1 }
	for n1 = 0; n1 < 3; n1++ {
	}
	println(nf())
	e := 1
	ef := func() int { return e }
	{
		e, e2 := 9, 9
		_ = e2
		_ = e
	}
	println(ef())
	var lbl int
	lf := func() int { return lbl }
	switch lbl = 4; lbl {
	}
	println(lf())
	ifv := 0
	iff := func() int { return ifv }
	if ifv = 8; ifv > 0 {
	}
	println(iff())
}
