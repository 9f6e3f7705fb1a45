// Tests functions that can reach their end without returning a value.
package main

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func g(x int) int {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func h() int {
	for {
	}
}

func main() {
	println(f(1), g(1), h())
}
