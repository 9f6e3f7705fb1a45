// Method values and expressions through interfaces: i.M is a closure
// over the interface; I.M is a plain function taking the interface.
package main

type Getter interface{ Get() *int }

type Box struct{ p *int }

func (b Box) Get() *int { return b.p } // ERROR "leaking param: b to result ~r0 level=0$"

type PBox struct{ p *int }

func (b *PBox) Get() *int { return b.p } // ERROR "leaking param: b to result ~r0 level=1$"

var sinkF func() *int
var sinkP *int

func methodValueLocal(g Getter) *int { // ERROR "leaking param: g$"
	f := g.Get // ERROR "g\.Get does not escape$"
	return f()
}

func methodValueStored(g Getter) { // ERROR "leaking param: g$"
	sinkF = g.Get // ERROR "g\.Get escapes to heap$"
}

func methodValueReturned(g Getter) func() *int { // ERROR "leaking param: g$"
	return g.Get // ERROR "g\.Get escapes to heap$"
}

func methodExpr(g Getter) *int { // ERROR "leaking param: g$"
	f := Getter.Get
	return f(g)
}

func concreteToMethodValue() *int {
	x := 1 // ERROR "moved to heap: x$"
	var g Getter = Box{&x}
	f := g.Get // ERROR "g\.Get does not escape$"
	return f()
}

func pointerToMethodValue() {
	b := &PBox{} // ERROR "&PBox\{\} escapes to heap$"
	var g Getter = b
	sinkF = g.Get // ERROR "g\.Get escapes to heap$"
}

func exprOnConcrete() *int {
	y := 2 // ERROR "moved to heap: y$"
	f := (*PBox).Get
	return f(&PBox{&y}) // ERROR "&PBox\{\.\.\.\} does not escape$"
}

func main() {
	_ = methodValueLocal(Box{})
	methodValueStored(Box{})
	_ = methodValueReturned(&PBox{}) // ERROR "&PBox\{\} escapes to heap$"
	_ = methodExpr(Box{})
	_ = concreteToMethodValue()
	pointerToMethodValue()
	_ = exprOnConcrete()
}
