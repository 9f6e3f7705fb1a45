// Unsigned comparisons with the top bit set; signed versus unsigned ordering.
package main

func main() {
	var a uint64 = 1 << 63
	var b uint64 = 1
	println(a > b, a < b, a >= b)
	var c uint32 = 0xFFFFFFFF
	println(c > 0, c > 1<<31)
	var d uint8 = 200
	var e uint8 = 100
	println(d > e, d-e, e-d)
	var s int8 = -1
	println(s < 0, uint8(s) > 0)
	var up uintptr = 1 << 63
	println(up > 1)
	xs := []uint64{5, 1 << 63, 3, 1<<64 - 1, 0}
	max := xs[0]
	min := xs[0]
	for _, x := range xs {
		if x > max {
			max = x
		}
		if x < min {
			min = x
		}
	}
	println(max, min)
}
