// Tests integer division and modulo with negative operands (truncation toward zero).
package main

func main() {
	a, b := 7, 2
	println(a/b, a%b, -a/b, -a%b, a/-b, a%-b, -a/-b, -a%-b)
	var c int8 = -7
	var d int8 = 3
	println(c/d, c%d)
	var e uint8 = 250
	var f uint8 = 7
	println(e/f, e%f)
	var g int64 = -9223372036854775807
	println(g/10, g%10)
	var h uint64 = 18446744073709551615
	println(h/10, h%10, h/3)
	x := 17
	x /= 3
	println(x)
	x %= 4
	println(x)
	println(-1/2, -1%2, 1/-2)
}
