// Slicing a pointer to an array past its length panics.
package main

func main() {
	a := [3]int{1, 2, 3}
	p := &a
	h := 4
	println(len(p[1:]))
	println(len(p[:h]))
}
