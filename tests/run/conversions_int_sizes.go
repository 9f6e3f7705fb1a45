// Conversions between integer sizes: truncation, sign extension, zero extension.
package main

func main() {
	x := 0x12345678ABCDEF01
	println(int8(x), int16(x), int32(x), int64(x))
	println(uint8(x), uint16(x), uint32(x), uint64(x))
	var n int8 = -2
	println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n))
	println(int16(n), int32(n), int64(n))
	var u uint8 = 0xFE
	println(int8(u), int16(u), int32(u), int64(u))
	var big uint64 = 1<<63 + 5
	println(int64(big), int(big), int32(big))
	var up uintptr = 12345
	println(up, uintptr(n), int(up))
	r := rune(-1)
	println(uint32(r), byte(r))
}
