// Tests a shift by a negative signed count at run time: a runtime error panic.
package main

func main() {
	x := 1
	n := 3
	println(x << n)
	n = -1
	println(x << n)
}
