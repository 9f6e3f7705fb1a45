// An assertion to an interface type, x.(Shape), of interface{} values
// whose dynamic types (*Rect, *Circle) are concrete, from a slice built
// at run time; 100,000,000 assertions.  The result is kept in a global
// and checked against nil, so no method is called in the loop.
package main

type Shape interface {
	Area(k int) int
}

type Rect struct{ w, h int }

type Circle struct{ r int }

func (p *Rect) Area(k int) int { return p.w*k + p.h }

func (c *Circle) Area(k int) int { return c.r*c.r + k }

var sink Shape

//go:noinline
func values(n int) []interface{} {
	s := make([]interface{}, n)
	for i := range s {
		if i%2 == 0 {
			s[i] = &Rect{i + 1, i + 2}
		} else {
			s[i] = &Circle{i + 3}
		}
	}
	return s
}

//go:noinline
func toShape(x interface{}) Shape {
	return x.(Shape)
}

func main() {
	s := values(4)
	total := 0
	for i := 0; i < 100000000; i++ {
		sink = toShape(s[i&3])
		if sink != nil {
			total += i & 7
		}
	}
	println(total + sink.Area(5))
}
