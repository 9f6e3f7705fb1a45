// Method expressions called with a multi-value call, T.M(g()): g's first
// result is the receiver, the rest are the parameters (this crashed goesc).
package main

type P struct{ n int }

func (p *P) Get(k int) *int { return &p.n } // ERROR "leaking param: p to result ~r0 level=0$"

func (p P) Sum(xs ...int) int { return p.n + len(xs) } // ERROR "xs does not escape$"

func pair(n int) (*P, int) { return &P{n}, 1 } // ERROR "&P\{\.\.\.\} escapes to heap$"

func trio(n int) (P, int, int) { return P{n}, 1, 2 }

var sink *int

func main() {
	sink = (*P).Get(pair(3))
	println(P.Sum(trio(4))) // ERROR "\.\.\. argument does not escape$"
}
