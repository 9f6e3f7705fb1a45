// Tests make for slices with len and cap, indexing, len/cap, zeroed elements and nil slices.
package main

func main() {
	s := make([]int, 3)
	println(len(s), cap(s), s[0], s[2])
	t := make([]int, 2, 10)
	println(len(t), cap(t))
	t = t[:5]
	t[4] = 4
	println(len(t), t[4], t[3])
	var n []int
	println(n == nil, len(n), cap(n))
	e := []int{}
	println(e == nil, len(e))
	b := make([]byte, 4)
	b[1] = 'x'
	println(b[0], b[1])
	m := make([][]string, 2)
	m[0] = make([]string, 1)
	m[0][0] = "nested"
	println(m[0][0], m[1] == nil)
	k := 7
	u := make([]float64, k, k*2)
	println(len(u), cap(u), u[6])
}
