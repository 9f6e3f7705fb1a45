// Shifts with signed counts (allowed since Go 1.13) and mixed operand types.
package main

func main() {
	var x uint16 = 0xABCD
	for k := 0; k < 20; k += 4 {
		print(x>>k, " ", x<<k, " ")
	}
	println()
	var c int8 = 3
	var v int32 = 100
	println(v<<c, v>>c)
	var big int64 = 1 << 62
	println(big<<1, big<<2, big>>61)
	s := uint32(33)
	var w uint32 = 1
	println(w<<s, w<<(s-2))
}
