// Tests shifts of non-integer values and negative constant shift counts.
package main

func main() {
	f := 1.5
	println(f << 2) // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	x := 1
	println(x << -1) // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	println(1 << 1.5) // ERROR "1.5 \(untyped float constant\) truncated to uint"
}
