// Method expressions called with a multi-value call, T.M(g()): the first
// result is the receiver (go1.19 test/fixedbugs/issue4167 crashed goesc).
package main

type P struct{ n int }

func (p *P) Get(k int) *int { return &p.n }

func (p P) Sum(xs ...int) int { return p.n + len(xs) }

func pair(n int) (*P, int) { return &P{n}, 1 }

func trio(n int) (P, int, int) { return P{n}, 1, 2 }

var sink *int

func main() {
	sink = (*P).Get(pair(3))
	println(P.Sum(trio(4)))
}
