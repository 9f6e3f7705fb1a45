// Method values through embedded fields, both value and pointer embedded.
package main

type Base struct{ id int }

func (b Base) ID() int    { return b.id }
func (b *Base) Set(v int) { b.id = v }

type Outer struct {
	Base
	name string
}

type OuterP struct {
	*Base
}

func main() {
	o := Outer{Base{1}, "o"}
	id := o.ID
	set := o.Set
	set(5)
	println(id(), o.ID(), o.id)
	b := &Base{7}
	op := OuterP{b}
	id2 := op.ID
	op.Set(8)
	println(id2(), op.ID(), b.id)
}
