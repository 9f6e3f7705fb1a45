// Tests integer-only operators applied to floats.
package main

func main() {
	f, g := 1.5, 2.5
	println(f % g) // ERROR "operator % not defined on f"
	println(f & g) // ERROR "operator & not defined on f"
	println(^f) // ERROR "operator \^ not defined on f"
}
