// Pointer-shaped values go into interfaces as they are: boxing a pointer,
// a func or a one-pointer struct allocates nothing.
package main

// ALLOCS: mallocs=0

type T struct{ n int }

func (t *T) M() int { return t.n }

type I interface{ M() int }

type Wrap struct{ p *T }

func (w Wrap) M() int { return w.p.n }

var sink interface{}
var sinkI I
var shared = &T{1}

func fn() int { return 2 }

func main() {
	n := 0
	for i := 0; i < 1000; i++ {
		sink = shared
		sinkI = shared
		sinkI = Wrap{shared}
		sink = fn
		n += sinkI.M() + sink.(func() int)()
	}
	println(n)
}
