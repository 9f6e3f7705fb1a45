// Tests a stray token in an expression statement.
package main

func main() {
	x := (1 + 2)) // ERROR "syntax error: unexpected \) at end of statement"
	println(x)
}
