// Mutual recursion: two- and three-function cycles analysed as one batch,
// recursion through results, and callers of a recursive group.
package main

type List struct {
	next *List
	val  *int
}

var sink *int

func ping(p *int, n int) int { // ERROR "p does not escape$"
	if n == 0 {
		return *p
	}
	return pong(p, n-1)
}

func pong(p *int, n int) int { // ERROR "p does not escape$"
	return ping(p, n)
}

func a3(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return nil
	}
	return b3(p, n-1)
}

func b3(p *int, n int) *int { // ERROR "leaking param: p$"
	return c3(p, n)
}

func c3(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 1 {
		return p
	}
	return a3(p, n)
}

func h1(p *int, n int) { // ERROR "leaking param: p$"
	if n > 0 {
		h2(p, n-1)
	}
}

func h2(p *int, n int) { // ERROR "leaking param: p$"
	if n == 5 {
		sink = p
	}
	h3(p, n)
}

func h3(p *int, n int) { // ERROR "leaking param: p$"
	h1(p, n)
}

func last(l *List) *List { // ERROR "leaking param: l to result ~r0 level=0$"
	if l.next == nil {
		return l
	}
	return last(l.next)
}

func lastVal(l *List) *int { // ERROR "leaking param: l to result ~r0 level=1$"
	if l.next == nil {
		return l.val
	}
	return lastVal(l.next)
}

func build(n int) *List {
	if n == 0 {
		return nil
	}
	return &List{next: build(n - 1)} // ERROR "&List\{\.\.\.\} escapes to heap$"
}

func evenL(l *List) bool { // ERROR "l does not escape$"
	if l == nil {
		return true
	}
	return oddL(l.next)
}

func oddL(l *List) bool { // ERROR "l does not escape$"
	if l == nil {
		return false
	}
	return evenL(l.next)
}

func fwd(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return back(p, n)
}

func back(p *int, n int) *int { // ERROR "leaking param: p$"
	q := fwd(p, n-1)
	return q
}

func user() int {
	var x, y, z, w int // ERROR "moved to heap: y$" "moved to heap: z$" "moved to heap: w$"
	r := ping(&x, 3)
	a3(&y, 2)
	h1(&z, 7)
	println(fwd(&w, 2))
	return r
}

func main() {
	l := &List{next: &List{}} // ERROR "&List\{\.\.\.\} does not escape$" "&List\{\} does not escape$"
	println(user(), last(l), lastVal(l), build(3), evenL(l))
}
