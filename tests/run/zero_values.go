// Tests zero values of every basic type, arrays and structs.
package main

type T struct {
	I int
	F float64
	S string
	B bool
	A [2]uint8
}

var pkg T

func main() {
	var i int
	var i8 int8
	var u64 uint64
	var f32 float32
	var f64 float64
	var s string
	var b bool
	var r rune
	println(i, i8, u64, f32, f64, s, b, r, len(s))
	var t T
	println(t.I, t.F, t.S == "", t.B, t.A[0], t.A[1])
	println(pkg == t, pkg == T{})
	var arr [3]string
	println(arr[0] == "", len(arr))
}
