// Tests func main with parameters and results.
package main

func main(x int) int { // ERROR "func main must have no arguments and no return values"
	return x
}
