// Integer division truncates toward zero; % sign follows the dividend; shifts round down.
package main

func main() {
	vals := []int{7, -7, 8, -8, 1, -1, 0}
	for _, v := range vals {
		print(v/2, " ", v%2, " ", v>>1, " ", v/-3, " ", v%-3, " | ")
	}
	println()
	var m int64 = -9223372036854775808
	d := int64(-1)
	println(m/d, m%d)
	var m32 int32 = -2147483648
	d32 := int32(-1)
	println(m32/d32, m32%d32)
	var u uint64 = 18446744073709551615
	println(u/3, u%7, u/u)
	var u8 uint8 = 255
	println(u8/16, u8%16)
	n := -17
	println(n/4, n%4, n/16, n%16, n/-16)
}
