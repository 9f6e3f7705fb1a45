// Tests pointers to arrays: indexing, len, slicing and range through the pointer, arrays of pointers.
package main

func double(p *[4]int) {
	for i := range p {
		p[i] *= 2
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	p := &a
	double(p)
	println(a[0], a[3], len(p), p[2])
	s := p[1:3]
	s[0] = 100
	println(a[1], len(s), cap(s))
	var ptrs [3]*int
	x, y := 5, 6
	ptrs[0], ptrs[2] = &x, &y
	*ptrs[2] = 60
	println(*ptrs[0], y, ptrs[1] == nil)
	pp := &p
	(*pp)[0] = -1
	println(a[0])
}
