// Tests that a non-constant shift of an untyped constant takes the type
// of the conversion around it, and must then be an integer.
package main

func main() {
	s := uint(10)
	ss := 1 << s
	y1 := float64(ss)
	y2 := float64(1 << s) // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	y3 := string(1 << s)  // ERROR "invalid operation: 1 << s \(shift of type string\)"
	y4 := int64(1 << s)
	y5 := string(rune(65))
	println(y1, y2, y3, y4, y5)
}
