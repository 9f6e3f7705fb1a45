// Boxing by width: bools and 1-byte values never allocate; 2-, 4- and
// 8-byte values allocate only from 256 up; float64 0.0 has all bits 0.
package main

// ALLOCS: mallocs=2244

var sink interface{}

func main() {
	n := 0
	for i := 0; i < 1000; i++ {
		sink = i%2 == 0 // never
		sink = byte(i)  // never
		sink = int8(i)  // never
		sink = uint16(i) // 744 of 1000 are >= 256
		sink = int32(i % 256) // never
		sink = uint32(i + 1000) // always
		sink = float64(i % 2) // 0.0 is free, 1.0 is not: 500
		sink = float32(0) // never
		n++
	}
	println(n)
}
