// Closures returned from functions keep their own captured state, called later.
package main

func counter(start, step int) (func() int, func()) {
	n := start
	next := func() int {
		n += step
		return n
	}
	reset := func() { n = start }
	return next, reset
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func main() {
	c1, r1 := counter(0, 1)
	c2, _ := counter(100, 10)
	println(c1(), c1(), c2(), c1(), c2())
	r1()
	println(c1(), c2())
	a := adder()
	b := adder()
	for i := 1; i <= 5; i++ {
		print(a(i), " ")
	}
	println(b(1000))
}
