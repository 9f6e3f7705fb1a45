// Tests wrapping (two's complement) overflow of every integer size at run time.
package main

func main() {
	var a int8 = 127
	a++
	println(a)
	a--
	println(a)
	var b int16 = 32767
	b += 2
	println(b)
	var c int32 = 2147483647
	c = c + 1
	println(c)
	var d int64 = 9223372036854775807
	d++
	println(d)
	var e uint8 = 0
	e--
	println(e)
	var f uint16 = 65535
	f++
	println(f)
	var g uint32 = 0
	g -= 1
	println(g)
	var h uint64 = 0
	h--
	println(h)
	var i int = -9223372036854775808
	i--
	println(i)
	var m int8 = 100
	println(m * 3)
	var n uint8 = 200
	println(n*2, n+n+n)
	var p int32 = 65536
	println(p * p)
	var q int64 = 3037000500
	println(q * q)
	var r int8 = -128
	println(-r, r*-1)
}
