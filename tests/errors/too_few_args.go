// Tests a call with not enough arguments.
package main

func f(a, b int) int { return a + b }

func main() {
	println(f(1)) // ERROR "not enough arguments in call to f\n\thave \(number\)\n\twant \(int, int\)"
}
