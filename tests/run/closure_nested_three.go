// Closures nested three deep, each level modifying variables captured from outer levels.
package main

func main() {
	a := 1
	f := func() func() func() int {
		b := 10
		a++
		return func() func() int {
			c := 100
			a *= 2
			b++
			return func() int {
				a++
				b += 2
				c += 3
				return a + b + c
			}
		}
	}
	g := f()
	h := g()
	println(h(), h(), a)
	h2 := g()
	println(h2(), h(), a)
	println(f()()(), a)
}
