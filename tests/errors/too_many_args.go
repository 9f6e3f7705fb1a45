// Tests a call with too many arguments.
package main

func f(a int) int { return a }

func main() {
	println(f(1, 2, 3)) // ERROR "too many arguments in call to f"
}
