// Dynamic dispatch: one call site, many dynamic types, chosen at run time.
package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }
type Square struct{ s int }
type Tri struct{ b, h int }
type Unit struct{}

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }
func (s *Square) Area() int  { return s.s * s.s }
func (s *Square) Name() string { return "square" }
func (t Tri) Area() int      { return t.b * t.h / 2 }
func (t Tri) Name() string   { return "tri" }
func (Unit) Area() int       { return 1 }
func (Unit) Name() string    { return "unit" }

func total(shapes []Shape) int {
	sum := 0
	for i, s := range shapes {
		a := s.Area()
		println(i, s.Name(), a)
		sum += a
	}
	return sum
}

func biggest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Square{5}, Tri{6, 7}, Unit{}, Rect{1, 1}}
	println("total", total(shapes))
	b := biggest(shapes)
	println("biggest", b.Name(), b.Area())
	// rebind the same variable to different dynamic types
	var s Shape
	for i := 0; i < 4; i++ {
		switch i % 3 {
		case 0:
			s = Rect{i, 2}
		case 1:
			s = &Square{i}
		default:
			s = Tri{i, 4}
		}
		println(s.Name(), s.Area())
	}
}
