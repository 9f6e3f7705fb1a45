// Method values with value receivers copy the receiver when the method value is evaluated.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func (t *T) Inc() { t.n++ }

func main() {
	t := T{1}
	g := t.Get
	t.n = 2
	println(g(), t.Get())
	p := &t
	g2 := p.Get
	p.n = 3
	println(g2(), p.Get())
	inc := t.Inc
	inc()
	inc()
	println(t.n, g(), g2())
}
