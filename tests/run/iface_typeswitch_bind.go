// The type switch binding: in a single-type case it has that type (and
// is a copy), in multi-type, nil and default cases the switch operand's
// interface type.
package main

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rc struct{ w, h int }

func (q Sq) Area() int  { return q.s * q.s }
func (r *Rc) Area() int { return r.w * r.h }

func inspect(s Shape) {
	switch v := s.(type) {
	case Sq:
		v.s = 100 // modifies the copy only
		println("Sq copy area", v.Area(), "original", s.Area())
	case *Rc:
		v.w = 10 // modifies the pointee
		println("Rc area now", v.Area(), s.Area())
	case nil:
		println("nil shape", v == nil)
	default:
		println("other", v.Area())
	}
}

type Tri struct{}

func (Tri) Area() int { return 7 }

func multi(x interface{}) {
	switch v := x.(type) {
	case int, string:
		// v is interface{} here
		var back interface{} = v
		println("int or string", back == x)
	case Shape:
		println("shape", v.Area())
	}
}

func main() {
	inspect(Sq{3})
	r := &Rc{2, 3}
	inspect(r)
	println("r.w", r.w)
	inspect(nil)
	inspect(Tri{})
	multi(1)
	multi("s")
	multi(Sq{2})
	multi(2.0)

	// shadowing: the binding is a new variable in each clause
	var x interface{} = 5
	switch x := x.(type) {
	case int:
		x++
		println("int", x)
	}
	println("outer still", x.(int))
}
