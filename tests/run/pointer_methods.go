// Tests pointer-receiver methods: mutation, automatic &x and *p at call sites, method chains.
package main

type Counter struct{ n int }

func (c *Counter) Inc()       { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}
func (c Counter) Get() int { return c.n }

type List struct {
	items [4]int
	n     int
}

func (l *List) Push(v int) { l.items[l.n] = v; l.n++ }
func (l List) Sum() int {
	s := 0
	for i := 0; i < l.n; i++ {
		s += l.items[i]
	}
	return s
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	println(c.Get())
	p := &c
	p.Inc()
	println(p.Get(), c.n)
	p.Add(10).Add(100).Inc()
	println(c.Get())
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	println(l.Sum(), l.n)
	lp := &l
	lp.Push(4)
	println(lp.Sum())
}
