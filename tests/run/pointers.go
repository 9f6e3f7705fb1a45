// Tests pointers: &x, *p reads and writes, new, pointers to fields and elements, nil comparison.
package main

type P struct{ X, Y int }

func inc(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	println(x, *p, p == &x)
	q := new(int)
	println(*q)
	*q = 3
	r := q
	*r += 1
	println(*q)
	var pp **int = &q
	**pp = 100
	println(*q)
	s := P{1, 2}
	py := &s.Y
	*py = 20
	println(s.Y)
	var arr [3]int
	pa := &arr[2]
	*pa = 7
	println(arr[2])
	var np *int
	println(np == nil, p != nil)
	println(np)
	ps := &P{3, 4}
	ps.X = 30
	println(ps.X, (*ps).Y)
	t := *ps
	t.X = 0
	println(ps.X, t.X)
}
