// Tests MinInt / -1 and MinInt % -1 for every signed size: the result wraps, no trap.
package main

func m1() int { return -1 }

func main() {
	var a int8 = -128
	var b int16 = -32768
	var c int32 = -2147483648
	var d int64 = -9223372036854775808
	var e int = -9223372036854775808
	n := m1()
	println(a/int8(n), a%int8(n))
	println(b/int16(n), b%int16(n))
	println(c/int32(n), c%int32(n))
	println(d/int64(n), d%int64(n))
	println(e/n, e%n)
}
