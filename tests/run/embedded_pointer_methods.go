// Tests method promotion through embedded pointers and values, with pointer-receiver methods.
package main

type Inner struct{ v int }

func (i *Inner) Bump()     { i.v++ }
func (i Inner) Value() int { return i.v }

type Mid struct {
	Inner
	tag string
}

type Outer struct {
	*Mid
	k int
}

func main() {
	o := Outer{&Mid{Inner{1}, "m"}, 2}
	o.Bump()
	o.Bump()
	println(o.Value(), o.v, o.tag, o.Mid.Inner.v)
	m := Mid{}
	m.Bump()
	println(m.Value())
	pm := &m
	pm.Bump()
	println(pm.Value(), pm.Inner.Value())
}
