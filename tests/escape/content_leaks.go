// Leaking param content: what a parameter points to reaches the heap while
// the parameter itself does not, through slices, fields and double pointers.
package main

type Pair struct {
	a, b *int
}

type Holder struct {
	pair *Pair
	list []*int
}

var sink *int
var sinkP *Pair
var sinkL []*int

func sliceElemToHeap(s []*int) { // ERROR "leaking param content: s$"
	sink = s[0]
}

func sliceToHeap(s []*int) { // ERROR "leaking param: s$"
	sinkL = s
}

func rangeToHeap(s []*int) { // ERROR "leaking param content: s$"
	for _, p := range s {
		sink = p
	}
}

func fieldOfPtr(p *Pair) { // ERROR "leaking param content: p$"
	sink = p.b
}

func fieldOfValue(p Pair) { // ERROR "leaking param: p$"
	sink = p.a
}

func nestedContent(h *Holder) { // ERROR "leaking param content: h$"
	sink = h.pair.a
}

func nestedList(h *Holder) { // ERROR "leaking param content: h$"
	sinkL = h.list
}

func nestedListElem(h *Holder) { // ERROR "leaking param content: h$"
	sink = h.list[1]
}

func contentViaLocal(s []*int) { // ERROR "leaking param content: s$"
	t := s
	u := t[2:]
	sink = u[0]
}

func contentAndResult(s []*int) *int { // ERROR "leaking param content: s$"
	sink = s[0]
	return s[1]
}

func wholeAndContent(p *Pair) { // ERROR "leaking param: p$"
	sinkP = p
	sink = p.a
}

func copyOut(dst []*int, s []*int) { // ERROR "dst does not escape$" "leaking param content: s$"
	copy(dst, s)
}

func arrayPtr(a *[3]*int) { // ERROR "leaking param content: a$"
	sink = a[1]
}

func arrayValue(a [3]*int) { // ERROR "leaking param: a$"
	sink = a[1]
}

func readOnly(s []*int, p *Pair) int { // ERROR "s does not escape$" "p does not escape$"
	return *s[0] + *p.a
}

func main() {
	var x, y int // ERROR "moved to heap: x$" "moved to heap: y$"
	s := []*int{&x, &y, &x} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap$"
	sliceElemToHeap(s)
	sliceToHeap(s)
	rangeToHeap(s)
	p := &Pair{a: &x, b: &y} // ERROR "&Pair\{\.\.\.\} escapes to heap$"
	fieldOfPtr(p)
	fieldOfValue(*p)
	h := &Holder{pair: p, list: s} // ERROR "&Holder\{\.\.\.\} does not escape$"
	nestedContent(h)
	nestedList(h)
	nestedListElem(h)
	contentViaLocal(s)
	println(contentAndResult(s))
	wholeAndContent(p)
	copyOut(make([]*int, 3), s) // ERROR "make\(\[\]\*int, 3\) does not escape$"
	var arr [3]*int
	arrayPtr(&arr)
	arrayValue(arr)
	var z int
	println(readOnly([]*int{&z}, &Pair{a: &z})) // ERROR "\[\]\*int\{\.\.\.\} does not escape$" "&Pair\{\.\.\.\} does not escape$"
}
