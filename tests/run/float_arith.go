// Tests float32 and float64 arithmetic, rounding differences and division by zero at run time.
package main

func main() {
	var a float64 = 0.1
	var b float64 = 0.2
	println(a+b, a*b, b/a, a-b)
	var c float32 = 0.1
	var d float32 = 0.2
	println(c+d, c*d, d/c, c-d)
	x := 1.0
	for i := 0; i < 10; i++ {
		x /= 3
	}
	println(x)
	var s float32 = 16777216
	s = s + 1
	println(s)
	zero := 0.0
	println(1/zero, -1/zero, 0/zero)
	big := 1e308
	println(big*10, -big*10, big*big/big)
	small := 1e-308
	println(small/1e10, small/1e300)
	var f float64 = 7
	f = -f
	println(f/2, -f/2)
}
