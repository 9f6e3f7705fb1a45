// Calls through interface methods: the callee is unknown, so the
// receiver and every argument leak to the heap.
package main

type Visitor interface {
	Visit(p *int) int
	Name() string
}

type Counter struct{ n int }

func (c *Counter) Visit(p *int) int { c.n += *p; return c.n } // ERROR "c does not escape$" "p does not escape$"
func (c *Counter) Name() string     { return "counter" } // ERROR "c does not escape$"

type Value struct{ x int }

func (v Value) Visit(p *int) int { return v.x + *p } // ERROR "p does not escape$"
func (v Value) Name() string     { return "value" }

func callVisit(v Visitor, p *int) int { // ERROR "leaking param: v$" "leaking param: p$"
	return v.Visit(p)
}

func callName(v Visitor) string { // ERROR "leaking param: v$"
	return v.Name()
}

func localCall() int {
	x := 1
	c := Counter{}
	var v Visitor = &c
	return v.Visit(&x) // ERROR "devirtualizing v\.Visit to \*Counter$"
}

func valueReceiver() int {
	y := 2
	var v Visitor = Value{3} // ERROR "Value\{\.\.\.\} does not escape$"
	return v.Visit(&y) // ERROR "devirtualizing v\.Visit to Value$"
}

func directCall() int {
	z := 3
	c := &Counter{} // ERROR "&Counter\{\} does not escape$"
	return c.Visit(&z)
}

func slices(vs []Visitor) int { // ERROR "leaking param content: vs$"
	t := 0
	for _, v := range vs {
		q := 4 // ERROR "moved to heap: q$"
		t += v.Visit(&q)
	}
	return t
}

func main() {
	_ = callVisit(&Counter{}, new(int)) // ERROR "&Counter\{\} escapes to heap$" "new\(int\) escapes to heap$"
	_ = callName(Value{}) // ERROR "Value\{\} escapes to heap$"
	_ = localCall()
	_ = valueReceiver()
	_ = directCall()
	_ = slices([]Visitor{Value{}, &Counter{}}) // ERROR "\[\]Visitor\{\.\.\.\} does not escape$" "Value\{\} escapes to heap$" "&Counter\{\} escapes to heap$"
}
