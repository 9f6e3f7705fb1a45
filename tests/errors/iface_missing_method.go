// Tests assigning, passing and returning a type that lacks a method of
// the interface.
package main

type Shape interface {
	Area() int
	Perimeter() int
}

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func measure(s Shape) int { return s.Area() }

func make1() Shape {
	return Sq{1} // ERROR "cannot use Sq\{…\} \(value of type Sq\) as type Shape in return statement:\n\tSq does not implement Shape \(missing Perimeter method\)"
}

func main() {
	var s Shape = Sq{2} // ERROR "cannot use Sq\{…\} \(value of type Sq\) as type Shape in variable declaration:\n\tSq does not implement Shape \(missing Perimeter method\)"
	_ = measure(Sq{3}) // ERROR "as type Shape in argument to measure:\n\tSq does not implement Shape \(missing Perimeter method\)"
	s = Sq{4} // ERROR "as type Shape in assignment:\n\tSq does not implement Shape \(missing Perimeter method\)"
	_ = s
	var e interface{ Perimeter() int } = 5 // ERROR "cannot use 5 \(constant of type int\) as type interface\{Perimeter\(\) int\} in variable declaration:\n\tint does not implement interface\{Perimeter\(\) int\} \(missing Perimeter method\)"
	_ = e
}
