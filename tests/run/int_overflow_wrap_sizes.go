// Wrapping arithmetic on every integer size: add, sub, mul, negation, ++ and --.
package main

func main() {
	var a int8 = 127
	a++
	var b int16 = -32768
	b--
	var c int32 = 1 << 30
	c *= 4
	var d int64 = 9223372036854775807
	d += 2
	var e uint8 = 0
	e--
	var f uint16 = 65535
	f += 3
	var g uint32 = 1 << 31
	g *= 2
	var h uint64 = 0
	h -= 1
	var u uint = 1
	u = -u
	println(a, b, c, d, e, f, g, h, u)
	var m int8 = -128
	println(-m, m*-1, m/-1, m%-1)
	var x int32 = 123456789
	println(x*x, int64(x)*int64(x))
	var y uint8 = 200
	println(y+y, y*3, y<<1, y>>1)
}
