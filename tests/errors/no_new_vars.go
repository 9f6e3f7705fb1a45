// Tests := with no new variables on the left.
package main

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	b, a := 3, 4
	println(a, b)
}
