// Method values with pointer receivers bind the address; later changes are visible.
package main

type C struct{ v int }

func (c *C) Add(d int) int {
	c.v += d
	return c.v
}

func (c *C) Val() int { return c.v }

func main() {
	c := C{}
	add := c.Add
	val := c.Val
	add(5)
	add(7)
	println(c.v, val())
	c = C{100}
	println(val(), add(1))
	var fs []func(int) int
	cs := []C{{1}, {2}, {3}}
	for i := range cs {
		fs = append(fs, cs[i].Add)
	}
	for _, f := range fs {
		print(f(10), " ")
	}
	println(cs[0].v, cs[1].v, cs[2].v)
}
