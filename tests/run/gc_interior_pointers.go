// Tests interior pointers kept as the only references: &s[i] into a
// dropped slice, &x.f into a dropped struct, a subslice into the middle
// of a big array; all must survive heavy allocation.
package main

type Pair struct {
	a    int
	b    [4]int
	next *Pair
}

var sinkp *Pair
var sinks []int

func elem(n int) *int {
	s := make([]int, n)
	for i := range s {
		s[i] = i * 3
	}
	return &s[n/2]
}

func field(v int) *[4]int {
	p := &Pair{a: v}
	for i := range p.b {
		p.b[i] = v + i
	}
	return &p.b
}

func middle(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s[n/2 : n/2+3]
}

func churn(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		x := &Pair{a: i}
		t += x.a & 1
		sinkp = x
		y := make([]int, 100)
		t += len(y)
		sinks = y
	}
	return t
}

func main() {
	var ps []*int
	var fs []*[4]int
	for i := 0; i < 1000; i++ {
		ps = append(ps, elem(10+i%50))
		fs = append(fs, field(i))
	}
	mid := middle(100000)
	last := &(&Pair{next: &Pair{a: 77}}).next.a
	t := churn(300000)
	s := 0
	for _, p := range ps {
		s += *p
	}
	for _, f := range fs {
		s += f[0] + f[3]
	}
	println(t, s, mid[0], mid[1], mid[2], len(mid), cap(mid), *last)
}
