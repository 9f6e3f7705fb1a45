// Pointers to pointers: storing through **p, loading through **p, and the
// levels they give to parameters and locals.
package main

var sink *int
var sinkPP **int
var sinkPPP ***int

func storeThrough(pp **int) { // ERROR "pp does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	*pp = &x
}

func storeParam(pp **int, p *int) { // ERROR "pp does not escape$" "leaking param: p$"
	*pp = p
}

func loadTwice(ppp ***int) int { // ERROR "ppp does not escape$"
	return ***ppp
}

func loadToHeap(ppp ***int) { // ERROR "leaking param content: ppp$"
	sink = **ppp
}

func middleToHeap(ppp ***int) { // ERROR "leaking param content: ppp$"
	sinkPP = *ppp
}

func addrOfParam(p *int) ***int { // ERROR "moved to heap: p$"
	pp := &p // ERROR "moved to heap: pp$"
	return &pp
}

func localChain() int {
	x := 1
	p := &x
	pp := &p
	ppp := &pp
	return ***ppp
}

func localChainEscapes() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x // ERROR "moved to heap: p$"
	pp := &p
	sinkPP = pp
}

func localChainDeep() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	pp := &p
	ppp := &pp
	sink = **ppp
}

func swapPtrs(a, b **int) { // ERROR "leaking param content: a$" "leaking param content: b$"
	*a, *b = *b, *a
}

func newPtrPtr() **int {
	p := new(*int) // ERROR "new\(\*int\) escapes to heap$"
	*p = new(int) // ERROR "new\(int\) escapes to heap$"
	return p
}

func newPtrPtrLocal() int {
	p := new(*int) // ERROR "new\(\*int\) does not escape$"
	*p = new(int) // ERROR "new\(int\) escapes to heap$"
	return **p
}

func main() {
	var p *int // ERROR "moved to heap: p$"
	storeThrough(&p)
	var y int // ERROR "moved to heap: y$"
	storeParam(&p, &y)
	pp := &p
	println(loadTwice(&pp))
	loadToHeap(&pp)
	middleToHeap(&pp)
	println(addrOfParam(&y), localChain(), newPtrPtr(), newPtrPtrLocal())
	localChainEscapes()
	localChainDeep()
	var a, b *int
	swapPtrs(&a, &b)
}
