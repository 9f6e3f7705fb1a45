// make with capacity smaller than length panics.
package main

func main() {
	n, c := 5, 3
	s := make([]int, 0, n)
	println(len(s), cap(s))
	t := make([]int, n, c)
	println(len(t))
}
