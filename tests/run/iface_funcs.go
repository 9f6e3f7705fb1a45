// Funcs in interfaces: held, asserted back and called; compared only
// with nil; a named func type with a method satisfies an interface.
package main

type Handler interface{ Handle(x int) int }

type HandlerFunc func(int) int

func (f HandlerFunc) Handle(x int) int { return f(x) }

type Chain []Handler

func (c Chain) Handle(x int) int {
	for _, h := range c {
		x = h.Handle(x)
	}
	return x
}

func main() {
	double := func(x int) int { return 2 * x }
	var h Handler = HandlerFunc(double)
	println(h.Handle(21))

	base := 5
	addBase := HandlerFunc(func(x int) int { return x + base })
	var c Handler = Chain{h, addBase, Chain{h, h}}
	println(c.Handle(1))
	base = 100
	println(c.Handle(1))

	var e interface{} = double
	f, ok := e.(func(int) int)
	println(ok, f(4))
	_, ok = e.(HandlerFunc) // a different type
	println(ok)
	println(e != nil)
	var nf func()
	var en interface{} = nf // a nil func in an interface is not nil
	println(en != nil, en.(func()) == nil)

	// a func returning an interface, an interface holding such a func
	mk := func(n int) Handler {
		return HandlerFunc(func(x int) int { return x * n })
	}
	var g interface{} = mk
	h3 := g.(func(int) Handler)(3)
	println(h3.Handle(7))
}
