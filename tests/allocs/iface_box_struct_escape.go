// A three-word struct boxed into an escaping interface allocates once
// per conversion; through a non-empty interface and a returned one too.
package main

// ALLOCS: mallocs=3000

type Vec struct{ x, y, z int }

func (v Vec) Sum() int { return v.x + v.y + v.z }

type Summer interface{ Sum() int }

var sink interface{}
var sinkS Summer

func wrap(v Vec) Summer {
	return v
}

func main() {
	t := 0
	for i := 0; i < 1000; i++ {
		v := Vec{i, i + 1, i + 2}
		sink = v // 1000
		sinkS = v // 1000
		w := wrap(v) // 1000
		t += w.Sum() + sinkS.Sum() + sink.(Vec).x
	}
	println(t)
}
