// Tests untyped float constants: exact arithmetic, conversion to int when integral, huge exponents.
package main

const (
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Big   = 1e500
	Small = 1e-500
)

func main() {
	println(Pi)
	println(Big / 1e490)
	println(Small * 1e505)
	println(Big * Small)
	const i int = 1e3
	println(i)
	var f32 float32 = Pi
	println(f32)
	const h = 0.5
	println(h*2 == 1, int64(h*4))
	println(1 / 3.0)
	const e = 1e-320
	var d float64 = e
	println(d, d*1e300)
}
