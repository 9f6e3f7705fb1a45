// Returning pointers to locals: each call gets a distinct variable.
package main

type Node struct {
	v    int
	next *Node
}

func newInt(v int) *int {
	x := v
	return &x
}

func newNode(v int, next *Node) *Node {
	n := Node{v, next}
	return &n
}

func arrPtr() *[3]int {
	var a [3]int
	a[1] = 7
	return &a
}

func main() {
	p := newInt(1)
	q := newInt(2)
	*p += 10
	println(*p, *q, p != q)
	var list *Node
	for i := 0; i < 5; i++ {
		list = newNode(i, list)
	}
	for n := list; n != nil; n = n.next {
		print(n.v, " ")
	}
	println()
	a := arrPtr()
	b := arrPtr()
	a[1] = 8
	println(a[1], b[1])
}
