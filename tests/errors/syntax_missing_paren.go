// Tests a call missing its closing parenthesis.
package main

func main() {
	println("a", 1 // ERROR "unexpected newline in argument list; possibly missing comma or \)"
}
