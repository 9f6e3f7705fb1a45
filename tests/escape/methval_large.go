// Method values hold a copy of their receiver: one bigger than 64 KiB
// makes the method value itself too large for the stack, and what the
// copy points to escapes with it.
package main

type Big [9000]*int

func (Big) M() {}

type Small struct{ p *int }

func (Small) M() {}

type Edge [8191]int

func (Edge) M() {}

func big() {
	f := Big{}.M // ERROR "Big\{\}\.M escapes to heap$"
	f()
}

func bigPtr(q *int) { // ERROR "leaking param: q$"
	g := Big{q}.M // ERROR "Big\{\.\.\.\}\.M escapes to heap$"
	g()
}

func small(q *int) { // ERROR "q does not escape$"
	h := Small{q}.M // ERROR "Small\{\.\.\.\}\.M does not escape$"
	h()
}

func edge() {
	k := Edge{}.M // ERROR "Edge\{\}\.M does not escape$"
	k()
}

func main() {
	n := 1 // ERROR "moved to heap: n$"
	big()
	bigPtr(&n)
	small(&n)
	edge()
}
