// println formats for every basic type, pointers compared but not printed.
package main

type MyInt int
type MyStr string
type MyFloat float32

func main() {
	println(true, false)
	println(int8(-8), int16(-16), int32(-32), int64(-64), -1)
	println(uint8(8), uint16(16), uint32(32), uint64(64), uint(1), uintptr(7))
	println(1.0, -2.5, 0.0, 1e100, 1e-100, 123456789.0)
	println(float32(1.5), float32(-0.1), float32(3.4e38))
	println("", "str", 'x', byte('y'))
	println(MyInt(5), MyStr("named"), MyFloat(2))
	var nilp *int
	var nils []int
	var nilf func()
	println(nilp == nil, nils == nil, nilf == nil)
	print(1, 2, "a", "b", 3, "\n")
	print(true, 1.0, "\n")
	println()
	print()
	println("end")
}
