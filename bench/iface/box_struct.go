// Boxing a 3-word struct into an escaping interface{} (stored to a
// global sink): one 24-byte heap allocation per box; 20,000,000 boxes.
package main

type Triple struct{ a, b, c int }

var sink interface{}

//go:noinline
func box(t Triple) {
	sink = t
}

//go:noinline
func offsets(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = 256 + i*3
	}
	return s
}

func main() {
	off := offsets(16)
	total := 0
	for i := 0; i < 20000000; i++ {
		box(Triple{i, off[i&15], i ^ 5})
		total += i & 3
	}
	t := sink.(Triple)
	println(total + t.a + t.b + t.c)
}
