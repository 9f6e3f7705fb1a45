// Pointers to struct fields and nested fields alias the struct.
package main

type In struct{ a, b int }
type Out struct {
	in  In
	arr [3]int
	s   string
}

func main() {
	var o Out
	pa := &o.in.a
	pb := &o.in.b
	pi := &o.in
	pe := &o.arr[2]
	ps := &o.s
	*pa = 1
	*pb = 2
	pe2 := pe
	*pe2 = 9
	*ps = "hi"
	println(o.in.a, o.in.b, o.arr[2], o.s)
	pi.a = 50
	println(*pa)
	o = Out{}
	println(*pa, *pb, *pe, *ps == "")
}
