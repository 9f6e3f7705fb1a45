// Tests comparison operators on ints, unsigned ints, floats, strings and bools.
package main

func main() {
	var a, b int = -1, 1
	println(a < b, a <= b, a > b, a >= b, a == b, a != b)
	var u, v uint = 1<<63, 1
	println(u < v, u > v)
	var i8 int8 = -128
	println(i8 < 0, i8 == -128)
	x, y := 0.1, 0.2
	println(x+y == 0.3, x+y > 0.3, x < y)
	z := 0.0
	nz := -z
	println(z == nz, z < nz)
	println(true == false, true != false)
	s, t := "abc", "abd"
	println(s < t, s >= t, s == "abc")
	var f32 float32 = 0.1
	println(float64(f32) == 0.1, f32 == 0.1)
}
