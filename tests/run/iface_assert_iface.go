// Type assertions to interface types: succeed when the dynamic type has
// the methods, whatever the static type; comma-ok on nil and on failure.
package main

type A interface{ MA() string }
type B interface{ MB() string }
type AB interface {
	A
	B
}

type OnlyA struct{}
type Both struct{ tag string }
type PtrB struct{}

func (OnlyA) MA() string   { return "onlyA.MA" }
func (b Both) MA() string  { return b.tag + ".MA" }
func (b Both) MB() string  { return b.tag + ".MB" }
func (*PtrB) MB() string   { return "ptrB.MB" }
func (PtrB) MA() string    { return "ptrB.MA" }

func probe(name string, x interface{}) {
	a, okA := x.(A)
	b, okB := x.(B)
	ab, okAB := x.(AB)
	print(name, ": ")
	if okA {
		print(a.MA(), " ")
	}
	if okB {
		print(b.MB(), " ")
	}
	if okAB {
		print("AB:", ab.MA(), "+", ab.MB())
	}
	if !okA && !okB {
		print("none")
	}
	println()
}

func main() {
	probe("OnlyA", OnlyA{})
	probe("Both", Both{"x"})
	probe("*Both", &Both{"y"})
	probe("PtrB", PtrB{})
	probe("*PtrB", &PtrB{})
	probe("int", 3)
	probe("nil", nil)

	var a A = Both{"z"}
	b := a.(B) // A to B: the dynamic type has MB
	println(b.MB())
	ab := b.(AB)
	println(ab.MA())
	var e interface{} = ab
	a2 := e.(A)
	println(a2.MA())
	_, ok := e.(interface{ MC() })
	println(ok)
	anyv, ok := e.(interface{})
	println(ok, anyv != nil)
	var nilA A
	_, ok = nilA.(interface{})
	println(ok)
}
