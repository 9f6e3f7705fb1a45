// Tests integer conversions: truncation, sign extension, zero extension between all sizes.
package main

func main() {
	x := 0x12345678_9abcdef0
	println(int8(x), int16(x), int32(x), int64(x))
	println(uint8(x), uint16(x), uint32(x), uint64(x))
	y := -1
	println(uint8(y), uint16(y), uint32(y), uint64(y), uint(y))
	var b byte = 200
	println(int8(b), int(b), int16(int8(b)))
	var s int8 = -5
	println(uint8(s), uint16(s), uint32(s), uint64(s), int64(s))
	var u uint32 = 4294967295
	println(int32(u), int64(u), int(u))
	var r rune = -1
	println(uint32(r))
	var p uintptr = 12345
	println(int(p), uintptr(x))
}
