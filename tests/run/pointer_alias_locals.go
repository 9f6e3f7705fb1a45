// Two pointers to the same local variable alias each other.
package main

func main() {
	x := 1
	p := &x
	q := &x
	*p = 5
	println(x, *q, p == q)
	*q += 10
	println(x, *p)
	pp := &p
	**pp = 3
	println(x, *q)
	y := 100
	*pp = &y
	*p = 7
	println(x, y, p == q)
}
