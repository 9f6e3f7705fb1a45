// Tests go1.19's hint when a selector differs from a field or method only
// in the case of its first letter.
package main

type it struct {
	Floats bool
}

func (it) Method() {}

func main() {
	i1 := it{Floats: true}
	_ = i1.floats // ERROR "i1.floats undefined \(type it has no field or method floats, but does have Floats\)"
	_ = i1.method // ERROR "i1.method undefined \(type it has no field or method method, but does have Method\)"
	var p *it
	_ = p.floats // ERROR "p.floats undefined \(type \*it has no field or method floats, but does have Floats\)"
	_ = i1.Nope  // ERROR "i1.Nope undefined \(type it has no field or method Nope\)$"
}
