// Writing through a nil pointer to a struct inside a linked list traversal.
package main

type L struct {
	v    int
	next *L
}

func main() {
	l := &L{1, &L{2, nil}}
	n := l
	for i := 0; i < 3; i++ {
		println(n.v)
		n.v = 0
		n = n.next
	}
}
