// Tests panic with an integer value: prints "panic: 42" and exits with status 2.
package main

func main() {
	println("before")
	panic(42)
}
