// Tests pointers that live only in locals (and so, after optimisation,
// in registers) across many allocations inside one function.
package main

type Box struct {
	v    int
	next *Box
}

var sink *Box
var sinkc []int

func work(seed int) int {
	a := &Box{v: seed}
	b := &Box{v: seed * 2, next: a}
	c := []int{seed, seed + 1, seed + 2}
	sinkc = c
	sinkc = nil
	s := "s" + string(rune('a'+seed%26))
	sum := 0
	for i := 0; i < 20000; i++ {
		t := &Box{v: i, next: b}
		sum += t.next.next.v + t.v&1
		sink = t
		if i%5000 == 0 {
			b = &Box{v: b.v + 1, next: b.next}
		}
	}
	return sum + b.v + c[0] + c[2] + len(s)
}

func main() {
	total := 0
	for k := 0; k < 40; k++ {
		total += work(k)
	}
	println(total)
}
