// Method values and closures stored in package variables, called after the creator returned.
package main

type Counter struct{ n int }

func (c *Counter) Inc() int {
	c.n++
	return c.n
}

func (c Counter) Peek() int { return c.n }

var incF func() int
var peekF func() int

func setup() {
	c := Counter{10}
	incF = c.Inc
	peekF = c.Peek
	c.n = 20
}

func main() {
	setup()
	println(incF(), incF(), peekF())
}
