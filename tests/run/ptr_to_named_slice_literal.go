// Tests &T{...} where T is a named slice type, and indexing through it.
package main

type A []int

func sum(p *A) int {
	t := 0
	for _, v := range *p {
		t += v
	}
	return t
}

func main() {
	a := &A{1, 2, 3}
	b := &A{}
	println(len(*a), cap(*a), len(*b), sum(a))
	(*a)[1] = 20
	*b = append(*b, 5, 6)
	println((*a)[1], sum(a), sum(b), len(*b))
}
