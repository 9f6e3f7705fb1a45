// Boxing an int >= 256 into an escaping interface{} (stored to a global
// sink): one 8-byte heap allocation per box; 20,000,000 boxes.
package main

var sink interface{}

//go:noinline
func box(v int) {
	sink = v
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
		box(off[i&15] + i)
		total += i & 3
	}
	println(total + sink.(int))
}
