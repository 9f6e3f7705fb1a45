// Method expressions of methods promoted through embedded fields (by
// value and through a pointer), called with the outer type.
package main

type Inner struct{ s string }

func (i Inner) M() string   { return i.s }
func (i *Inner) P() string  { return "p" + i.s }

type Outer struct{ *Inner }
type V struct {
	Inner
	n int
}

func main() {
	println(Outer.M(Outer{&Inner{"a"}}), (*Outer).M(&Outer{&Inner{"b"}}))
	println(V.M(V{Inner{"c"}, 1}), (*V).M(&V{Inner{"d"}, 1}), (*V).P(&V{Inner{"e"}, 1}), Outer.P(Outer{&Inner{"f"}}))
}
