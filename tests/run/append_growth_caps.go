// Capacity growth when appending one element at a time (go1.19 growth rule and size classes).
package main

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			print(cap(s), " ")
			last = cap(s)
		}
	}
	println()
	var b []byte
	last = -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			print(cap(b), " ")
			last = cap(b)
		}
	}
	println()
}
