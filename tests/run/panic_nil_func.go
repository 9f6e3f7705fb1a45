// Calling a nil func value panics.
package main

func main() {
	var f func(int) int
	println(f == nil)
	println(f(1))
}
