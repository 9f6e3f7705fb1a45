// Tests println's float format (+d.dddddde+ddd) for float64 and float32 values.
package main

func main() {
	println(1.5, -1.5, 0.0, 100.0)
	println(3.141592653589793, 2.718281828459045)
	println(1e300, 1e-300, -1e-5)
	println(123456789.0, 0.000123456789)
	var f float32 = 0.1
	var g float32 = 16777216
	println(f, g, float32(1)/3)
	var x float64 = 1
	for i := 0; i < 5; i++ {
		x = x * 1000
		println(x)
	}
	println(5e-324, 1.7976931348623157e308)
	println(0.5, 0.25, 0.125)
	println(9.9999999, 9.99999949)
}
