// Tests slice bounds out of range at run time: go's message with the bound and the capacity.
package main

func main() {
	s := make([]int, 3, 5)
	n := 4
	println(len(s[:n]))
	n = 6
	println(len(s[:n]))
}
