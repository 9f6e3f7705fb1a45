// Tests type assertions that can never succeed: the concrete type does
// not implement the interface of the asserted expression.
package main

type Shape interface{ Area() int }

type Sq struct{}

func (Sq) Area() int { return 1 }

type Line struct{}

type PtrSq struct{}

func (*PtrSq) Area() int { return 2 }

func main() {
	var s Shape = Sq{}
	_ = s.(Line) // ERROR "impossible type assertion: s\.\(Line\)\n\tLine does not implement Shape \(missing Area method\)"
	_, ok := s.(PtrSq) // ERROR "impossible type assertion: s\.\(PtrSq\)\n\tPtrSq does not implement Shape \(Area method has pointer receiver\)"
	_ = ok
	_ = s.(*PtrSq) // fine
	switch s.(type) {
	case Sq:
	case string: // ERROR "impossible type switch case: string\n\ts \(variable of type Shape\) cannot have dynamic type string \(missing Area method\)"
	}
}
