// Slice headers are copied by value: reslicing a copy does not change the original's length.
package main

func grow(s []int) []int {
	s = append(s, 100)
	s[0] = -1
	return s
}

func main() {
	a := make([]int, 3, 3)
	b := grow(a)
	println(a[0], b[0], len(a), len(b))
	c := make([]int, 3, 10)
	d := grow(c)
	println(c[0], d[0], len(c), len(d), c[:4][3])
	e := c
	e = e[:1]
	println(len(c), len(e))
	ps := &c
	*ps = (*ps)[:2]
	println(len(c))
}
