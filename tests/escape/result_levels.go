// Parameters leaking to results at levels 0, 1 and 2, through locals,
// through several and named results, and mixed with heap leaks.
package main

type Node struct {
	next *Node
	val  *int
}

var sink *int
var sinkN *Node

func level0ViaLocal(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	q := p
	r := q
	return r
}

func level1ViaLocal(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	q := *pp
	return q
}

func level2ViaField(n *Node) *int { // ERROR "leaking param: n to result ~r0 level=2$"
	return n.next.val
}

func level3(n *Node) *int { // ERROR "leaking param: n to result ~r0 level=3$"
	return n.next.next.val
}

func addrThenDeref(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	q := &p
	return *q
}

func levelMin(n *Node, b bool) *Node { // ERROR "leaking param: n to result ~r0 level=0$"
	if b {
		return n
	}
	return n.next
}

func threeResults(a, b, c *int) (*int, *int, *int) { // ERROR "leaking param: a to result ~r2 level=0$" "leaking param: b to result ~r0 level=0$" "leaking param: c to result ~r1 level=0$"
	return b, c, a
}

func sameToTwo(p *int) (x, y *int) { // ERROR "leaking param: p to result x level=0$" "leaking param: p to result y level=0$"
	x = p
	y = p
	return
}

func derefToSecond(pp **int) (int, *int) { // ERROR "leaking param: pp to result ~r1 level=1$"
	return 0, *pp
}

func namedLevels(n *Node) (a *Node, b *int, c **int) { // ERROR "leaking param: n to result a level=1$" "leaking param: n to result b level=1$" "leaking param: n to result c level=0$"
	a = n.next
	b = n.val
	c = &n.val
	return
}

func heapBeatsResult(p *int) *int { // ERROR "leaking param: p$"
	sink = p
	return p
}

func contentHeapAndResult(n *Node) *Node { // ERROR "leaking param content: n$" "leaking param: n to result ~r0 level=0$"
	sinkN = n.next
	return n
}

func resultOfResult(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return level0ViaLocal(p)
}

func resultOfDeref(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return level1ViaLocal(pp)
}

func discardResult(p *int) { // ERROR "p does not escape$"
	_ = level0ViaLocal(p)
}

func blankResult(p *int) (_ *int, q *int) { // ERROR "leaking param: p to result ~b0 level=0$"
	return p, nil
}

func main() {
	var x, y, z int
	println(level0ViaLocal(&x), addrThenDeref(&y))
	px := &x
	println(level1ViaLocal(&px))
	n := &Node{next: &Node{}} // ERROR "&Node\{\.\.\.\} does not escape$" "&Node\{\} escapes to heap$"
	println(level2ViaField(n), level3(&Node{next: n}), levelMin(n, true)) // ERROR "&Node\{\.\.\.\} does not escape$"
	a, b, c := threeResults(&x, &y, &z)
	println(a, b, c)
	s, t := sameToTwo(&z)
	println(s, t)
	_, u := derefToSecond(&px)
	println(u)
	na, nb, nc := namedLevels(n)
	println(na, nb, nc)
	var h int // ERROR "moved to heap: h$"
	println(heapBeatsResult(&h), contentHeapAndResult(n), resultOfResult(&y), resultOfDeref(&px))
	discardResult(&z)
	println(blankResult(&x))
}
