// Tests closures capturing variables by reference: independent counters and shared state.
package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func pair() (func(), func() int) {
	x := 0
	return func() { x += 10 }, func() int { return x }
}

func main() {
	c1 := counter()
	c2 := counter()
	println(c1(), c1(), c1(), c2())
	inc, get := pair()
	inc()
	inc()
	println(get())
	total := 0
	add := func(k int) { total += k }
	add(5)
	add(6)
	println(total)
	fact := 1
	func() {
		for i := 1; i <= 5; i++ {
			fact *= i
		}
	}()
	println(fact)
}
