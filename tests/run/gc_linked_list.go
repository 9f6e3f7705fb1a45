// Tests a long linked list that stays alive while much garbage is
// allocated, then is dropped and rebuilt: the collector must keep every
// reachable node and reuse the memory of the dead ones.
package main

type Node struct {
	val  int
	next *Node
}

func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{val: i, next: head}
	}
	return head
}

func sum(l *Node) int {
	s := 0
	for p := l; p != nil; p = p.next {
		s += p.val
	}
	return s
}

func garbage(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		g := &Node{val: i}
		t += g.val & 1
	}
	return t
}

func main() {
	list := build(500000)
	g := 0
	for round := 0; round < 6; round++ {
		g += garbage(400000)
		println(round, sum(list))
		if round%2 == 1 {
			list = build(500000 + round)
		}
	}
	println(g)
}
