// float32 arithmetic rounds after every operation; accumulating differs from float64.
package main

func main() {
	var f32 float32
	var f64 float64
	for i := 0; i < 1000; i++ {
		f32 += 0.1
		f64 += 0.1
	}
	println(f32, f64)
	var a float32 = 16777216
	b := a + 1
	println(b == a, b)
	x := float32(1) / 3
	y := x * 3
	println(x, y, y == 1)
	var h float32 = 1e20
	println(h*h, -h*h, h*h-h*h)
	var p float32 = 0.1
	q := float64(p)
	println(q == 0.1, q)
	m := float32(3.0)
	n := float32(7.0)
	println(n/m, float64(n)/float64(m))
}
