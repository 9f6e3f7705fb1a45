// Tests a local variable declared twice in the same block.
package main

func main() {
	var x int
	var x string // ERROR "x redeclared in this block\n\t\./duplicate_decl\.go:5:6: other declaration of x"
	println(x)
}
