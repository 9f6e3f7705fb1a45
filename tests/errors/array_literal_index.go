// Tests array literals with an out-of-range index and duplicate indices.
package main

func main() {
	a := [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	b := [3]int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	println(a[0], b[0])
}
