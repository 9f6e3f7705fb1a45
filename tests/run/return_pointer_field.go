// Returning pointers to fields and elements of local aggregates.
package main

type S struct {
	a int
	b [4]int
}

func fieldPtr() (*int, *S) {
	s := S{a: 1}
	return &s.b[2], &s
}

func elemPtr(n int) *int {
	xs := make([]int, n)
	return &xs[n-1]
}

func main() {
	e, s := fieldPtr()
	*e = 5
	println(s.b[2], s.a)
	s.b[2] = 6
	println(*e)
	p := elemPtr(3)
	*p = 9
	println(*p)
}
