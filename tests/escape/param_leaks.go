// Parameters leaking to results at several levels, to the heap, and content leaks.
package main

type T struct {
	x int
	p *int
	q **int
}

var sink *int
var sinkT *T
var sinkPP **int

func id(p *int) *int            { return p } // ERROR "leaking param: p to result ~r0 level=0$"
func deref1(p **int) *int       { return *p } // ERROR "leaking param: p to result ~r0 level=1$"
func deref2(p ***int) *int      { return **p } // ERROR "leaking param: p to result ~r0 level=2$"
func addrOf(p *int) **int       { return &p } // ERROR "moved to heap: p$"
func swap(p, q *int) (*int, *int) { return q, p } // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"
func toHeap(p *int)             { sink = p } // ERROR "leaking param: p$"
func contentToHeap(pp **int)    { sink = *pp } // ERROR "leaking param content: pp$"
func both(p *int) *int          { sink = p; return p } // ERROR "leaking param: p$"
func none(p *int) int           { return *p } // ERROR "p does not escape$"
func field(t *T) *int           { return t.p } // ERROR "leaking param: t to result ~r0 level=1$"
func fieldHeap(t *T)            { sink = t.p } // ERROR "leaking param content: t$"
func valueField(t T) *int       { return t.p } // ERROR "leaking param: t to result ~r0 level=0$"
func valueFieldHeap(t T)        { sinkPP = t.q } // ERROR "leaking param: t$"
func deepField(t *T) *int       { return *t.q } // ERROR "leaking param: t to result ~r0 level=2$"
func store(t *T, p *int)        { t.p = p } // ERROR "t does not escape$" "leaking param: p$"
func storeSelf(t *T)            { t.p = &t.x } // ERROR "leaking param: t$"
func scalar(x int, y string) int { return x + len(y) } // ERROR "y does not escape$"
func whole(t *T)                { sinkT = t } // ERROR "leaking param: t$"

func named(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func multi(a, b, c *int) (x, y *int, z int) { // ERROR "leaking param: a to result y level=0$" "b does not escape$" "leaking param: c to result x level=0$"
	return c, a, *b
}

func main() {
	var a, b, c int // ERROR "moved to heap: a$" "moved to heap: c$"
	p := id(&a)
	q := &b
	r := deref1(&q)
	var pp **int = &q
	s := deref2(&pp)
	println(p, r, s, none(&c))
	x, y := swap(&a, &b)
	println(x, y, both(&c))
	var t T // ERROR "moved to heap: t$"
	println(field(&t), valueField(t), deepField(&t), named(&a))
	store(&t, &a)
	storeSelf(&t)
	fieldHeap(&t)
	valueFieldHeap(t)
	println(scalar(1, "s"))
	m, n, o := multi(&a, &b, &c)
	println(m, n, o)
	var d int // ERROR "moved to heap: d$"
	toHeap(&d)
	var e int // ERROR "moved to heap: e$"
	pe := &e
	contentToHeap(&pe)
	println(addrOf(&e))
	var u T // ERROR "moved to heap: u$"
	whole(&u)
}
