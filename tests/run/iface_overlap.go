// Overlapping embedded interfaces (allowed since Go 1.14): identical
// methods from several embedded interfaces merge into one.
package main

type Namer interface{ Name() string }
type Sizer interface {
	Name() string
	Size() int
}
type Both interface {
	Namer
	Sizer
	Name() string
}
type Again interface {
	Both
	Namer
}

type Item struct {
	n string
	s int
}

func (i Item) Name() string { return i.n }
func (i Item) Size() int     { return i.s }

func describe(b Both) {
	println(b.Name(), b.Size())
}

func main() {
	var a Again = Item{"apple", 3}
	describe(a)
	var n Namer = a
	println(n.Name())
	var s Sizer = a
	println(s.Size())
	b, ok := n.(Both)
	println(ok, b.Size())
	var b2 Both = s.(Both)
	describe(b2)
}
