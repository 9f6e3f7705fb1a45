// Tests slice aliasing: writes through one slice seen by another sharing the array; append may or may not copy.
package main

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	a := make([]int, 3, 4)
	b := a[1:]
	b[0] = 5
	println(a[1])
	fill(a, 9)
	println(b[0], b[1])
	c := append(a, 1)
	c[0] = 100
	println(a[0], c[0])
	d := append(a, 2, 3)
	d[0] = 200
	println(a[0], d[0])
	e := append(c[:2], 7)
	println(c[2], e[2])
}
