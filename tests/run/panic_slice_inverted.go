// Slice with low > high panics with Go's message.
package main

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 2
	println(len(s[lo:]))
	println(len(s[lo:hi]))
}
