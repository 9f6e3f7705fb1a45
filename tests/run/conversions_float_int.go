// Conversions between floats and integers: truncation toward zero, float32 rounding.
package main

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e10, 255.99}
	for _, f := range fs {
		println(int(f), int64(f), int32(int64(f)), uint8(int(f)))
	}
	var f32 float32 = 16777217
	println(f32, float64(f32))
	d := 0.1
	println(float32(d), float64(float32(d)))
	i := 1<<53 + 1
	println(float64(i), float32(i))
	var u uint64 = 1<<64 - 1
	println(float64(u), float32(u))
	var small int8 = -7
	println(float64(small), float32(small)/2)
	println(uint64(float64(1<<63)), uint32(3.99e9))
}
