// Tests a bare return while a named result is shadowed by an inner declaration.
package main

func f() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return\n\t\./result_shadowed\.go:6:3: inner declaration of var x int"
	}
}

func main() {
	println(f())
}
