// Tests goto jumping over a variable declaration.
package main

func main() {
	goto later // ERROR "goto later jumps over declaration of x at \./goto_over_var\.go:6:4"
	x := 1
	println(x)
later:
	println(2)
}
