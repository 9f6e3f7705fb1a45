// Division by zero on small integer types panics too.
package main

func div(a, b int8) int8 { return a / b }

func main() {
	println(div(-128, -1))
	println(div(5, 0))
}
