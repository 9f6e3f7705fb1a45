// Tests conversions between floats and integers (truncation toward zero) and float32 rounding.
package main

func main() {
	f := 3.99
	g := -3.99
	println(int(f), int(g), int64(f), int8(g), uint8(f))
	i := 7
	println(float64(i), float32(i), float64(-i)/2)
	var big int64 = 9007199254740993
	println(float64(big), float32(big))
	d := 0.1
	println(float32(d), float64(float32(d)))
	var u uint64 = 18446744073709551615
	println(float64(u))
	h := 1e10
	println(int64(h), int32(int64(h)))
	var x float32 = 1.1
	println(float64(x) * 2, x*2)
	println(uint32(f*1000), uint16(2.5e4))
}
