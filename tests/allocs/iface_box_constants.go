// Constants converted to escaping interfaces: ints, floats, strings and
// bools are static read-only data (no allocation, although -m says
// "escapes to heap"); constant composite literals are not: one
// allocation each per conversion (2 x 1000).
package main

// ALLOCS: mallocs=2000

type P struct{ a, b, c int }

var sink interface{}

func main() {
	n := 0
	for i := 0; i < 1000; i++ {
		sink = 123456789
		sink = 2.718281828
		sink = "a constant string"
		sink = P{1, 2, 3}         // allocates
		sink = [4]int{5, 6, 7, 8} // allocates
		n += sink.([4]int)[0]
		sink = true
	}
	println(n)
}
