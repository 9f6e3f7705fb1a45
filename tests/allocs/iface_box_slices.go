// Slices in escaping interfaces: the slice header is boxed (one
// allocation); a literal also allocates its backing array.
package main

// ALLOCS: mallocs=4000

var sink interface{}
var data = []int{1, 2, 3}

func main() {
	n := 0
	for i := 0; i < 1000; i++ {
		sink = data // 1000
		sink = data[1:] // 1000
		sink = []byte{byte(i)} // 2000: the array and the header
		n += len(sink.([]byte))
	}
	println(n)
}
