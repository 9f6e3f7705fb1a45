// Tests division, modulo and shifts by constants (powers of two and others) on negative and unsigned values.
package main

func main() {
	for _, x := range [5]int{-9, -8, -1, 7, 9} {
		println(x, x/4, x%4, x>>2, x/3, x%3, x/-4, x%-3)
	}
	var a int8 = -127
	var b int16 = -32767
	var c int32 = -7
	var d uint8 = 255
	var e uint32 = 4294967295
	var f uint64 = 18446744073709551615
	println(a/2, a%2, a/16, b/8, b%8, c/2, c%2)
	println(d/2, d%16, d/7, e/10, e%10, f/7, f%7, f>>63)
	var g int64 = -9223372036854775808
	println(g/2, g%2, g/-2, g>>62, g/1024)
}
