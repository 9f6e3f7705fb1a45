// println of float special values: infinities, NaN, negative zero, denormals, float32 extremes.
package main

func main() {
	zero := 0.0
	inf := 1 / zero
	println(inf, -inf, zero/zero, -zero, 1/(-zero))
	var f32z float32
	println(float32(inf), f32z, -f32z)
	println(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
	println(float32(1.4e-45), float32(1.17549435e-38))
	println(0.1+0.2, 1.0/3.0, 2.0/3.0, float32(1.0)/3)
	println(100.0, 1000000.0, 12345678912345678.0)
	println(-1e-7, 9.999999999e9, 0.000001)
}
