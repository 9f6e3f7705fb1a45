// Variadic calls: the implicit ... argument slice is an allocation of its
// own; spreading an existing slice passes it through; forwarding and
// leaking variadic parameters.
package main

var sink *int
var sinkS []*int

func count(xs ...*int) int { // ERROR "xs does not escape$"
	return len(xs)
}

func first(xs ...*int) *int { // ERROR "leaking param: xs to result ~r0 level=1$"
	return xs[0]
}

func keepAll(xs ...*int) { // ERROR "leaking param: xs$"
	sinkS = xs
}

func keepOne(xs ...*int) { // ERROR "leaking param content: xs$"
	sink = xs[len(xs)-1]
}

func forward(xs ...*int) int { // ERROR "xs does not escape$"
	return count(xs...)
}

func forwardKeep(xs ...*int) { // ERROR "leaking param: xs$"
	keepAll(xs...)
}

func prefixed(p *int, xs ...int) *int { // ERROR "leaking param: p to result ~r0 level=0$" "xs does not escape$"
	return p
}

func ints(xs ...int) int { // ERROR "xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func strs(sep string, xs ...string) string { // ERROR "sep does not escape$" "xs does not escape$"
	r := ""
	for _, x := range xs {
		r += sep + x // ERROR "sep \+ x escapes to heap$"
	}
	return r
}

func callers() {
	a, b := 1, 2
	println(count(&a, &b), count(), ints(1, 2, 3), ints()) // ERROR "\.\.\. argument does not escape$"
	c := 3
	println(first(&c)) // ERROR "\.\.\. argument does not escape$"
	d := 4 // ERROR "moved to heap: d$"
	keepAll(&d) // ERROR "\.\.\. argument escapes to heap$"
	e := 5 // ERROR "moved to heap: e$"
	keepOne(&e) // ERROR "\.\.\. argument does not escape$"
	f := 6
	println(forward(&f)) // ERROR "\.\.\. argument does not escape$"
	g := 7 // ERROR "moved to heap: g$"
	forwardKeep(&g) // ERROR "\.\.\. argument escapes to heap$"
	println(prefixed(&a, 1, 2), strs(",", "a", "b")) // ERROR "\.\.\. argument does not escape$"
}

func spreads(s []*int, t []int) { // ERROR "leaking param: s$" "t does not escape$"
	println(count(s...), ints(t...))
	keepAll(s...)
}

func spreadLiteral() int {
	x := 1
	return count([]*int{&x, nil}...) // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
}

func loopVariadic() int {
	n := 0
	for i := 0; i < 3; i++ {
		y := i
		n += count(&y) // ERROR "\.\.\. argument does not escape$"
	}
	return n
}

func main() {
	callers()
	spreads(nil, nil)
	println(spreadLiteral(), loopVariadic())
}
