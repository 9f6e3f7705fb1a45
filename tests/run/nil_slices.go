// Tests nil slices: len/cap 0, range over nil, append to nil, slicing nil, comparison with nil.
package main

func main() {
	var s []string
	println(s == nil, len(s), cap(s))
	for range s {
		println("never")
	}
	t := s[:]
	println(t == nil, len(t))
	s = append(s, "x")
	println(s == nil, len(s), s[0])
	var u []int
	u = append(u, u...)
	println(u == nil, len(u))
	var v []int = nil
	println(len(v[0:0]), copy(v, []int{1}))
}
