// Tests integer division by zero at run time: a runtime error panic with exit status 2.
package main

func div(a, b int) int { return a / b }

func main() {
	println(div(10, 3))
	println(div(1, 0))
	println("not reached")
}
