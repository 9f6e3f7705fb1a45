// panic with a negative integer value from a nested function.
package main

func deep(n int) int {
	if n == 0 {
		panic(-17)
	}
	return deep(n-1) + 1
}

func main() {
	println("go")
	println(deep(10))
}
