// panic with a float64 value prints it in println format.
package main

func main() {
	x := 1.5
	println("before")
	panic(x * 2)
}
