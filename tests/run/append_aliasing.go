// Append aliasing: two appends to the same slice with spare capacity overwrite each other.
package main

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	println(a[3], b[3], &a[0] == &b[0])
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	println(c[3], d[3], &c[0] == &d[0])
	c[0] = 100
	println(full[0], d[0])
	s := []int{0, 1, 2, 3, 4}
	s = append(s[:1], s[2:]...)
	println(len(s), s[0], s[1], s[2], s[3])
}
