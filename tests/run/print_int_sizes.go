// Tests println of signed integers of every size, including min and max values.
package main

func main() {
	var a int8 = -128
	var b int8 = 127
	var c int16 = -32768
	var d int16 = 32767
	var e int32 = -2147483648
	var f int32 = 2147483647
	var g int64 = -9223372036854775808
	var h int64 = 9223372036854775807
	var i int = -9223372036854775808
	var j int = 9223372036854775807
	println(a, b)
	println(c, d)
	println(e, f)
	println(g, h)
	println(i, j)
	println(0, -1, 1, -10, 100)
	var r rune = 'x'
	println(r)
}
