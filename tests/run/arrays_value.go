// Tests arrays as values: copy on assignment and call, ==, len, nested arrays, index assignment.
package main

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	println(a[0], a[1], a[2], b[0], b[1], b[2])
	c := modify(a)
	println(a[0], c[0], len(c))
	println(a == [3]int{1, 2, 3}, a != b, b == [3]int{1, 20, 3})
	var m [2][3]int
	m[1][2] = 5
	n := m
	n[0][0] = 9
	println(m[0][0], m[1][2], n[0][0], n[1][2], m == n)
	d := [...]string{2: "c", 0: "a"}
	println(len(d), d[0], d[1] == "", d[2])
	var e [4]bool
	e[3] = true
	println(e[0], e[3])
	sum := 0
	for i := 0; i < len(a); i++ {
		sum += a[i]
	}
	println(sum)
	f := [2][2]float64{{1, 2}, {3, 4}}
	println(f[1][0])
	var z [0]int
	println(len(z))
}
