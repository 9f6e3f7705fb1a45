// Tests a file that ends in the middle of a function body.
package main

func main() {
	println("x")
// ERROR "syntax error: unexpected EOF, expecting }"