// Tests shifts: signed and unsigned, variable counts of every unsigned and signed type, counts >= width.
package main

func main() {
	var x int8 = -128
	var ux uint8 = 0x80
	for _, n := range [6]uint{0, 1, 7, 8, 9, 100} {
		println(n, x>>n, x<<n, ux>>n, ux<<n)
	}
	var y int64 = -1
	var uy uint64 = 1<<64 - 1
	var s8 uint8 = 63
	var s16 uint16 = 64
	var s32 uint32 = 65
	var s64 uint64 = 1 << 40
	println(y>>s8, y<<s8, uy>>s8, uy<<s8)
	println(y>>s16, y<<s16, uy>>s16, uy<<s16)
	println(y>>s32, y<<s32, uy>>s32, uy<<s32)
	println(y>>s64, y<<s64, uy>>s64, uy<<s64)
	var i int = 3
	var one int32 = 1
	println(one<<i, 1<<i, int16(-7)>>i)
	var v uint32 = 0xdeadbeef
	println(v>>4, v<<4, v>>31, v<<31)
	var k int = 10
	k <<= 2
	println(k)
	k >>= 3
	println(k)
	var w int16 = -32768
	println(w>>15, w>>16, w<<1)
}
