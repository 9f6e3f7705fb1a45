// Boxing ints outside 0..255 into an escaping interface allocates once
// per conversion (negative values too); small ones in the same loop don't.
package main

// ALLOCS: mallocs=2499

var sink interface{}

func box(n int) interface{} {
	return n
}

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		sink = i + 256 // 1000 allocations
		total += sink.(int)
		sink = -1 - i // 1000 allocations
		total += sink.(int)
		x := box(i % 100) // small: none
		total += x.(int)
	}
	for i := 0; i < 500; i++ {
		x := box(i * 1000) // i = 0 is small: 499 allocations
		total += x.(int)
	}
	println(total)
}
