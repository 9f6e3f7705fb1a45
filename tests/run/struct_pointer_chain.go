// Selectors with automatic dereference through chains of pointers and embedded pointers.
package main

type A struct{ v int }
type B struct{ a *A }
type C struct {
	*B
	arr *[2]A
}

func main() {
	a := A{1}
	b := B{&a}
	c := &C{&b, &[2]A{{5}, {6}}}
	c.a.v = 7
	c.B.a.v++
	println(a.v, c.arr[1].v, len(c.arr))
	pc := &c
	(*pc).a.v = 20
	(**pc).arr[0].v = 50
	println(a.v, c.arr[0].v)
	d := *c
	d.a.v = 30
	d.arr[1].v = 60
	println(a.v, c.arr[1].v)
}
