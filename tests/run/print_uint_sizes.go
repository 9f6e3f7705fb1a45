// Tests println of unsigned integers of every size, including max values, byte and uintptr.
package main

func main() {
	var a uint8 = 255
	var b uint16 = 65535
	var c uint32 = 4294967295
	var d uint64 = 18446744073709551615
	var e uint = 18446744073709551615
	var f byte = 'A'
	var g uintptr = 4096
	println(a, b, c)
	println(d, e)
	println(f, g)
	var z uint64
	println(z, uint8(0), uint16(1))
}
