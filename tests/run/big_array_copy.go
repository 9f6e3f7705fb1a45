// Large but legal arrays: copied by value, pointer arrays on the heap, package-level arrays.
package main

var global [1 << 21]int
var gptrs [1 << 16]*int

type Rec struct {
	tag  string
	vals [1 << 18]int
	next *Rec
}

func sum(a [1 << 20]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	var a [1 << 20]int
	for i := range a {
		a[i] = i % 7
	}
	b := a
	b[0] = 100
	println(sum(a), sum(b), a[0], b[0])

	p := new([1 << 22]*int)
	x, y := 1, 2
	p[0] = &x
	p[len(p)-1] = &y
	println(*p[0] + *p[len(p)-1])

	r := &Rec{tag: "r"}
	r.next = &Rec{tag: "s"}
	r.next.vals[5] = 5
	q := *r.next
	q.vals[5] = 6
	println(r.tag, r.next.tag, r.next.vals[5], q.vals[5])

	global[len(global)-1] = 9
	gptrs[len(gptrs)-1] = &x
	println(global[len(global)-1], *gptrs[len(gptrs)-1])
}
