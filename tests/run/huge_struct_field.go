// A struct with pointers around a 1 TiB array field compiles and its allocation fails as in go1.19.
package main

type T struct {
	p *int
	b [1 << 40]byte
	q *int
}

func main() {
	println("start")
	var t T
	x := 3
	t.q = &x
	println(*t.q, t.p == nil)
}
