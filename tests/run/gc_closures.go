// Tests closures that hold heap variables (captured by reference) and
// are the only path to them, while garbage is allocated.
package main

var sink []byte

func counter(start int) (func() int, func()) {
	n := start
	hist := []int{}
	inc := func() {
		n++
		hist = append(hist, n)
	}
	get := func() int {
		return n*1000 + len(hist)
	}
	return get, inc
}

func adder(xs []int) func(int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	p := &total
	return func(y int) int {
		*p += y
		return *p
	}
}

func main() {
	var gets []func() int
	var incs []func()
	for i := 0; i < 2000; i++ {
		g, inc := counter(i)
		gets = append(gets, g)
		incs = append(incs, inc)
	}
	add := adder([]int{1, 2, 3})
	for round := 0; round < 50; round++ {
		for i, inc := range incs {
			if i%(round+1) == 0 {
				inc()
			}
		}
		for j := 0; j < 2000; j++ {
			_ = add(1)
			b := make([]byte, 64)
			b[0] = byte(j)
			sink = b
		}
	}
	s := 0
	for _, g := range gets {
		s += g()
	}
	println(s, add(0))
}
