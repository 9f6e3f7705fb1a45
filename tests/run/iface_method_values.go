// Method values and expressions through interfaces: i.M binds the
// dynamic value when evaluated; I.M takes the interface as first
// argument; T.M and (*T).M satisfy func types.
package main

type Counter interface {
	Inc(by int) int
	Get() int
}

type Val struct{ n int }

func (v Val) Inc(by int) int { v.n += by; return v.n }
func (v Val) Get() int        { return v.n }

type Ref struct{ n int }

func (r *Ref) Inc(by int) int { r.n += by; return r.n }
func (r *Ref) Get() int        { return r.n }

func apply(f func(int) int, times int) int {
	r := 0
	for i := 0; i < times; i++ {
		r = f(i)
	}
	return r
}

func main() {
	var c Counter = Val{10}
	inc := c.Inc // binds the current dynamic value
	c = &Ref{20}
	println(inc(1), inc(1), c.Get())
	inc2 := c.Inc
	println(apply(inc2, 4), c.Get())

	// method expression on the interface type
	get := Counter.Get
	incE := Counter.Inc
	println(get(Val{3}), get(c), incE(c, 5), c.Get())

	// method expressions on concrete types, used through a func type
	var f func(Val, int) int = Val.Inc
	println(f(Val{1}, 2))
	g := (*Ref).Inc
	r := &Ref{}
	g(r, 4)
	println(r.n)
	h := (*Val).Get // a pointer method expression of a value method
	println(h(&Val{9}))

	// method values stored in a slice, from different dynamic types
	cs := []Counter{Val{1}, &Ref{2}, Val{3}}
	var gets []func() int
	for _, x := range cs {
		gets = append(gets, x.Get)
	}
	cs[1].Inc(100)
	for i, gf := range gets {
		println(i, gf())
	}
	// a method value of an interface, held in an interface
	var anyf interface{} = c.Get
	println(anyf.(func() int)())
}
