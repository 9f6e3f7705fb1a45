// A failed assertion from a non-empty interface names the interface:
// interface conversion: main.Shape is *main.Rect, not *main.Circle.
package main

type Shape interface{ Area() int }
type Rect struct{ w, h int }
type Circle struct{ r int }

func (r *Rect) Area() int   { return r.w * r.h }
func (c *Circle) Area() int { return 3 * c.r * c.r }

func main() {
	shapes := []Shape{&Circle{1}, &Rect{2, 3}}
	for _, s := range shapes {
		c := s.(*Circle)
		println("circle of radius", c.r, s.Area())
	}
}
