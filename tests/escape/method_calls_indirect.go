// Calls through method values are calls of unknown functions (arguments
// leak to the heap); method expressions are static; variadic methods,
// closures and method values build their ... argument as usual.
package main

type T struct {
	n int
}

func (t *T) Add(ps ...*int) int { // ERROR "t does not escape$" "ps does not escape$"
	s := 0
	for _, p := range ps {
		s += *p
	}
	return s
}

func (t T) Use(p *int) int { return *p + t.n } // ERROR "p does not escape$"

func viaMethodValue() int {
	var t T
	x := 1 // ERROR "moved to heap: x$"
	f := t.Use // ERROR "t\.Use does not escape$"
	return f(&x)
}

func viaMethodExpr() int {
	var t T
	y := 1
	f := T.Use
	return f(t, &y)
}

func variadicMethod() int {
	var t T
	a, b := 1, 2
	return t.Add(&a, &b) // ERROR "\.\.\. argument does not escape$"
}

func variadicMethodSpread(ps []*int) int { // ERROR "ps does not escape$"
	var t T
	return t.Add(ps...)
}

func variadicClosure() int {
	c := 1
	f := func(ps ...*int) int { return len(ps) } // ERROR "ps does not escape$" "func literal does not escape$"
	return f(&c, nil) // ERROR "\.\.\. argument does not escape$"
}

func variadicMethodValue() int {
	var t T
	d := 1 // ERROR "moved to heap: d$"
	g := t.Add // ERROR "t\.Add does not escape$"
	return g(&d) // ERROR "\.\.\. argument escapes to heap$"
}

func main() {
	println(viaMethodValue(), viaMethodExpr(), variadicMethod(), variadicMethodSpread(nil), variadicClosure(), variadicMethodValue())
}
