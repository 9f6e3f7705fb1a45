// Overflowing counters in loops and hashing with wrapping multiplication.
package main

func main() {
	var i8 int8
	n := 0
	for i8 = 100; i8 > 0; i8 += 10 {
		n++
	}
	println(n, i8)
	var h uint32 = 2166136261
	for _, c := range []byte("hello world") {
		h ^= uint32(c)
		h *= 16777619
	}
	println(h)
	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("goesc") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	println(h64)
	var x int64 = 1
	for k := 0; k < 70; k++ {
		x *= 3
	}
	println(x)
}
