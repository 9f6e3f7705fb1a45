// Assignment evaluation order: index operands evaluated first, then assignments left to right.
package main

var log string

func idx(n int) int {
	log += string(rune('0' + n))
	return n
}

func main() {
	a := []int{0, 0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	println(i, a[0], a[1])
	x, y := 1, 2
	x, y = y, x+y
	println(x, y)
	a[idx(1)], a[idx(2)] = idx(3), idx(0)
	println(log, a[1], a[2])
	log = ""
	a[idx(3)] += idx(2)
	println(log, a[3])
	var p *[4]int = &[4]int{}
	q := p
	p, p[1] = nil, 5
	println(p == nil, q[1])
	b := [3]int{1, 2, 3}
	b[0], b[1], b[2] = b[2], b[0], b[1]
	println(b[0], b[1], b[2])
}
