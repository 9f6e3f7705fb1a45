// Boxing copies: changing the original after conversion does not change
// the interface's value; assigning an interface copies the pair only.
package main

type Pt struct{ x, y int }

func (p Pt) Sum() int { return p.x + p.y }

type Summer interface{ Sum() int }

type Arr [3]int

func (a Arr) Sum() int { return a[0] + a[1] + a[2] }

func modify(s Summer) Summer {
	if p, ok := s.(Pt); ok {
		p.x = 1000
		return p
	}
	return s
}

func main() {
	p := Pt{1, 2}
	var s Summer = p
	p.x = 50
	println(s.Sum(), p.Sum())
	s2 := s
	s = Pt{7, 7}
	println(s.Sum(), s2.Sum())
	m := modify(s2)
	println(m.Sum(), s2.Sum())

	a := Arr{1, 2, 3}
	var sa Summer = a
	a[0] = 100
	println(sa.Sum(), a.Sum())

	vals := []Pt{{1, 1}, {2, 2}}
	var boxed []Summer
	for _, v := range vals {
		boxed = append(boxed, v)
	}
	vals[0].x = 99
	for _, b := range boxed {
		println(b.Sum())
	}
	// loop variable boxed each iteration: distinct values
	var list []interface{}
	for i := 0; i < 3; i++ {
		list = append(list, i*i)
	}
	println(list[0].(int), list[1].(int), list[2].(int))
	str := "abc"
	var es interface{} = str
	str += "def"
	println(es.(string), str)
}
