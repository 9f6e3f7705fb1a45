// Indexing an array with a variable out-of-range index panics.
package main

func main() {
	var a [5]int
	for i := 0; i <= 5; i++ {
		a[i] = i
		print(i, " ")
	}
	println()
}
