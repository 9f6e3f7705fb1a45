// Tests methods declared with an alias as receiver type: they belong to the aliased type.
package main

type T struct{ x int }
type A = T

func (a A) m() int  { return a.x + 1 }
func (p *A) n() int { return p.x + 2 }

func main() {
	t := T{x: 5}
	println(t.m(), t.n())
	var a A = t
	println(a.m())
}
