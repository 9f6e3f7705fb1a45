// A package variable initialised with &T{constants} points to a
// statically allocated object (as gc allocates it), still writable and
// shared by every copy of the pointer.
package main

type T struct{ a, b int }

var p = &T{1, 2}
var q = p

func main() {
	p.a = 5
	println(p.a, q.a, p.b)
	r := &T{3, 4}
	p = r
	println(p.a, q.a)
}
