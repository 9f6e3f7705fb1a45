// Remainder by zero panics with the divide-by-zero error.
package main

func main() {
	a, b := 7, 0
	println(a % 3)
	println(a % b)
}
