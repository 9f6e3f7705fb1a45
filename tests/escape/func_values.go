// Calls through function values: the callee is unknown, so every argument
// leaks to the heap; calls of statically known closures and functions
// assigned once are resolved instead.
package main

type Handler struct {
	fn  func(*int) *int
	cbs []func(*int)
}

var global func(*int) int

func apply(f func(*int) int, p *int) int { // ERROR "f does not escape$" "leaking param: p$"
	return f(p)
}

func applyResult(f func(*int) *int, p *int) *int { // ERROR "f does not escape$" "leaking param: p$"
	return f(p)
}

func applyField(h *Handler, p *int) *int { // ERROR "h does not escape$" "leaking param: p$"
	return h.fn(p)
}

func applyAll(h Handler, p *int) { // ERROR "h does not escape$" "leaking param: p$"
	for _, cb := range h.cbs {
		cb(p)
	}
}

func applyGlobal(p *int) int { // ERROR "leaking param: p$"
	return global(p)
}

func pick(b bool) func(*int) int {
	if b {
		return func(p *int) int { return *p } // ERROR "p does not escape$" "func literal escapes to heap$"
	}
	return func(p *int) int { return 0 } // ERROR "p does not escape$" "func literal escapes to heap$"
}

func callPicked() int {
	x := 1 // ERROR "moved to heap: x$"
	return pick(true)(&x)
}

func reassignedFunc(b bool) int {
	f := func(p *int) int { return *p } // ERROR "p does not escape$" "func literal does not escape$"
	if b {
		f = func(p *int) int { return 1 } // ERROR "p does not escape$" "func literal does not escape$"
	}
	y := 2 // ERROR "moved to heap: y$"
	return f(&y)
}

func onceAssigned() int {
	f := func(p *int) int { return *p } // ERROR "p does not escape$" "func literal does not escape$"
	z := 3
	return f(&z)
}

func named(p *int) int { return *p } // ERROR "p does not escape$"

func namedViaVar() int {
	f := named
	w := 4
	return f(&w)
}

func funcArgLocal() int {
	v := 5 // ERROR "moved to heap: v$"
	return apply(named, &v)
}

func main() {
	var a, b int // ERROR "moved to heap: a$" "moved to heap: b$"
	println(apply(named, &a), applyResult(func(p *int) *int { return p }, &b)) // ERROR "leaking param: p to result ~r0 level=0$" "func literal does not escape$"
	h := &Handler{fn: func(p *int) *int { return p }} // ERROR "leaking param: p to result ~r0 level=0$" "&Handler\{\.\.\.\} does not escape$" "func literal does not escape$"
	println(applyField(h, &a))
	applyAll(Handler{}, &b)
	global = named
	println(applyGlobal(&a), callPicked(), reassignedFunc(true), onceAssigned(), namedViaVar(), funcArgLocal())
}
