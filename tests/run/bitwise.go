// Tests bitwise operators &, |, ^, &^ and unary ^ on signed and unsigned types.
package main

func main() {
	a, b := 0xCC, 0xAA
	println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0xCC
	var v uint8 = 0xAA
	println(u&v, u|v, u^v, u&^v, ^u)
	var s int8 = -1
	println(^s, s&0x7F, s^1)
	var w uint64 = 0xFFFF0000FFFF0000
	println(w&^0xFFFF000000000000, ^w, w|1)
	var i int32 = -2147483648
	println(i|1, i&-i, ^i)
}
