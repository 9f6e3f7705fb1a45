// Tests large structs and arrays passed and returned by value (copy semantics, no aliasing).
package main

type Big struct {
	a    [64]int
	name string
	f    float64
}

func fill(b Big, v int) Big {
	for i := range b.a {
		b.a[i] = v + i
	}
	b.name = "filled"
	return b
}

func sum(b Big) int {
	s := 0
	for _, x := range b.a {
		s += x
	}
	return s
}

func main() {
	var b Big
	c := fill(b, 10)
	println(sum(b), sum(c), b.name == "", c.name)
	d := c
	d.a[63] = 0
	println(c.a[63], d.a[63], c == d)
	var big [100000]int
	for i := range big {
		big[i] = i
	}
	t := 0
	for _, v := range big {
		t += v
	}
	println(t)
}
