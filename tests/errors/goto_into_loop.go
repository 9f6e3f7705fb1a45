// Tests goto into the body of a for loop.
package main

func main() {
	goto body // ERROR "goto body jumps into block starting at \./goto_into_loop\.go:6:25"
	for i := 0; i < 2; i++ {
	body:
		println(i)
	}
}
