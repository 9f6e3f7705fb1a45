// A pointer into a slice's backing array keeps pointing at the old array after append grows it.
package main

func main() {
	s := make([]int, 2, 2)
	p := &s[1]
	s = append(s, 3)
	*p = 50
	println(s[1], *p)
	t := make([]int, 2, 10)
	q := &t[1]
	t = append(t, 3)
	*q = 50
	println(t[1], *q)
	u := t[1:2]
	u[0]++
	println(*q)
}
