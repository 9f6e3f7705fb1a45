// Method sets: T's value methods belong to both T and *T, pointer methods
// only to *T; a *T in an interface reaches the value methods through it.
package main

type Getter interface{ Get() int }
type Setter interface{ Set(v int) }
type GetSetter interface {
	Get() int
	Set(v int)
}

type Box struct{ v int }

func (b Box) Get() int   { return b.v }
func (b *Box) Set(v int) { b.v = v }

type Ptr struct{ n int }

func (p *Ptr) Get() int { return p.n * 10 }

func show(name string, g Getter) {
	println(name, g.Get())
}

func main() {
	b := Box{v: 1}
	var g Getter = b // a copy of b
	b.v = 2
	show("value", g)
	show("orig", b)

	var gp Getter = &b // *Box holds Box's value method
	b.v = 3
	show("pointer", gp)

	var gs GetSetter = &b
	gs.Set(42)
	println("after Set", b.v, gs.Get(), gp.Get(), g.Get())

	var s Setter = gs
	s.Set(7)
	println("via Setter", b.v)

	p := &Ptr{n: 4}
	show("ptr-only", p)
	p.n = 5
	var g2 Getter = p
	show("ptr-only again", g2)

	// method set of an addressable value: b.Set works on the variable
	b.Set(99)
	show("addressable", b)
	show("still old copy", g)
}
