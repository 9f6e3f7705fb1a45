// A struct holding a pointer to itself, copied: the copy still points at the original.
package main

type S struct {
	v    int
	self *S
}

func main() {
	var s S
	s.self = &s
	s.v = 1
	c := s
	c.v = 2
	println(s.v, c.v, c.self.v, c.self == &s)
	c.self.v = 3
	println(s.v)
	ring := make([]S, 3)
	for i := range ring {
		ring[i].v = i
		ring[i].self = &ring[(i+1)%3]
	}
	p := &ring[0]
	for i := 0; i < 5; i++ {
		print(p.v, " ")
		p = p.self
	}
	println()
}
