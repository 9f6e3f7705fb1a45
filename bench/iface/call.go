// A call through an interface: Shape.Area of one of four values, of two
// dynamic types (pointer receivers), stored in an interface slice built
// at run time; 100,000,000 calls.
package main

type Shape interface {
	Area(k int) int
}

type Rect struct{ w, h int }

type Circle struct{ r int }

//go:noinline
func (p *Rect) Area(k int) int { return p.w*k + p.h }

//go:noinline
func (c *Circle) Area(k int) int { return c.r*c.r + k }

//go:noinline
func shapes(n int) []Shape {
	s := make([]Shape, n)
	for i := range s {
		if i%2 == 0 {
			s[i] = &Rect{i + 1, i + 2}
		} else {
			s[i] = &Circle{i + 3}
		}
	}
	return s
}

func main() {
	s := shapes(4)
	total := 0
	for i := 0; i < 100000000; i++ {
		total += s[i&3].Area(i)
	}
	println(total)
}
