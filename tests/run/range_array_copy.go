// Ranging over an array value copies the array; ranging over a slice of it does not.
package main

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		print(i, "=", v, " ")
	}
	println()
	b := [3]int{1, 2, 3}
	for i, v := range b[:] {
		b[2] = 100
		print(i, "=", v, " ")
	}
	println()
	type S struct{ arr [2]int }
	s := S{[2]int{5, 6}}
	for _, v := range s.arr {
		s.arr[1] = 0
		print(v, " ")
	}
	println()
}
