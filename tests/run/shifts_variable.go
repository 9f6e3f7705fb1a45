// Shifts by variable amounts, including counts at and beyond the width.
package main

func main() {
	var one int64 = 1
	var neg int64 = -8
	var u uint64 = 0xFFFFFFFFFFFFFFFF
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 200} {
		println(s, one<<s, neg>>s, u>>s, u<<s)
	}
	var b int8 = -128
	var ub uint8 = 0x80
	for s := uint(0); s < 10; s += 3 {
		println(b>>s, ub>>s, int8(1)<<s, uint8(1)<<s)
	}
	var i32 int32 = -1
	println(i32<<31, i32>>40, uint32(i32)>>31)
	n := 5
	println(1<<n, 1024>>n, -1024>>n)
}
