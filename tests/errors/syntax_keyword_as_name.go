// Tests a keyword used where a variable name is expected.
package main

func main() {
	var func int // ERROR "syntax error: unexpected func, expecting name"
	println(1)
}
