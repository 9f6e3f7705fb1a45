// Recursion through closures: a closure calling its enclosing function or
// a function that calls back, and a recursive swap of results.
package main

var sink *int

func outer(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	f := func() *int { return outer(p, n-1) } // ERROR "func literal does not escape$"
	return f()
}

func viaClosureA(p *int, n int) int { // ERROR "p does not escape$"
	g := func(q *int) int { // ERROR "leaking param: q$" "func literal does not escape$"
		if n == 0 {
			return *q
		}
		return viaClosureB(q, n-1)
	}
	return g(p)
}

func viaClosureB(p *int, n int) int { // ERROR "p does not escape$"
	return viaClosureA(p, n)
}

func recLeak(p *int, n int) { // ERROR "leaking param: p$"
	if n == 0 {
		sink = p
		return
	}
	func() { recLeak(p, n-1) }() // ERROR "func literal does not escape$"
}

func recResult(p, q *int, n int) (*int, *int) { // ERROR "leaking param: p to result ~r0 level=0$" "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$" "leaking param: q to result ~r1 level=0$"
	if n == 0 {
		return q, p
	}
	return recResult(q, p, n-1)
}

func main() {
	x, y, z := 1, 2, 3 // ERROR "moved to heap: x$" "moved to heap: z$"
	println(outer(&x, 2), viaClosureA(&y, 3))
	recLeak(&z, 1)
	println(recResult(nil, nil, 2))
}
