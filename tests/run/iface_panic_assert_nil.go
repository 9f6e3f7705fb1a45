// A one-result assertion on a nil interface panics, naming the
// interface type and the wanted type.
package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func pick(ok bool) Shape {
	if ok {
		return Sq{2}
	}
	return nil
}

func main() {
	s := pick(true)
	println(s.(Sq).Area())
	v, ok := pick(false).(Sq)
	println(v.s, ok)
	s = pick(false)
	println("asserting on nil")
	println(s.(Sq).Area())
}
