// Evaluating a value-receiver method value through a nil pointer panics at evaluation time.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	var p *T
	println("taking method value")
	f := p.Get
	println("unreachable", f())
}
