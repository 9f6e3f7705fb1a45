// Tests println of nil pointers and nil funcs-free values: nil pointers print as 0x0.
package main

type T struct{ a int }

func main() {
	var p *int
	var q *T
	println(p, q)
	println(p == nil, q == nil)
	var s []int
	println(len(s))
}
